import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import { runCli } from '../src/cli';
import { SqliteStore } from '../src/state/sqlite-store';
import { useMocks } from './sync-helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await runCli(args, { env, stdout, stderr });
  return { code, out, err };
}

/** Writes a lock row as another process holding the lock would have. */
function lockHeldBy(stateDir: string, pid: number): void {
  const store = new SqliteStore(join(stateDir, 'B2BQASTORE.sqlite'));
  const since = new Date().toISOString();
  store.replaceLock(undefined, { pid, host: hostname(), command: 'sync', since, heartbeat: since, token: 'other' });
  store.close();
}

const running = useMocks();

describe('the sync state on the command line', () => {
  let mocks: RunningMocks;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    mocks = running();
    env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      LOG_LEVEL: 'silent',
      STATE_DIR: mkdtempSync(join(tmpdir(), 'state-cli-')),
    };
  });

  it('refuses the state of another tenant with exit code 2 and says what to do', async () => {
    assert.equal((await cli(['sync', '--customer', 'C000000012'], env)).code, 0);
    const other = await cli(['sync'], { ...env, ACUMATICA_TENANT: 'OtherTenant' });
    assert.equal(other.code, 2);
    assert.match(
      other.err,
      /Failed to open the sync state .*B2BQASTORE\.sqlite: it belongs to Acumatica .* \(tenant Company\)/,
    );
    assert.match(other.err, /these settings point at Acumatica .* \(tenant OtherTenant\).*own STATE_DIR/);
    assert.equal(mocks.b2b.store.companies.length, 1, 'the refused run wrote nothing');
  });

  it('migrates a JSON state file once and says so; the statuses carry over', async () => {
    const json = join(env.STATE_DIR as string, 'B2BQASTORE.json');
    writeFileSync(
      json,
      JSON.stringify({
        version: 1,
        target: `${mocks.acumatica.url} tenant Company → ${mocks.b2b.url}`,
        watermark: '2026-11-20T08:00:00.000Z',
        records: {
          C000000288: { status: 'aborted', attempts: 5, lastError: 'HTTP 400', updatedAt: '2026-11-20T08:00:00.000Z' },
        },
      }),
    );
    const status = await cli(['sync', 'status'], env);
    assert.equal(status.code, 0);
    assert.match(
      status.err,
      /Migrated the sync state from .*B2BQASTORE\.json \(1 customer, watermark 2026-11-20T08:00:00\.000Z\)/,
    );
    assert.match(status.out, /Watermark: 2026-11-20T08:00:00\.000Z/);
    assert.match(status.out, /C000000288\s+aborted\s+5/);
    assert.ok(existsSync(`${json}.migrated`) && !existsSync(json));
    assert.equal((await cli(['sync', 'status'], env)).err, '', 'migrated once');
  });

  it('takes over the lock of a sync that died and says so', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    lockHeldBy(env.STATE_DIR as string, dead);
    const run = await cli(['sync', '--customer', 'C000000012'], env);
    assert.equal(run.code, 0, run.err);
    assert.match(
      run.err,
      new RegExp(
        `Took over the lock of connector B2BQASTORE from pid ${dead} \\(sync, since .*\\): process ${dead} is gone`,
      ),
    );
  });

  it('a retry waits for no running sync; a dry run, which writes nothing, runs beside it', async () => {
    lockHeldBy(env.STATE_DIR as string, process.ppid);
    const retry = await cli(['sync', 'retry'], env);
    assert.equal(retry.code, 2);
    assert.match(
      retry.err,
      new RegExp(
        `Failed to start sync retry: another sync of connector B2BQASTORE is running \\(pid ${process.ppid}, since`,
      ),
    );
    const dryRun = await cli(['sync', '--dry-run'], env);
    assert.equal(dryRun.code, 0, dryRun.err);
    assert.match(dryRun.out, /Dry run/);
  });
});
