import { Given, Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import type { FaultRule, MockedSystem } from './support/mock-control';
import { ACUMATICA_REQUESTS, B2B_REQUESTS } from './support/requests';
import type { SyncWorld } from './support/world';

/** Fault rules through the mocks' control API (`POST /__mock/faults`): only in scenarios tagged @mock-control. */
async function fault(
  world: SyncWorld,
  system: MockedSystem,
  request: string,
  rule: Omit<FaultRule, 'path'>,
): Promise<void> {
  const pattern = (system === 'Acumatica' ? ACUMATICA_REQUESTS : B2B_REQUESTS)[request];
  if (!pattern) throw new Error(`Unknown request "${request}"`);
  await world.mockControl.addFault(system, { ...pattern, ...rule });
}

Given(
  'Better B2B answers {httpStatus} to the next {int} request(s) to {b2bRequest}',
  async function (this: SyncWorld, status: number, times: number, request: string) {
    await fault(this, 'Better B2B', request, { status, times });
  },
);

Given(
  'Better B2B answers {httpStatus} with Retry-After {string} to the next {int} request(s) to {b2bRequest}',
  async function (this: SyncWorld, status: number, retryAfter: string, times: number, request: string) {
    await fault(this, 'Better B2B', request, { status, times, headers: { 'Retry-After': retryAfter } });
  },
);

Given(
  'Better B2B answers {httpStatus} to every request to {b2bRequest}',
  async function (this: SyncWorld, status: number, request: string) {
    await fault(this, 'Better B2B', request, { status, body: { message: 'The store is closed for maintenance.' } });
  },
);

/** A server that did the work but answers with an error: a create that is sent again meets the copy it made. */
Given(
  'Better B2B carries out the next {int} request(s) to {b2bRequest} but answers {httpStatus}',
  async function (this: SyncWorld, times: number, request: string, status: number) {
    await fault(this, 'Better B2B', request, { status, times, carryOut: true });
  },
);

/** The request is answered late, but it is carried out: a create still creates. */
Given(
  'Better B2B takes {int} ms to answer the next request to {b2bRequest}',
  async function (this: SyncWorld, latencyMs: number, request: string) {
    await fault(this, 'Better B2B', request, { latencyMs, times: 1 });
  },
);

Given(
  'Better B2B drops the connection of the next {int} request(s) to {b2bRequest}',
  async function (this: SyncWorld, times: number, request: string) {
    await fault(this, 'Better B2B', request, { drop: true, times });
  },
);

Given('Better B2B is down', async function (this: SyncWorld) {
  await this.mockControl.addFault('Better B2B', {
    path: '/api/v1/*',
    status: 503,
    body: { message: 'Service Unavailable' },
  });
});

Given('Better B2B is back', async function (this: SyncWorld) {
  await this.mockControl.clearFaults('Better B2B');
});

Given(
  'Acumatica answers {httpStatus} to the next {int} request(s) to {acumaticaRequest}',
  async function (this: SyncWorld, status: number, times: number, request: string) {
    await fault(this, 'Acumatica', request, { status, times });
  },
);

Given(
  'Acumatica answers {httpStatus} to every request to {acumaticaRequest}',
  async function (this: SyncWorld, status: number, request: string) {
    await fault(this, 'Acumatica', request, { status });
  },
);

Given('Acumatica is back', async function (this: SyncWorld) {
  await this.mockControl.clearFaults('Acumatica');
});

/** What Acumatica answers on a request after the session has ended (timed out, or signed out elsewhere). */
Given('the Acumatica session has ended when the connector next reads contacts', async function (this: SyncWorld) {
  await fault(this, 'Acumatica', 'read contacts', {
    status: 401,
    times: 1,
    body: { message: 'Authorization has been denied for this request.' },
  });
});

Then(
  'the connector signed in to Acumatica {int} time(s) during the sync',
  async function (this: SyncWorld, count: number) {
    const { startedAt, finishedAt } = this.connector.lastRun;
    const signIns = (
      await this.mockControl.journal('Acumatica', { method: 'POST', path: '/entity/auth/login' })
    ).filter((entry) => {
      const time = Date.parse(entry.time);
      return time >= startedAt.getTime() && time <= finishedAt.getTime();
    });
    expect(signIns, 'sign-ins during the sync').to.have.length(count);
  },
);
