import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMocks, type RunningMocks } from '../mocks/harness';

const BIN = join(__dirname, '..', 'bin', 'acumatica-b2b-sync.js');

interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the command line as a user does, through its bin; `started` may send it Ctrl+C. */
function runBin(args: string[], env: NodeJS.ProcessEnv, started?: (interrupt: () => void) => void): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    started?.(() => child.kill('SIGINT'));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the command line as a process (bin/acumatica-b2b-sync.js)', () => {
  let mocks: RunningMocks;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    mocks = await startMocks();
  });
  after(() => mocks.stop());
  const fresh = () => {
    mocks.acumatica.reset();
    mocks.b2b.reset();
    env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      STATE_DIR: mkdtempSync(join(tmpdir(), 'cli-process-')),
    };
  };

  it('runs from the bin: --version', async () => {
    fresh();
    const ran = await runBin(['--version'], env);
    assert.equal(ran.code, 0, ran.err);
    assert.match(ran.out, /^\d+\.\d+\.\d+\n$/);
  });

  it('on Ctrl+C stops after the customers in flight, prints the summary and exits 130', async () => {
    fresh();
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', latencyMs: 300 });
    // Ctrl+C once the first company is being created: the run is under way.
    let sent = false;
    const ran = await runBin(['sync', '--all'], { ...env, PAGE_SIZE: '1', SYNC_CONCURRENCY: '1' }, (kill) => {
      const poll = setInterval(() => {
        if (!mocks.b2b.journal.list().some((e) => e.method === 'POST' && e.path === '/api/v1/company')) return;
        clearInterval(poll);
        sent = true;
        kill();
      }, 20);
    });
    assert.ok(sent, ran.err);
    assert.equal(ran.code, 130, ran.err);
    assert.match(ran.out, /Stopped: Interrupted \(Ctrl\+C\)/);
  });

  it('ends quietly when the reader of its output goes away (sync status | head)', async () => {
    fresh();
    const ran = await new Promise<Ran>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'sync', 'status'], { env: { PATH: process.env.PATH, ...env } });
      child.stdout.destroy(); // the reader is gone before anything is written
      let err = '';
      child.stderr.on('data', (chunk) => (err += String(chunk)));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out: '', err }));
    });
    assert.equal(ran.err, '');
    assert.equal(ran.code, 0);
  });

  it('says what failed on stderr in readable lines at the default level, without JSON or stacks', async () => {
    fresh();
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', status: 422, times: 1 });
    const ran = await runBin(['sync', '--customer', 'C000000012'], env);
    assert.equal(ran.code, 1);
    const lines = ran.err.trim().split('\n');
    assert.ok(
      lines.some((line) => /^ERROR Failed to create the company of C000000012/.test(line)),
      ran.err,
    );
    assert.ok(
      lines.every((line) => !line.startsWith('{') && !/^\s+at /.test(line)),
      ran.err,
    );
  });
});
