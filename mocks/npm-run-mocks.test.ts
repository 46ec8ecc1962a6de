import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KENSIUM, TestClient } from './acumatica/test-support';

const ROOT = join(__dirname, '..');

/** Starts `npm run mocks`'s script as a black box and waits for the line that gives the Acumatica mock's URL. */
function startMocksProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--require', 'ts-node/register/transpile-only', join(ROOT, 'mocks', 'start.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ACUMATICA_MOCK_PORT: '0', B2B_MOCK_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Failed to start npm run mocks: no "Acumatica mock:" line within 30 s. Output: ${out}`));
    }, 30_000);
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const url = /Acumatica mock:\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.stderr?.on('data', (chunk) => (out += String(chunk)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Failed to start npm run mocks: it exited with code ${code}. Output: ${out}`));
    });
  });
}

describe('npm run mocks', () => {
  let child: ChildProcess;
  let client: TestClient;
  before(async () => {
    const started = await startMocksProcess();
    child = started.child;
    client = new TestClient(started.url);
  });
  after(async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  it('serves the Acumatica mock with the fixtures loaded and the default credentials', async () => {
    assert.equal((await client.login()).status, 204);
    const customers = await client.get(`${KENSIUM}/Customer`);
    assert.deepEqual(
      customers.body.map((c: { CustomerID: { value: string } }) => c.CustomerID.value),
      ['C000000012', 'C000000288', 'C000000300'],
    );
    assert.equal((await client.get('/__mock/health')).body.status, 'ok');
  });
});
