import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startMocks, type RunningMocks } from '../mocks/harness';
import { runCli, type CliEnvironment } from '../src/cli';

function io(env: NodeJS.ProcessEnv): CliEnvironment & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  return { env, stdout, stderr, out: () => out, err: () => err };
}

describe('the sync command', () => {
  let mocks: RunningMocks;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    mocks = await startMocks();
  });
  beforeEach(() => {
    mocks.acumatica.reset();
    mocks.b2b.reset();
    env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      LOG_LEVEL: 'silent',
      STATE_DIR: mkdtempSync(join(tmpdir(), 'sync-state-')),
    };
  });
  after(() => mocks.stop());

  it('syncs one customer and prints a summary (exit code 0)', async () => {
    const run = io(env);
    const code = await runCli(['sync', '--customer', 'C000000012'], run);
    assert.equal(code, 0, run.err());
    assert.match(run.out(), /Customers: 1 synced, 0 unchanged, 0 skipped, 0 failed/);
    assert.match(run.out(), /C000000012 John Kenny → company 801 created/);
    assert.equal(mocks.b2b.store.companies.length, 1);
  });

  it('prints a machine-readable report with --json, and a second run changes nothing', async () => {
    await runCli(['sync', '--all'], io(env));
    const run = io(env);
    assert.equal(await runCli(['sync', '--all', '--json'], run), 0);
    const report = JSON.parse(run.out());
    assert.deepEqual(report.totals, { synced: 0, unchanged: 2, skipped: 1, failed: 0, aborted: 0 });
    assert.equal(report.referenceIdsWritten, 0);
  });

  it('writes nothing on --dry-run but says what it would do', async () => {
    const run = io(env);
    assert.equal(await runCli(['sync', '--dry-run'], run), 0);
    assert.match(run.out(), /Dry run of customers changed since the last run/);
    assert.match(run.out(), /company would create; users none; addresses Primary Address \(would create\)/);
    assert.match(run.out(), /Customers: 2 would sync/);
    assert.doesNotMatch(run.out(), /created/);
    assert.equal(mocks.b2b.store.companies.length, 0);
    assert.equal(mocks.acumatica.store.all('ConnectorLog').length, 0);
  });

  it('exits 1 and says why when a customer does not exist', async () => {
    const run = io(env);
    assert.equal(await runCli(['sync', '--customer', 'C999'], run), 1);
    assert.match(run.out(), /Stopped: Customer C999 was not found in Acumatica/);
  });

  it('exits 2 on bad usage and on bad settings, naming the problem', async () => {
    const usage = io(env);
    assert.equal(await runCli(['sync', '--all', '--customer', 'C1'], usage), 2);
    assert.match(usage.err(), /--all and --customer cannot be used together/);
    const since = io(env);
    assert.equal(await runCli(['sync', '--since', 'yesterday'], since), 2);
    assert.match(since.err(), /expected an ISO 8601 date/);
    const settings = io({ ...env, B2B_URL: 'nope' });
    assert.equal(await runCli(['sync'], settings), 2);
    assert.match(settings.err(), /B2B_URL: expected an http\(s\) URL/);
  });

  it("lists each customer's status, and retry re-drives the failed ones", async () => {
    mocks.b2b.faults.add({
      method: 'POST',
      path: '/api/v1/company',
      status: 400,
      body: { message: 'Store is closed' },
      times: 2,
    });
    const failing = io(env);
    assert.equal(await runCli(['sync', '--all'], failing), 1);
    assert.match(
      failing.out(),
      /failed\s+C000000012 John Kenny: Failed to create the company of C000000012 in Better B2B: HTTP 400, Store is closed/,
    );
    const status = io(env);
    assert.equal(await runCli(['sync', 'status'], status), 0);
    assert.match(status.out(), /Customers: 2 failed, 1 filtered/);
    assert.match(status.out(), /C000000012\s+failed\s+1\s+\S+\s+Failed to create the company/);
    assert.match(status.out(), /C000000300\s+filtered\s+0/);
    const retry = io(env);
    assert.equal(await runCli(['sync', 'retry'], retry), 0, retry.out());
    assert.match(retry.out(), /Sync of 2 customers \(C000000012, C000000288\)/);
    const json = io(env);
    await runCli(['sync', 'status', '--json'], json);
    const records = JSON.parse(json.out()).records;
    assert.deepEqual([records.C000000012.status, records.C000000288.status], ['processed', 'processed']);
    const nothing = io(env);
    assert.equal(await runCli(['sync', 'retry'], nothing), 0);
    assert.match(nothing.out(), /Nothing to retry/);
  });

  it('exits 1 with the reason when Acumatica refuses the credentials', async () => {
    const run = io({ ...env, ACUMATICA_PASSWORD: 'wrong' });
    assert.equal(await runCli(['sync'], run), 1);
    assert.match(
      run.out(),
      /Failed to sign in as admin to tenant Company in Acumatica: HTTP 500, Error: Invalid credentials/,
    );
    assert.match(run.out(), /Please try again\. Check ACUMATICA_USERNAME/, 'one period between the two sentences');
    assert.doesNotMatch(run.out() + run.err(), /wrong/);
  });

  it('refuses URLs that are not http(s) with exit code 2, naming the key', async () => {
    for (const value of ['localhost:8081', 'ftp://erp.example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const run = io({ ...env, ACUMATICA_URL: value });
      assert.equal(await runCli(['sync'], run), 2, value);
      assert.match(run.err(), /ACUMATICA_URL: expected an http\(s\) URL/);
    }
  });

  it('advises checking the URL, not the password, when the connection is refused', async () => {
    const run = io({ ...env, ACUMATICA_URL: 'http://127.0.0.1:1', HTTP_MAX_ATTEMPTS: '1' });
    assert.equal(await runCli(['sync'], run), 1);
    assert.match(run.out(), /connection refused.*Check ACUMATICA_URL/);
    assert.doesNotMatch(run.out(), /ACUMATICA_PASSWORD/);
  });

  it('takes --since in ISO 8601 only', async () => {
    for (const value of ['5', '2026-02-30']) {
      const run = io(env);
      assert.equal(await runCli(['sync', '--since', value], run), 2, value);
      assert.match(run.err(), /expected an ISO 8601 date/);
    }
    assert.equal(await runCli(['sync', '--since', '2020-01-01T00:00:00Z'], io(env)), 0);
  });

  it('takes --customer several times, never empty, and names a customer it did not find (exit 1)', async () => {
    const empty = io(env);
    assert.equal(await runCli(['sync', '--customer', ''], empty), 2);
    assert.match(empty.err(), /expected an Acumatica customer ID/);
    assert.equal(mocks.b2b.store.companies.length, 0, 'an empty --customer runs nothing');
    const two = io(env);
    assert.equal(await runCli(['sync', '--customer', 'C000000012', '--customer', 'C000000288'], two), 0, two.out());
    assert.match(two.out(), /Sync of 2 customers \(C000000012, C000000288\)/);
    const missing = io(env);
    assert.equal(await runCli(['sync', '--customer', 'C000000012', '--customer', 'C999'], missing), 1);
    assert.match(missing.out(), /Not found in Acumatica: C999/);
  });

  it('prints its version', async () => {
    const run = io(env);
    assert.equal(await runCli(['--version'], run), 0);
    assert.match(run.out(), /^\d+\.\d+\.\d+\n$/);
  });

  it('prints progress lines on a stderr that is not a terminal', async () => {
    const run = { ...io({ ...env, PAGE_SIZE: '1' }), progressEveryMs: 0 };
    assert.equal(await runCli(['sync', '--all'], run), 0);
    assert.match(run.err(), /customers: 3 read, 2 synced, 0 unchanged, 1 skipped, 0 failed\n/);
  });

  it('stops on Ctrl+C after the customers in flight, saves, prints the summary and exits 130', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', latencyMs: 200 });
    let interrupt: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
    const run = { ...io({ ...env, PAGE_SIZE: '1', SYNC_CONCURRENCY: '1' }), interrupted, progressEveryMs: 0 };
    setTimeout(interrupt, 100);
    assert.equal(await runCli(['sync', '--all'], run), 130);
    assert.match(run.out(), /Stopped: Interrupted \(Ctrl\+C\)/);
    assert.match(run.out(), /Customers: 1 synced/);
    const status = io(env);
    await runCli(['sync', 'status', '--json'], status);
    assert.equal(JSON.parse(status.out()).records.C000000012?.status, 'processed', 'the state is saved');
  });
});
