import type { Logger } from 'pino';
import { AcumaticaClient } from './acumatica/client';
import { B2BClient } from './b2b/client';
import type { Config } from './config';
import { SyncState } from './state/sync-state';
import type { SyncDependencies, SyncOptions } from './sync/engine';
import type { Selection } from './sync/source';

/** The clients of both systems, built from the settings. */
export function createDependencies(
  config: Config,
  logger: Logger,
  overrides: { backoffMs?: number } = {},
): SyncDependencies {
  const http = {
    timeoutMs: config.HTTP_TIMEOUT_MS,
    maxAttempts: config.HTTP_MAX_ATTEMPTS,
    logger,
    backoffMs: overrides.backoffMs,
  };
  return {
    acumatica: new AcumaticaClient({
      baseUrl: config.ACUMATICA_URL,
      username: config.ACUMATICA_USERNAME,
      password: config.ACUMATICA_PASSWORD,
      tenant: config.ACUMATICA_TENANT,
      branch: config.ACUMATICA_BRANCH,
      endpoint: config.ACUMATICA_ENDPOINT,
      version: config.ACUMATICA_ENDPOINT_VERSION,
      ...http,
    }),
    b2b: new B2BClient({ baseUrl: config.B2B_URL, token: config.B2B_TOKEN, ...http }),
    logger,
  };
}

/** The sync state of the configured connector and systems, from STATE_DIR (exit code 2 when it belongs to others). */
export function loadState(config: Config): SyncState {
  const target = {
    acumaticaUrl: config.ACUMATICA_URL,
    acumaticaTenant: config.ACUMATICA_TENANT,
    b2bUrl: config.B2B_URL,
  };
  return SyncState.load(config.STATE_DIR, config.CONNECTOR_ID, target);
}

/** The options of a run from the settings and what the caller chose. */
export function syncOptions(config: Config, selection: Selection, extra: Partial<SyncOptions> = {}): SyncOptions {
  return {
    selection,
    connectorId: config.CONNECTOR_ID,
    acumaticaUrl: config.ACUMATICA_URL,
    pageSize: config.PAGE_SIZE,
    concurrency: config.SYNC_CONCURRENCY,
    maxFailedAttempts: config.MAX_FAILED_ATTEMPTS,
    writeConnectorLog: config.WRITE_CONNECTOR_LOG,
    ...extra,
  };
}
