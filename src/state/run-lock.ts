import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { SyncError } from '../errors';
import type { LockHolder, LockStore } from './store';

/** How often a holder refreshes its heartbeat, and how old a heartbeat makes a lock stale. */
export const LOCK_HEARTBEAT_MS = 5_000;
export const LOCK_STALE_MS = 60_000;
const POLL_MS = 200;

/** Tokens of the locks this process holds: a lock with our pid but another token is a dead predecessor's. */
const heldHere = new Set<string>();

/** Another run of the connector holds the lock (exit code 2: nothing was done). */
export class LockBusyError extends SyncError {
  override readonly exitCode = 2;
  constructor(
    readonly connectorId: string,
    readonly holder: LockHolder,
    message: string,
  ) {
    super(message);
  }
}

export interface RunLockOptions {
  connectorId: string;
  /** What this process runs (`sync`, `sync retry`, `a serve batch`), shown to a run that finds the lock held. */
  command: string;
  /** How long to wait for the holder to finish; 0 fails at once. */
  waitMs: number;
  /** The setting that sets `waitMs`, named in the message. */
  waitSetting: string;
  heartbeatMs?: number;
  staleMs?: number;
}

/** A held run lock; `release` gives it back (also safe to call twice). */
export interface RunLock {
  /** The stale lock this one replaced: its process is gone or its heartbeat stopped. */
  readonly tookOver?: { holder: LockHolder; why: string };
  release(): void;
}

/**
 * Takes the run lock of a connector's state: one run at a time. A held lock is waited for up to `waitMs`; a
 * stale one (its process gone on this machine, or no heartbeat for `staleMs`) is taken over.
 */
export async function acquireRunLock(store: LockStore, options: RunLockOptions): Promise<RunLock> {
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const deadline = Date.now() + options.waitMs;
  const token = randomUUID();
  for (;;) {
    const now = new Date();
    const holder = store.lockHolder();
    const why = holder && staleness(holder, now.getTime(), staleMs);
    if (!holder || why) {
      const me: LockHolder = {
        pid: process.pid,
        host: hostname(),
        command: options.command,
        since: now.toISOString(),
        heartbeat: now.toISOString(),
        token,
      };
      if (store.replaceLock(holder, me))
        return held(
          store,
          token,
          options.heartbeatMs ?? LOCK_HEARTBEAT_MS,
          holder && why ? { holder, why } : undefined,
        );
      continue; // another process changed the lock meanwhile: look again
    }
    const left = deadline - Date.now();
    if (left <= 0) throw busy(options, holder);
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, left)));
  }
}

function held(store: LockStore, token: string, heartbeatMs: number, tookOver: RunLock['tookOver']): RunLock {
  heldHere.add(token);
  const heartbeat = setInterval(() => {
    if (!store.refreshLock(token, new Date().toISOString())) clearInterval(heartbeat);
  }, heartbeatMs);
  heartbeat.unref();
  return {
    tookOver,
    release() {
      clearInterval(heartbeat);
      if (!heldHere.delete(token)) return;
      store.releaseLock(token);
    },
  };
}

/** Why a lock is stale, or undefined while its holder may still be running. */
export function staleness(holder: LockHolder, now: number, staleMs: number): string | undefined {
  if (holder.host === hostname()) {
    if (holder.pid === process.pid) return heldHere.has(holder.token) ? undefined : 'its process is gone';
    if (!processExists(holder.pid)) return `process ${holder.pid} is gone`;
  }
  const silentMs = now - Date.parse(holder.heartbeat);
  if (!(silentMs <= staleMs)) return `its heartbeat stopped at ${holder.heartbeat}`;
  return undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, under another user
  }
}

function busy(options: RunLockOptions, holder: LockHolder): LockBusyError {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  const waited =
    options.waitMs <= 0
      ? ''
      : ` Waited ${options.waitMs < 1000 ? `${options.waitMs} ms` : `${Math.round(options.waitMs / 1000)} s`}.`;
  return new LockBusyError(
    options.connectorId,
    holder,
    `Failed to start ${options.command}: another sync of connector ${options.connectorId} is running (pid ${holder.pid}${where}, since ${holder.since}: ${holder.command}).${waited} ` +
      `Let it finish, or set ${options.waitSetting} to wait for it (milliseconds).`,
  );
}
