import { strict as assert } from 'node:assert';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import { clearJournals, SyncUnderTest, useMocks, writesTo } from './sync-helpers';

const running = useMocks();
let mocks: RunningMocks;
let sync: SyncUnderTest;

beforeEach(() => {
  mocks = running();
  sync = new SyncUnderTest(mocks);
});

const KENSIUM = '/entity/KensiumCommerce/24.200.001';
const requestsTo = (entity: string, method = 'PUT') =>
  mocks.acumatica.journal.list().filter((e) => e.method === method && e.path === `${KENSIUM}/${entity}`);
const logRows = () => mocks.acumatica.store.all('ConnectorLog').sort((a, b) => Number(a.LogID) - Number(b.LogID));
const value = (field: unknown) => (field as { value?: unknown } | undefined)?.value;

/** Makes the tenant's records an hour old: not in the seconds the watermark keeps behind the server's clock. */
/**
 * Moves the mock's clock an hour on, so every record (and every stamp within it: the main contact's, its
 * address's, the site associations') is older than the watermark's overlap.
 */
function backdate(): void {
  mocks.acumatica.advanceClock(3_600_000);
}

/** The reason a caller stops a run with (the CLI gives its own); the report's problem is that sentence. */
const STOPPED = 'The sync was stopped after the customers under way';

describe('write-backs, one request per customer', () => {
  it('writes all of a customer’s Commerce Reference IDs in one request, an existing row by id, a new row by its record', async () => {
    const report = await sync.run({ kind: 'all' });
    assert.equal(report.totals.synced, 2);
    const writes = requestsTo('CommerceReferences');
    assert.deepEqual(
      writes.map((w) => value((w.body as Record<string, unknown>).CustomerID)).sort(),
      ['C000000012', 'C000000288'],
      'one request per synced customer',
    );
    assert.deepEqual(
      writesTo(mocks).acumatica.filter((w) => /\/(Customer|Contact|CustomerLocation)$/.test(w)),
      [],
      'no PUT of a customer, contact or location',
    );
    for (const write of writes) {
      const rows = (write.body as { Associations: Array<Record<string, unknown>> }).Associations;
      for (const row of rows) {
        // An existing row goes by its id; a row without one is a new row for a record that has none.
        if (!row.id) {
          const owner = String(value(row.RefNoteID));
          assert.ok(mocks.acumatica.store.get('CustomerLocation', owner), 'only a location gets a new row');
        }
      }
    }
    const kenny = mocks.acumatica.store.findByKeys('Customer', ['CustomerID'], { CustomerID: 'C000000012' });
    const main = mocks.acumatica.store.where('CustomerLocation', 'Customer', 'C000000012')[0];
    const company = mocks.b2b.store.companies.find((c) => c.acumatica_customer_id === 'C000000012');
    assert.equal((kenny?.SiteAssociations as any[])[0].CommerceReferenceID, String(company?.id));
    assert.equal((main?.SiteAssociations as any[]).length, 1);
    assert.equal(report.referenceIdsWritten, 5, 'two companies, one user, two addresses of locations');
  });

  it('reads site associations without expanding a detail on any list (the sync runs under the strict optimizer)', async () => {
    mocks.acumatica.optimizer.refuseDetails = true;
    try {
      const report = await sync.run({ kind: 'all' });
      assert.equal(report.problem, undefined);
      assert.deepEqual(report.totals, { synced: 2, unchanged: 0, skipped: 1, failed: 0, aborted: 0 });
      const lists = mocks.acumatica.journal.list().filter((e) => e.method === 'GET' && e.path.startsWith(KENSIUM));
      assert.ok(lists.every((e) => !/SiteAssociations/.test(JSON.stringify(e.query))));
    } finally {
      mocks.acumatica.optimizer.refuseDetails = false;
    }
  });

  it('does not take its own write-backs for changes: a re-sync reads no customer and writes nothing', async () => {
    backdate();
    await sync.run();
    clearJournals(mocks);
    const again = await sync.run();
    assert.deepEqual(again.totals, { synced: 0, unchanged: 0, skipped: 0, failed: 0, aborted: 0 });
    assert.deepEqual(writesTo(mocks), { acumatica: [], b2b: [] });
  });

  it('re-syncs a customer whose site association changed on its form, though the record itself did not', async () => {
    backdate();
    await sync.run();
    // As in the product, where the association is a table of its own: only the row's stamp moves.
    const contact = mocks.acumatica.store.where('Contact', 'BusinessAccount', 'C000000288')[0];
    const row = (contact?.SiteAssociations as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    row.Active = false;
    row.LastModifiedDateTime = mocks.acumatica.store.now();
    row.LastModifiedByScreenID = 'CR302000';
    const report = await sync.run();
    assert.equal(report.totals.synced, 1, JSON.stringify(report.customers));
    assert.deepEqual(
      mocks.b2b.store.users.filter((u) => u.email === 'markz@test.com'),
      [],
      'the user of the contact whose association is no longer active is removed',
    );
  });

  it('fails the customer with an ERROR row when the write-back fails, and the next run writes it back', async () => {
    mocks.acumatica.faults.add({ method: 'PUT', path: `${KENSIUM}/CommerceReferences`, status: 500 });
    const failed = await sync.run({ kind: 'customer', customerId: 'C000000012' }, {}, { HTTP_MAX_ATTEMPTS: 1 });
    assert.match(
      String(failed.customers[0]?.reason),
      /^Failed to write back the Commerce Reference IDs of customer C000000012 in Acumatica: HTTP 500/,
    );
    const error = logRows().find((row) => row.Level === 'ERROR');
    assert.equal(error?.EndpointUrl, `${mocks.acumatica.url}${KENSIUM}/CommerceReferences`);
    assert.match(String(error?.Message), /"CustomerID":"C000000012","Associations":\[/);
    mocks.acumatica.faults.clear();
    const again = await sync.run({ kind: 'customer', customerId: 'C000000012' });
    assert.equal(again.totals.failed, 0);
    assert.equal(mocks.b2b.store.companies.length, 1);
  });
});

describe('connector log rows, many per request', () => {
  it('writes the rows after each page, many per request, in the order the sync logged them', async () => {
    const report = await sync.run({ kind: 'all' }, {}, { PAGE_SIZE: 1 });
    const batches = requestsTo('ConnectorLogBatch');
    // A page is written while the next is read and written: each flush takes what the pages so far logged.
    assert.ok(batches.length >= 1 && batches.length <= 3, `at most one request per page (${batches.length})`);
    const sent = batches.flatMap((b) =>
      (b.body as { Rows: Array<Record<string, unknown>> }).Rows.map((row) => value(row.Description)),
    );
    assert.deepEqual(
      logRows().map((row) => row.Description),
      sent,
    );
    assert.equal(report.logRowsWritten, sent.length);
    assert.ok(sent.length > batches.length, `${sent.length} rows in ${batches.length} requests`);
    assert.equal(requestsTo('ConnectorLog').length, 0, 'no request per row');
  });

  it('writes the rows it holds when the run is stopped (Ctrl+C) after the page in flight, and keeps the watermark', async () => {
    await sync.run({ kind: 'all' });
    const watermark = sync.state().watermark;
    mocks.acumatica.reset();
    mocks.b2b.reset();
    const stop = new AbortController();
    const report = await sync.run(
      { kind: 'all' },
      { signal: stop.signal, onProgress: () => stop.abort(STOPPED) },
      { PAGE_SIZE: 1, SYNC_CONCURRENCY: 1 },
    );
    assert.equal(report.problem, STOPPED);
    assert.ok(report.totals.synced >= 1 && report.totals.synced < 3, JSON.stringify(report.totals));
    assert.equal(logRows().length, report.logRowsWritten);
    assert.ok(report.logRowsWritten > 0);
    assert.equal(sync.state().watermark?.getTime(), watermark?.getTime(), 'a stopped run leaves the watermark');
  });
});

describe('pacing under a requests-per-minute limit', () => {
  it('spaces its requests so that Acumatica never declines one, with a limit that would otherwise decline', async () => {
    const limit = 600;
    mocks.acumatica.limiter.limits = { ...mocks.acumatica.limiter.limits, requestsPerMinute: limit, maxQueue: 0 };
    const started = Date.now();
    const report = await sync.run({ kind: 'all' }, {}, { ACUMATICA_REQUESTS_PER_MINUTE: limit, SYNC_CONCURRENCY: 4 });
    const wall = Date.now() - started;
    assert.deepEqual(report.totals, { synced: 2, unchanged: 0, skipped: 1, failed: 0, aborted: 0 });
    const journal = mocks.acumatica.journal.list();
    assert.equal(journal.filter((e) => e.status === 429).length, 0, 'nothing declined');
    const requests = journal.filter((e) => e.path !== '/entity/auth/logout').length;
    assert.ok(wall >= ((requests - 1) * 60_000) / limit, `paced: ${requests} requests in ${wall} ms`);
  });
});
