import { strict as assert } from 'node:assert';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import { succeeded } from '../src';
import { SyncUnderTest, useMocks } from './sync-helpers';

const running = useMocks();
let mocks: RunningMocks;
let sync: SyncUnderTest;

beforeEach(() => {
  mocks = running();
  sync = new SyncUnderTest(mocks);
});

const companies = () => mocks.b2b.store.companies;
const ELIGIBLE = ['C000000012', 'C000000288'];

/** As if the records had last changed long before: the next incremental run reads only what the state names. */
function laterWatermark(): void {
  const state = sync.state();
  state.advanceWatermark(new Date(Date.now() + 60_000).toISOString());
}

describe('transient failures', () => {
  it('five runs during a Better B2B outage use up no attempts; the first plain sync after it syncs everything', async () => {
    // The company API is down; the roles still answer, so each run starts and every customer fails.
    mocks.b2b.faults.add({ path: '/api/v1/company*', status: 503, body: { message: 'Service Unavailable' } });
    for (let run = 1; run <= 5; run++) {
      const report = await sync.run();
      assert.equal(report.totals.failed, 2, `run ${run}: ${JSON.stringify(report.customers)}`);
      assert.equal(succeeded(report), false);
    }
    const state = sync.state();
    assert.deepEqual(
      ELIGIBLE.map((id) => [state.get(id)?.status, state.get(id)?.attempts]),
      [
        ['failed', 0],
        ['failed', 0],
      ],
      'an outage is no attempt',
    );
    mocks.b2b.faults.clear();
    laterWatermark();
    const after = await sync.run();
    assert.ok(succeeded(after), JSON.stringify(after.customers));
    assert.equal(after.totals.synced, 2);
    assert.deepEqual(
      companies()
        .map((c) => c.acumatica_customer_id)
        .sort(),
      ELIGIBLE,
    );
  });

  it('a record error (400) still counts as an attempt', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', status: 400, body: { message: 'Bad name' } });
    await sync.run();
    assert.equal(sync.state().get('C000000012')?.attempts, 1);
  });

  it('an aborted customer shows in every plain run, which exits 1, until it is retried', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', status: 400, body: { message: 'Bad name' } });
    for (let run = 1; run <= 2; run++) await sync.run(undefined, {}, { MAX_FAILED_ATTEMPTS: 2 });
    mocks.b2b.faults.clear();
    laterWatermark();
    for (let run = 1; run <= 2; run++) {
      const report = await sync.run(undefined, {}, { MAX_FAILED_ATTEMPTS: 2 });
      assert.equal(report.totals.aborted, 2, JSON.stringify(report.customers));
      assert.equal(succeeded(report), false);
      assert.deepEqual(
        report.customers.filter((c) => c.outcome === 'aborted').map((c) => c.customerId),
        ELIGIBLE,
      );
    }
    assert.equal(companies().length, 0, 'an aborted customer is left alone');
  });
});

describe('a create answered with a server error is sent again, and the repeat adopted', () => {
  it('a company create answered 503 without being carried out is sent again', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', status: 503, times: 1 });
    const report = await sync.run({ kind: 'customer', customerId: 'C000000012' });
    assert.ok(succeeded(report), JSON.stringify(report.customers));
    assert.equal(companies().length, 1);
  });

  for (const [what, path, count] of [
    ['company', '/api/v1/company', () => companies().length],
    ['address', '/api/v1/address/*', () => mocks.b2b.store.addresses.length],
    ['user', '/api/v1/company/*/users', () => mocks.b2b.store.users.length],
  ] as const) {
    it(`a ${what} create carried out but answered 502 is sent again; the 409 it gets is adopted`, async () => {
      mocks.b2b.faults.add({ method: 'POST', path, status: 502, carryOut: true, times: 1 });
      const report = await sync.run({ kind: 'all' });
      assert.ok(succeeded(report), JSON.stringify(report.customers));
      const posts = mocks.b2b.journal
        .list()
        .filter((e) => e.method === 'POST' && (e.status === 409 || e.status === 502));
      assert.deepEqual(
        posts.map((e) => e.status),
        [502, 409],
        'the repeat met the uniqueness rule',
      );
      assert.equal(count(), what === 'company' ? 2 : what === 'address' ? 4 : 1, `no duplicate ${what}`);
      const again = await sync.run({ kind: 'all' }, { verify: true });
      assert.equal(again.totals.synced, 0, 'what was adopted is what Acumatica holds');
    });
  }
});

describe('how long a run waits', () => {
  it('caps a Retry-After of an hour at HTTP_RETRY_AFTER_MAX_MS', { timeout: 30_000 }, async () => {
    mocks.b2b.faults.add({
      method: 'GET',
      path: '/api/v1/roles',
      status: 429,
      headers: { 'Retry-After': '3600' },
      times: 1,
    });
    const report = await sync.run({ kind: 'all' }, {}, { HTTP_RETRY_AFTER_MAX_MS: 50 });
    assert.ok(succeeded(report), report.problem);
  });

  it('stops at SYNC_DEADLINE_MS after the customers in flight, writes why, and the next run goes on', async () => {
    // Each company takes 300 ms to create; the run may take 150 ms.
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', latencyMs: 300 });
    const stopped = await sync.run({ kind: 'all' }, {}, { SYNC_DEADLINE_MS: 150, PAGE_SIZE: 1, SYNC_CONCURRENCY: 1 });
    assert.match(String(stopped.problem), /deadline.*SYNC_DEADLINE_MS/);
    assert.equal(stopped.totals.synced, 1, 'the customer in flight is finished');
    assert.equal(succeeded(stopped), false);
    const rows = mocks.acumatica.store.all('ConnectorLog').filter((row) => row.Level === 'ERROR');
    assert.equal(rows.length, 1);
    assert.match(String(rows[0]?.Description), /deadline/);
    assert.equal(sync.state().watermark, undefined, 'the watermark stays where it was');
    mocks.b2b.faults.clear();
    const next = await sync.run();
    assert.ok(succeeded(next), next.problem);
    assert.equal(companies().length, 2);
  });
});
