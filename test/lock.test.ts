import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SqliteStore } from '../src/state/sqlite-store';
import { startCli } from './cli-process';
import { SyncUnderTest, useMocks } from './sync-helpers';

const running = useMocks();

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (const deadline = Date.now() + 30_000; ;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('one run at a time per connector and state', () => {
  it('a second sync while one runs exits 2 at once, naming the running one; the first syncs everything', async () => {
    const mocks = running();
    const sync = new SyncUnderTest(mocks);
    const env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      STATE_DIR: sync.stateDir,
      LOG_LEVEL: 'silent',
    };
    // Slow answers keep the first run going until the second has had its answer.
    mocks.acumatica.faults.add({ path: '*', latencyMs: 1000 });
    const first = startCli(['sync', '--all'], env);
    const database = join(sync.stateDir, 'B2BQASTORE.sqlite');
    const holder = await until(() => {
      if (!existsSync(database)) return undefined;
      const store = new SqliteStore(database);
      try {
        return store.lockHolder();
      } finally {
        store.close();
      }
    }, 'the first run to take the lock');
    assert.equal(holder.pid, first.pid);

    const second = startCli(['sync'], env);
    assert.equal(await second.exited, 2, second.stderr());
    assert.equal(first.ended(), false, 'the second run ended while the first was still running');
    assert.match(
      second.stderr(),
      new RegExp(
        `another sync of connector B2BQASTORE is running \\(pid ${first.pid}, since \\d{4}-\\d\\d-\\d\\dT[^)]*: sync\\)`,
      ),
    );
    assert.doesNotMatch(second.stderr(), /\n\s+at /, 'no stack trace');
    assert.equal(second.stdout(), '', 'the second run synced nothing');

    mocks.acumatica.faults.clear();
    assert.equal(await first.exited, 0, first.stderr());
    assert.equal(mocks.b2b.store.companies.length, 2);
    const state = sync.state();
    assert.deepEqual(
      state.entries().map(([id, record]) => `${id} ${record.status}`),
      ['C000000012 processed', 'C000000288 processed', 'C000000300 filtered'],
    );
    state.close();
    const store = new SqliteStore(database);
    assert.equal(store.lockHolder(), undefined, 'the first run gave the lock back');
    store.close();
  });
});
