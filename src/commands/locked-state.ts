import type { Config } from '../config';
import { openState as loadState } from '../index';
import type { SyncState } from '../state/sync-state';

/** Opens the sync state and says on stderr what the user should know about it (a migration, a file set aside). */
export function openState(config: Config, stderr: NodeJS.WritableStream): SyncState {
  const state = loadState(config);
  if (state.notice) stderr.write(`${state.notice}\n`);
  return state;
}

/**
 * Runs `work` holding the run lock of the connector's state: another run waits up to `waitMs` (the setting
 * `waitSetting`), then fails with exit code 2. Says so on stderr when it took over the lock of a run that died.
 */
export async function whileLocked<T>(
  state: SyncState,
  stderr: NodeJS.WritableStream,
  lock: { command: string; waitMs: number; waitSetting: string },
  work: () => Promise<T>,
): Promise<T> {
  const held = await state.lock(lock.command, lock.waitMs, lock.waitSetting);
  if (held.tookOver) {
    const { holder, why } = held.tookOver;
    stderr.write(
      `Took over the lock of connector ${state.connectorId} from pid ${holder.pid} (${holder.command}, since ${holder.since}): ${why}.\n`,
    );
  }
  try {
    return await work();
  } finally {
    held.release();
  }
}

/** Opens the state, runs `work` with it, and closes it, also when `work` fails. */
export async function withState<T>(
  config: Config,
  stderr: NodeJS.WritableStream,
  work: (state: SyncState) => Promise<T>,
): Promise<T> {
  const state = openState(config, stderr);
  try {
    return await work(state);
  } finally {
    state.close();
  }
}
