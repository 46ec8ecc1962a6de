import type { Logger } from 'pino';
import { AcumaticaClient } from './acumatica/client';
import { B2BClient } from './b2b/client';
import type { Config } from './config';
import { createLogger } from './logger';
import { SyncState } from './state/sync-state';
import { runSync, type SyncDependencies, type SyncOptions } from './sync/engine';
import type { SyncReport } from './sync/report';
import type { Selection } from './sync/source';

/**
 * The programmatic entry point: one sync run from the settings, as `npm run sync`, `serve`, `npm start`, the
 * bench, the tests and the Cucumber World run it. The settings come from `loadConfig` (file and environment)
 * or `parseConfig` (an object); the report says what happened, `succeeded(report)` whether all went well.
 *
 *   const report = await syncFromSettings(parseConfig({ ACUMATICA_URL, B2B_URL }), { selection: { kind: 'all' } });
 *   console.log(formatSummary(report));
 */

export { describeConfig, loadConfig, parseConfig, type Config, type ConfigInput } from './config';
export { ConfigError, SyncError } from './errors';
export type { SyncState } from './state/sync-state';
export { succeeded, type CustomerResult, type SyncReport, type Totals } from './sync/report';
export type { Selection } from './sync/source';
export { formatSummary } from './sync/summary';

/** What a caller chooses for one run; everything else comes from the settings. */
export interface SyncRunOptions {
  /** Which customers: changed since the last run (the default), all, since a time, one, or a list. */
  selection?: Selection;
  /** Read both systems and report what would be written, without writing anything. */
  dryRun?: boolean;
  /** Compare every selected customer with Better B2B, even those whose fingerprint says nothing changed. */
  verify?: boolean;
  /**
   * The sync state (watermark, per-customer status). By default the one in STATE_DIR, opened for this run
   * under the connector's run lock (waiting LOCK_WAIT_MS for another run) and closed after it; pass one `openState` gave to keep changes made before the run (`sync retry` re-arms
   * customers), or `false` for none: every customer compared, nothing remembered (`npm start`).
   */
  state?: SyncState | false;
  /** The structured log; by default pino on stderr at LOG_LEVEL. */
  logger?: Logger;
  /** Called after each page with the running report (progress on a terminal). */
  onProgress?: (report: SyncReport) => void;
  /** Delay unit of the retries' exponential backoff in milliseconds (tests make it small; 200 by default). */
  retryBackoffMs?: number;
  /**
   * Stops the run after the customers in flight (the CLI aborts it on Ctrl+C); the abort reason, a
   * sentence, is the report's problem. SYNC_DEADLINE_MS stops it the same way.
   */
  signal?: AbortSignal;
}

/**
 * Runs one sync with the settings: builds the Acumatica and Better B2B clients, the logger and the state, and
 * resolves with the report in every case; a problem that stopped the run is `report.problem`.
 */
export async function syncFromSettings(settings: Config, options: SyncRunOptions = {}): Promise<SyncReport> {
  const logger = options.logger ?? createLogger(settings.LOG_LEVEL);
  if (options.state !== undefined) return run(settings, options, logger, options.state || undefined);
  // A state opened here is this run's alone: held under the connector's run lock and closed at the end.
  const state = openState(settings);
  try {
    if (state.notice) logger.warn(state.notice);
    if (options.dryRun) return await run(settings, options, logger, state);
    const held = await state.lock('sync', settings.LOCK_WAIT_MS, 'LOCK_WAIT_MS');
    try {
      return await run(settings, options, logger, state);
    } finally {
      held.release();
    }
  } finally {
    state.close();
  }
}

async function run(settings: Config, options: SyncRunOptions, logger: Logger, state: SyncState | undefined) {
  const stop = stopSignal(settings.SYNC_DEADLINE_MS, options.signal);
  try {
    return await runSync(clientsOf(settings, logger, options.retryBackoffMs), {
      selection: options.selection ?? { kind: 'incremental' },
      connectorId: settings.CONNECTOR_ID,
      acumaticaUrl: settings.ACUMATICA_URL,
      pageSize: settings.PAGE_SIZE,
      concurrency: settings.SYNC_CONCURRENCY,
      maxFailedAttempts: settings.MAX_FAILED_ATTEMPTS,
      writeConnectorLog: settings.WRITE_CONNECTOR_LOG,
      dryRun: options.dryRun,
      verify: options.verify,
      state,
      onProgress: options.onProgress,
      signal: stop.signal,
    } satisfies SyncOptions);
  } finally {
    stop.clear();
  }
}

/** A signal that aborts when `outer` does or when the deadline passes, with a reason that says which. */
function stopSignal(deadlineMs: number, outer: AbortSignal | undefined): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        `The run reached its deadline (SYNC_DEADLINE_MS, ${deadlineMs} ms) and stopped after the customers in flight.`,
      ),
    deadlineMs,
  );
  timer.unref();
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    },
  };
}

/**
 * The sync state of the configured connector and systems, from STATE_DIR (`sync status`, `sync retry`); a state
 * that belongs to other systems is refused (a ConfigError, exit code 2). The caller closes it.
 */
export function openState(settings: Config): SyncState {
  const target = {
    acumaticaUrl: settings.ACUMATICA_URL,
    acumaticaTenant: settings.ACUMATICA_TENANT,
    b2bUrl: settings.B2B_URL,
  };
  return SyncState.load(settings.STATE_DIR, settings.CONNECTOR_ID, target);
}

function clientsOf(settings: Config, logger: Logger, backoffMs: number | undefined): SyncDependencies {
  const http = {
    timeoutMs: settings.HTTP_TIMEOUT_MS,
    maxAttempts: settings.HTTP_MAX_ATTEMPTS,
    maxRetryWaitMs: settings.HTTP_RETRY_AFTER_MAX_MS,
    logger,
    backoffMs,
  };
  return {
    acumatica: new AcumaticaClient({
      baseUrl: settings.ACUMATICA_URL,
      username: settings.ACUMATICA_USERNAME,
      password: settings.ACUMATICA_PASSWORD,
      tenant: settings.ACUMATICA_TENANT,
      branch: settings.ACUMATICA_BRANCH,
      endpoint: settings.ACUMATICA_ENDPOINT,
      version: settings.ACUMATICA_ENDPOINT_VERSION,
      ...http,
      requestsPerMinute: settings.ACUMATICA_REQUESTS_PER_MINUTE,
    }),
    b2b: new B2BClient({
      baseUrl: settings.B2B_URL,
      token: settings.B2B_TOKEN,
      ...http,
      requestsPerMinute: settings.B2B_REQUESTS_PER_MINUTE,
    }),
    logger,
  };
}
