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
    assert.match(since.err(), /expected an ISO 8601 date-time/);
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
});
