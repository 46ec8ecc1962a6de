import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, SyncError } from '../errors';
import {
  jsonStateFile,
  jsonTarget,
  readJsonState,
  removeLeftoverTemporaryFiles,
  type JsonStateFile,
} from './json-state';
import { acquireRunLock, type RunLock } from './run-lock';
import { SqliteStore } from './sqlite-store';
import type { PushInbox, RecordState, StateStore, StateTarget } from './store';

export type { RecordState, RecordStatus, StateTarget } from './store';

/**
 * The persisted sync state of one connector: the watermark of incremental runs, a status per customer (with
 * its fingerprint and the skip reason already logged), the run lock and the inbox of `serve`. Every change is
 * written at once, one customer per transaction, and only when something changed.
 */
export class SyncState {
  private constructor(
    private readonly store: StateStore,
    readonly connectorId: string,
    /** Something the user should know about how the state was opened (a migration, a file set aside). */
    readonly notice?: string,
  ) {}

  /** Opens (or creates) the state database of a connector in `dir`, migrating a JSON state file of older versions. */
  static load(dir: string, connectorId: string, target: StateTarget): SyncState {
    const name = connectorId.replace(/[^\w.-]/g, '_');
    const store = new SqliteStore(join(dir, `${name}.sqlite`));
    try {
      return SyncState.open(store, connectorId, target, jsonStateFile(dir, name));
    } catch (error) {
      store.close();
      throw error;
    }
  }

  /** The state kept in `store`; refuses a store that belongs to other systems (exit code 2). */
  static open(store: StateStore, connectorId: string, target: StateTarget, jsonFile?: string): SyncState {
    const notices: string[] = [];
    const json: JsonStateFile = jsonFile ? readJsonState(jsonFile) : { kind: 'absent' };
    if (!store.target() && jsonFile) {
      if (json.kind === 'found' && json.state.target !== jsonTarget(target))
        throw new ConfigError(
          `Failed to migrate the sync state ${jsonFile}: it belongs to ${json.state.target}, and these settings point at ${jsonTarget(target)}. ` +
            `A state is never used for other systems: give these their own STATE_DIR (or CONNECTOR_ID), or move ${jsonFile} away to start afresh.`,
        );
      const migrated = `${jsonFile}.migrated`;
      const claimed = store.claim(
        target,
        json.kind === 'found'
          ? (records) => {
              if (json.state.watermark) records.setWatermark(json.state.watermark);
              for (const [customerId, record] of json.records) records.putRecord(customerId, record);
              renameSync(jsonFile, migrated); // inside the transaction: a failed rename migrates nothing
            }
          : undefined,
      );
      if (claimed && json.kind === 'found')
        notices.push(
          `Migrated the sync state from ${jsonFile} (${json.records.length} customer${json.records.length === 1 ? '' : 's'}${json.state.watermark ? `, watermark ${json.state.watermark}` : ''}) into ${store.location}; the old file is kept as ${migrated}.`,
        );
      if (claimed && json.kind === 'unreadable') {
        const aside = `${jsonFile}.unreadable`;
        renameQuietly(jsonFile, aside);
        notices.push(
          `The old sync state ${jsonFile} could not be read (${json.problem}); it was renamed to ${aside}, and the state starts afresh (a full comparison with Better B2B).`,
        );
      }
    } else if (!store.target()) store.claim(target);
    const recorded = store.target();
    if (recorded && !sameTarget(recorded, target))
      throw new ConfigError(
        `Failed to open the sync state ${store.location}: it belongs to ${describeTarget(recorded)}, and these settings point at ${describeTarget(target)}. ` +
          `A state is never used for other systems: give these their own STATE_DIR (or CONNECTOR_ID), or move ${store.location} and its -wal and -shm files away to start afresh (the next run then compares every customer with Better B2B).`,
      );
    if (jsonFile && existsSync(jsonFile) && notices.length === 0)
      notices.push(
        `${jsonFile} is a sync state of an older version and was not used (${store.location} holds the state); it can be deleted.`,
      );
    const leftovers = jsonFile ? removeLeftoverTemporaryFiles(jsonFile) : 0;
    if (leftovers > 0)
      notices.push(
        `Removed ${leftovers} temporary file${leftovers === 1 ? '' : 's'} that interrupted saves of ${jsonFile} had left.`,
      );
    return new SyncState(store, connectorId, notices.join('\n') || undefined);
  }

  /** Where the state is kept. */
  get file(): string {
    return this.store.location;
  }

  /** Rows written to the state since it was opened (the benchmark's measure of state writes). */
  get rowsWritten(): number {
    return this.store.rowsWritten;
  }

  /** The inbox of `serve`: notifications acknowledged and not yet synced. */
  get inbox(): PushInbox {
    return this.store;
  }

  get watermark(): Date | undefined {
    const watermark = this.store.watermark();
    return watermark ? new Date(watermark) : undefined;
  }

  /** Moves the watermark forward (never back). */
  advanceWatermark(time: string | undefined): void {
    if (!time) return;
    const current = this.store.watermark();
    if (!current || Date.parse(time) > Date.parse(current))
      this.write(() => this.store.setWatermark(new Date(time).toISOString()));
  }

  get(customerId: string): RecordState | undefined {
    return this.store.record(customerId);
  }

  entries(): Array<[string, RecordState]> {
    return this.store.records();
  }

  /** Customers whose last attempt failed and that have attempts left. */
  retryable(): string[] {
    return this.store.customersWithStatus('failed');
  }

  /** Customers aborted after too many failed attempts (left alone until `sync retry`, but still reported). */
  aborted(): string[] {
    return this.store.customersWithStatus('aborted');
  }

  processed(customerId: string, companyId: number | undefined, fingerprint: string | undefined): void {
    const known = this.store.record(customerId);
    if (
      known?.status === 'processed' &&
      known.attempts === 0 &&
      known.companyId === companyId &&
      known.fingerprint === fingerprint
    )
      return; // unchanged: nothing to write
    this.put(customerId, { status: 'processed', attempts: 0, updatedAt: now(), companyId, fingerprint });
  }

  filtered(customerId: string, reason: string): void {
    const known = this.store.record(customerId);
    if (known?.status === 'filtered' && known.reason === reason) return;
    this.put(customerId, { status: 'filtered', attempts: 0, reason, updatedAt: now() });
  }

  /** Counts a failed attempt; at `maxAttempts` the record is aborted and left alone until retried by hand. */
  failed(customerId: string, error: string, maxAttempts: number, companyId?: number): RecordState {
    const attempts = (this.store.record(customerId)?.attempts ?? 0) + 1;
    const record: RecordState = {
      status: attempts >= maxAttempts ? 'aborted' : 'failed',
      attempts,
      lastError: error,
      updatedAt: now(),
      companyId,
    };
    this.put(customerId, record);
    return record;
  }

  /**
   * Records a failure that does not count as an attempt: an outage (5xx, 429, a time-out, a refused
   * connection) says nothing about the record. The customer keeps its attempts (and an aborted one stays
   * aborted) and is retried by the next run.
   */
  deferred(customerId: string, error: string, companyId?: number): RecordState {
    const previous = this.store.record(customerId);
    const record: RecordState = {
      status: previous?.status === 'aborted' ? 'aborted' : 'failed',
      attempts: previous?.attempts ?? 0,
      lastError: error,
      updatedAt: now(),
      companyId: companyId ?? previous?.companyId,
    };
    this.put(customerId, record);
    return record;
  }

  /** Gives an aborted or failed record a fresh set of attempts (`sync retry`). */
  rearm(customerId: string): void {
    const record = this.store.record(customerId);
    if (!record) return;
    const status = record.status === 'aborted' ? 'failed' : record.status;
    if (status !== record.status || record.attempts !== 0) this.put(customerId, { ...record, status, attempts: 0 });
  }

  /**
   * Takes the run lock of this connector: one run at a time per state. Waits up to `waitMs` for a run that
   * holds it, then fails with exit code 2; takes over the lock of a run that died.
   */
  lock(command: string, waitMs: number, waitSetting: string): Promise<RunLock> {
    return acquireRunLock(this.store, { connectorId: this.connectorId, command, waitMs, waitSetting });
  }

  close(): void {
    this.store.close();
  }

  private put(customerId: string, record: RecordState): void {
    this.write(() => this.store.putRecord(customerId, record));
  }

  private write(change: () => void): void {
    try {
      change();
    } catch (error) {
      throw new SyncError(
        `Failed to save the sync state to ${this.file}: ${(error as Error).message}. Check STATE_DIR (free space, permissions).`,
        { cause: error },
      );
    }
  }
}

function sameTarget(a: StateTarget, b: StateTarget): boolean {
  return a.acumaticaUrl === b.acumaticaUrl && a.acumaticaTenant === b.acumaticaTenant && a.b2bUrl === b.b2bUrl;
}

function describeTarget(target: StateTarget): string {
  return `Acumatica ${target.acumaticaUrl} (tenant ${target.acumaticaTenant}) and Better B2B ${target.b2bUrl}`;
}

function renameQuietly(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // another process set it aside first
  }
}

function now(): string {
  return new Date().toISOString();
}
