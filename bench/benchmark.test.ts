import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runBenchmark } from './benchmark';

describe('the benchmark (a small correctness run: counts, not times)', () => {
  it('syncs every generated customer once, writes nothing on a re-sync, and only the changed ones after', async () => {
    const runs = await runBenchmark({
      customers: 50,
      latencyMs: 0,
      concurrencies: [4],
      customersPerWorker: 50,
      memoryCustomers: [],
      pageSize: 20,
    });
    const [full, noChange, changed] = runs;
    assert.deepEqual(
      runs.map((r) => r.phase),
      ['full', 'no_change', 'one_percent_changed'],
    );
    assert.equal(full?.totals.synced, 50);
    // Per customer: company, two addresses, two users in Better B2B; in Acumatica one write-back of its four
    // Commerce Reference IDs, and its five log rows in the request of its page (pages of 20: 3 at most).
    assert.equal(full?.writes.b2b, 50 * 5);
    const logRequests = (full?.writes.acumatica ?? 0) - 50;
    assert.ok(logRequests >= 1 && logRequests <= 3, `${logRequests} requests of log rows`);
    assert.ok(
      (full?.ratio_to_minimum ?? 99) <= 1.25,
      `requests per customer ${full?.requests_per_customer.total} vs minimum ${full?.minimum_requests_per_customer.total}`,
    );
    assert.deepEqual(noChange?.writes, { acumatica: 0, b2b: 0 });
    assert.equal(noChange?.totals.synced, 0);
    assert.equal(changed?.customers_synced, 1);
    assert.equal(changed?.totals.synced, 1);
    // Its phone is on the company and on the billing address; the two log rows go in one request.
    assert.deepEqual(changed?.writes, { acumatica: 1, b2b: 2 });
    assert.ok(runs.every((r) => r.peak_rss_mb > 0 && r.wall_ms > 0));
    // The sync state is written in proportion to what changed: a new state gets a row per customer, the watermark
    // and the four rows that name its systems; a re-sync only the watermark, and the changed customer.
    assert.equal(full?.state_writes.rows, 50 + 1 + 4);
    assert.equal(noChange?.state_writes.rows, 1);
    assert.equal(changed?.state_writes.rows, 1 + 1);
  });
});
