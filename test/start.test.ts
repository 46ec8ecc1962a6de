import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getPage, records } from '../mocks/ui/test-support';

const ROOT = join(__dirname, '..');

/** Runs a script as a user would, until a line of its output matches `ready`; resolves with all it printed. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(process.execPath, ['--require', 'ts-node/register/transpile-only', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`${script} printed no ${ready} within 60 s. Output: ${out}`)),
      60_000,
    );
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr?.on('data', (chunk) => (out += String(chunk)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} first. Output: ${out}`));
    });
  });
  return { child, output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('npm start -- --keep', () => {
  const state = mkdtempSync(join(tmpdir(), 'start-state-'));
  let started: ReturnType<typeof run>;
  let out: string;
  before(async () => {
    // Port 0 stands for the fixed ports here: a test must not take 8081 and 8082 from a developer.
    started = run(
      'scripts/start.ts',
      ['--keep'],
      { ACUMATICA_MOCK_PORT: '0', B2B_MOCK_PORT: '0', STATE_DIR: state, LOG_LEVEL: 'silent' },
      /npm run sync in another terminal.*\n/,
    );
    out = await started.output;
  });
  after(async () => {
    await stop(started.child);
    rmSync(state, { recursive: true, force: true });
  });

  it('keeps the mocks on the ports of ACUMATICA_MOCK_PORT and B2B_MOCK_PORT and prints where the screens are', async () => {
    const b2b = /Better B2B: (http:\/\/127\.0\.0\.1:\d+)\/ui /.exec(out)?.[1];
    const acumatica = /Acumatica: {2}(http:\/\/127\.0\.0\.1:\d+)\/ui /.exec(out)?.[1];
    assert.ok(b2b && acumatica, out);
    assert.match(out, new RegExp(`Companies ${b2b}/ui/companies`));
    assert.match(out, new RegExp(`Logs ${acumatica}/ui/logs`));
    assert.match(out, new RegExp(`reaches these mocks with ACUMATICA_URL=${acumatica} B2B_URL=${b2b}\\.`));
    const companies = records((await getPage(`${b2b}/ui/companies`)).html, 'Companies');
    assert.deepEqual(companies.map((row) => row['Company Name']).sort(), ['Facebook', 'John Kenny'], 'the sync ran');
  });

  it('stops on SIGTERM with the exit code of the sync', async () => {
    assert.equal(await stop(started.child), 0);
  });
});

describe('npm run mocks', () => {
  it('prints where the screens are', async () => {
    const started = run('mocks/start.ts', [], { ACUMATICA_MOCK_PORT: '0', B2B_MOCK_PORT: '0' }, /Control API/);
    try {
      const out = await started.output;
      const b2b = /Better B2B: (http:\/\/127\.0\.0\.1:\d+)\/ui /.exec(out)?.[1];
      assert.ok(b2b, out);
      assert.equal((await getPage(`${b2b}/ui/companies`)).status, 200);
    } finally {
      await stop(started.child);
    }
  });
});
