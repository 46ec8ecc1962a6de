import { Given, Then } from '@cucumber/cucumber';
import { attachEvidence } from './support/evidence';
import type { FaultRule, JournalEntry, MockedSystem } from './support/mock-control';
import { ACUMATICA_REQUESTS, B2B_REQUESTS } from './support/requests';
import { expectField } from './support/screen-checks';
import { answers, journalEvidence } from './support/screen-evidence';
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
    body: { message: 'You are not logged in.' },
  });
});

/**
 * The requests of the last sync in a mock's journal (by arrival), attached as evidence. A request the
 * connector gave up on is journalled once the mock has answered it, so this waits up to 2 s for `count`.
 */
async function requestsOfTheSync(
  world: SyncWorld,
  system: MockedSystem,
  request: string,
  count: number,
): Promise<JournalEntry[]> {
  const pattern = (system === 'Acumatica' ? ACUMATICA_REQUESTS : B2B_REQUESTS)[request];
  if (!pattern) throw new Error(`Unknown request "${request}"`);
  const { startedAt, finishedAt } = world.connector.lastRun;
  let entries: JournalEntry[] = [];
  for (const deadline = Date.now() + 2_000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    entries = (await world.mockControl.journal(system, pattern))
      .filter((entry) => {
        const time = Date.parse(entry.time);
        return time >= startedAt.getTime() && time <= finishedAt.getTime();
      })
      .sort((a, b) => a.time.localeCompare(b.time));
    if (entries.length >= count || Date.now() > deadline) break;
  }
  await attachEvidence(
    world,
    `journal-${system}-${request}`,
    journalEvidence(system, `the requests to ${request} during sync ${world.connector.runs.length}`, entries),
  );
  return entries;
}

/** What a mock answered to each request of a kind during the last sync, in order: "503, 503, 200" (0: dropped). */
Then(
  "Better B2B answered the connector's requests to {b2bRequest} with {string}",
  async function (this: SyncWorld, request: string, statuses: string) {
    const entries = await requestsOfTheSync(this, 'Better B2B', request, statuses.split(',').length);
    expectField('Better B2B', `Answers to the requests to ${request} during the sync`, statuses, answers(entries));
  },
);

Then(
  "Acumatica answered the connector's requests to {acumaticaRequest} with {string}",
  async function (this: SyncWorld, request: string, statuses: string) {
    const entries = await requestsOfTheSync(this, 'Acumatica', request, statuses.split(',').length);
    expectField('Acumatica', `Answers to the requests to ${request} during the sync`, statuses, answers(entries));
  },
);

Then(
  'the connector signed in to Acumatica {int} time(s) during the sync',
  async function (this: SyncWorld, count: number) {
    const signIns = await requestsOfTheSync(this, 'Acumatica', 'sign in', count);
    expectField('Acumatica', 'Sign-ins during the sync', String(count), String(signIns.length));
  },
);
