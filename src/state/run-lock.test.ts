import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { acquireRunLock, LockBusyError, type RunLockOptions } from './run-lock';
import { SqliteStore } from './sqlite-store';
import type { LockHolder } from './store';

const OPTIONS: RunLockOptions = { connectorId: 'B2BQASTORE', command: 'sync', waitMs: 0, waitSetting: 'LOCK_WAIT_MS' };

/** A lock row as another process would have written it. */
function holder(overrides: Partial<LockHolder>): LockHolder {
  const now = new Date().toISOString();
  return {
    pid: process.ppid,
    host: hostname(),
    command: 'sync --all',
    since: now,
    heartbeat: now,
    token: 'other',
    ...overrides,
  };
}

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}

describe('the run lock', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'lock-test-')), 'B2BQASTORE.sqlite'));
  });
  afterEach(() => store.close());

  it('is taken when free, refused while held, and free again once released (twice is harmless)', async () => {
    const lock = await acquireRunLock(store, OPTIONS);
    assert.equal(store.lockHolder()?.pid, process.pid);
    assert.equal(lock.tookOver, undefined);
    await assert.rejects(acquireRunLock(store, { ...OPTIONS, command: 'sync retry' }), LockBusyError);
    lock.release();
    lock.release();
    assert.equal(store.lockHolder(), undefined);
    (await acquireRunLock(store, OPTIONS)).release();
  });

  it('refuses with exit code 2 and names the pid, the start and the command of the running sync', async () => {
    const running = holder({ since: '2026-11-22T10:00:00.000Z' });
    store.replaceLock(undefined, running);
    await assert.rejects(acquireRunLock(store, OPTIONS), (error: unknown) => {
      assert.ok(error instanceof LockBusyError);
      assert.equal(error.exitCode, 2);
      assert.equal(
        error.message,
        `Failed to start sync: another sync of connector B2BQASTORE is running (pid ${process.ppid}, since 2026-11-22T10:00:00.000Z: sync --all). ` +
          'Let it finish, or set LOCK_WAIT_MS to wait for it (milliseconds).',
      );
      return true;
    });
    assert.equal(store.lockHolder()?.token, 'other', 'the lock is left to its holder');
  });

  it('waits up to the wait time for the running sync to end', async () => {
    store.replaceLock(undefined, holder({}));
    setTimeout(() => store.releaseLock('other'), 300);
    const lock = await acquireRunLock(store, { ...OPTIONS, waitMs: 30_000 });
    assert.equal(store.lockHolder()?.pid, process.pid);
    lock.release();

    store.replaceLock(undefined, holder({}));
    await assert.rejects(acquireRunLock(store, { ...OPTIONS, waitMs: 300 }), /Waited 300 ms\. Let it finish/);
  });

  it('takes over the lock of a process that is gone, and says whose it was', async () => {
    const pid = deadPid();
    store.replaceLock(undefined, holder({ pid }));
    const lock = await acquireRunLock(store, OPTIONS);
    assert.equal(store.lockHolder()?.pid, process.pid);
    assert.equal(lock.tookOver?.holder.pid, pid);
    assert.equal(lock.tookOver?.why, `process ${pid} is gone`);
    lock.release();
  });

  it('takes over a lock with our own pid that this process does not hold (a restarted container)', async () => {
    store.replaceLock(undefined, holder({ pid: process.pid, token: 'a predecessor' }));
    const lock = await acquireRunLock(store, OPTIONS);
    assert.equal(lock.tookOver?.why, 'its process is gone');
    lock.release();
  });

  it('takes over the lock of another machine only once its heartbeat has stopped', async () => {
    store.replaceLock(undefined, holder({ host: 'elsewhere', pid: 1 }));
    await assert.rejects(acquireRunLock(store, OPTIONS), /running \(pid 1 on elsewhere, since/);
    const silent = new Date(Date.now() - 120_000).toISOString();
    store.replaceLock(store.lockHolder(), holder({ host: 'elsewhere', pid: 1, token: 'silent', heartbeat: silent }));
    const lock = await acquireRunLock(store, OPTIONS);
    assert.equal(lock.tookOver?.why, `its heartbeat stopped at ${silent}`);
    lock.release();
  });

  it('keeps its heartbeat fresh while held', async () => {
    const lock = await acquireRunLock(store, { ...OPTIONS, heartbeatMs: 20 });
    const first = store.lockHolder()?.heartbeat as string;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok((store.lockHolder()?.heartbeat as string) > first, 'the heartbeat moved on');
    lock.release();
  });
});
