import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach } from 'node:test';
import { startMocks, type RunningMocks } from '../mocks/harness';
import {
  openState,
  parseConfig,
  syncFromSettings,
  type ConfigInput,
  type Selection,
  type SyncReport,
  type SyncRunOptions,
  type SyncState,
} from '../src';

/** A sync against running mocks, as the CLI would run it, with its own state folder and quick retries. */
export class SyncUnderTest {
  readonly stateDir = mkdtempSync(join(tmpdir(), 'sync-state-'));

  constructor(
    private readonly mocks: RunningMocks,
    private readonly settings: ConfigInput = {},
  ) {}

  config(extra: ConfigInput = {}) {
    return parseConfig({
      ACUMATICA_URL: this.mocks.acumatica.url,
      B2B_URL: this.mocks.b2b.url,
      LOG_LEVEL: 'silent',
      STATE_DIR: this.stateDir,
      HTTP_TIMEOUT_MS: 2000,
      ...this.settings,
      ...extra,
    });
  }

  state(): SyncState {
    return openState(this.config());
  }

  async run(
    selection: Selection = { kind: 'incremental' },
    extra: Omit<SyncRunOptions, 'selection'> = {},
    settings: ConfigInput = {},
  ): Promise<SyncReport> {
    return syncFromSettings(this.config(settings), { selection, retryBackoffMs: 5, ...extra });
  }
}

/** The writes (anything but GET) each mock received since its journal was last cleared. */
export function writesTo(mocks: RunningMocks): { acumatica: string[]; b2b: string[] } {
  const writes = (entries: readonly { method: string; path: string }[]) =>
    entries
      .filter((entry) => entry.method !== 'GET' && !entry.path.startsWith('/entity/auth/'))
      .map((entry) => `${entry.method} ${entry.path}`);
  return { acumatica: writes(mocks.acumatica.journal.list()), b2b: writes(mocks.b2b.journal.list()) };
}

export function clearJournals(mocks: RunningMocks): void {
  mocks.acumatica.journal.clear();
  mocks.b2b.journal.clear();
}

/**
 * Starts both mocks for the test file (once, on free ports), resets them before each test and stops them
 * after; returns a getter for the running mocks.
 */
export function useMocks(options: Parameters<typeof startMocks>[2] = {}): () => RunningMocks {
  let mocks: RunningMocks | undefined;
  before(async () => {
    mocks = await startMocks({}, undefined, options);
  });
  after(() => mocks?.stop());
  beforeEach(() => {
    mocks?.acumatica.reset();
    mocks?.b2b.reset();
  });
  return () => {
    if (!mocks) throw new Error('The mocks are not running yet: use them inside a test.');
    return mocks;
  };
}
