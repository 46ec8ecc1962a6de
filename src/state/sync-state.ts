import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { SyncError } from '../errors';

/** Where a customer stands, in the words of Acumatica's own commerce connector (Sync History). */
export type RecordStatus = 'processed' | 'failed' | 'filtered' | 'aborted';

const recordSchema = z.object({
  status: z.enum(['processed', 'failed', 'filtered', 'aborted']),
  attempts: z.number().int().min(0),
  lastError: z.string().optional(),
  reason: z.string().optional(),
  updatedAt: z.string(),
  companyId: z.number().int().optional(),
  /** A hash of what was last written to Better B2B; equal means nothing to write. */
  fingerprint: z.string().optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  /** Which systems this state belongs to; state of another tenant or store is not used. */
  target: z.string(),
  /** The newest LastModifiedDateTime an incremental run has read. */
  watermark: z.string().optional(),
  records: z.record(z.string(), recordSchema),
});

export type RecordState = z.infer<typeof recordSchema>;
type StateData = z.infer<typeof stateSchema>;

/**
 * The persisted sync state of one connector: the watermark of incremental runs and a status per
 * customer. Saved atomically (write, then rename), so a crash never leaves a half-written file.
 */
export class SyncState {
  private constructor(
    readonly file: string,
    private data: StateData,
    /** Set when a state file existed but belonged to other systems or could not be read. */
    readonly notice?: string,
  ) {}

  static load(dir: string, connectorId: string, target: string): SyncState {
    const file = join(dir, `${connectorId.replace(/[^\w.-]/g, '_')}.json`);
    const fresh: StateData = { version: 1, target, records: {} };
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return new SyncState(file, fresh);
    }
    const parsed = stateSchema.safeParse(safeJson(text));
    if (!parsed.success)
      return new SyncState(
        file,
        fresh,
        `The sync state in ${file} could not be read; starting afresh (a full comparison with Better B2B).`,
      );
    if (parsed.data.target !== target)
      return new SyncState(
        file,
        fresh,
        `The sync state in ${file} belongs to ${parsed.data.target}; starting afresh for ${target}.`,
      );
    return new SyncState(file, parsed.data);
  }

  get watermark(): Date | undefined {
    return this.data.watermark ? new Date(this.data.watermark) : undefined;
  }

  /** Moves the watermark forward (never back). */
  advanceWatermark(time: string | undefined): void {
    if (!time) return;
    if (!this.data.watermark || Date.parse(time) > Date.parse(this.data.watermark))
      this.data.watermark = new Date(time).toISOString();
  }

  get(customerId: string): RecordState | undefined {
    return this.data.records[customerId];
  }

  entries(): Array<[string, RecordState]> {
    return Object.entries(this.data.records).sort(([a], [b]) => a.localeCompare(b));
  }

  /** Customers whose last attempt failed and that have attempts left. */
  retryable(): string[] {
    return this.entries()
      .filter(([, record]) => record.status === 'failed')
      .map(([id]) => id);
  }

  /** Customers aborted after too many failed attempts (left alone until `sync retry`, but still reported). */
  aborted(): string[] {
    return this.entries()
      .filter(([, record]) => record.status === 'aborted')
      .map(([id]) => id);
  }

  processed(customerId: string, companyId: number | undefined, fingerprint: string | undefined): void {
    this.data.records[customerId] = { status: 'processed', attempts: 0, updatedAt: now(), companyId, fingerprint };
  }

  filtered(customerId: string, reason: string): void {
    this.data.records[customerId] = { status: 'filtered', attempts: 0, reason, updatedAt: now() };
  }

  /** Counts a failed attempt; at `maxAttempts` the record is aborted and left alone until retried by hand. */
  failed(customerId: string, error: string, maxAttempts: number, companyId?: number): RecordState {
    const attempts = (this.data.records[customerId]?.attempts ?? 0) + 1;
    const record: RecordState = {
      status: attempts >= maxAttempts ? 'aborted' : 'failed',
      attempts,
      lastError: error,
      updatedAt: now(),
      companyId,
    };
    this.data.records[customerId] = record;
    return record;
  }

  /**
   * Records a failure that does not count as an attempt: an outage (5xx, 429, a time-out, a refused
   * connection) says nothing about the record. The customer keeps its attempts (and an aborted one stays
   * aborted) and is retried by the next run.
   */
  deferred(customerId: string, error: string, companyId?: number): RecordState {
    const previous = this.data.records[customerId];
    const record: RecordState = {
      status: previous?.status === 'aborted' ? 'aborted' : 'failed',
      attempts: previous?.attempts ?? 0,
      lastError: error,
      updatedAt: now(),
      companyId: companyId ?? previous?.companyId,
    };
    this.data.records[customerId] = record;
    return record;
  }

  /** Gives an aborted or failed record a fresh set of attempts (`sync retry`). */
  rearm(customerId: string): void {
    const record = this.data.records[customerId];
    if (record && (record.status === 'aborted' || record.status === 'failed')) record.status = 'failed';
    if (record) record.attempts = 0;
  }

  save(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(this.data, null, 1)}\n`);
      renameSync(temporary, this.file);
    } catch (error) {
      throw new SyncError(
        `Failed to save the sync state to ${this.file}: ${(error as Error).message}. Check STATE_DIR.`,
        { cause: error },
      );
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function now(): string {
  return new Date().toISOString();
}
