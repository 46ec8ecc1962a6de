import { randomUUID } from 'node:crypto';
import type { StoredRecord } from '../entities/store';

/** Acumatica's push notification: the query's rows that appeared (Inserted) and disappeared (Deleted). */
export interface PushPayload {
  Inserted: Record<string, unknown>[];
  Deleted: Record<string, unknown>[];
  Query: string;
  CompanyId: string;
  Id: string;
  /** .NET ticks of the transaction; kept as a string here, sent as a JSON number. */
  TimeStamp: string;
  AdditionalInfo: Record<string, unknown>;
}

/** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
const EPOCH_TICKS = 621_355_968_000_000_000n;
let lastTicks = 0n;

/** A `TimeStamp` that increases with every transaction, as Acumatica's does. */
export function nextTimeStamp(now = Date.now()): string {
  const ticks = EPOCH_TICKS + BigInt(now) * 10_000n;
  lastTicks = ticks > lastTicks ? ticks : lastTicks + 1n;
  return lastTicks.toString();
}

/**
 * A record as a generic inquiry row: its top-level values, flat (linked entities and detail rows are
 * other tables, outside the row), restricted to `fields` when the subscription lists them.
 */
export function toRow(record: StoredRecord, fields?: string[]): Record<string, unknown> {
  if (fields) return Object.fromEntries(fields.map((field) => [field, plain(record[field]) ?? null]));
  return Object.fromEntries(
    Object.entries(record).filter(
      ([name, value]) => name !== 'id' && name !== 'custom' && name !== 'note' && plain(value) !== undefined,
    ),
  );
}

function plain(value: unknown): unknown {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? value : undefined;
}

/** The payload for one change, or undefined when the query's rows did not change (an untracked field changed). */
export function payloadFor(
  query: string,
  tenant: string,
  before: StoredRecord | undefined,
  after: StoredRecord | undefined,
  fields: string[] | undefined,
  additionalInfo: Record<string, unknown>,
): PushPayload | undefined {
  const deleted = before ? [toRow(before, fields)] : [];
  const inserted = after ? [toRow(after, fields)] : [];
  if (JSON.stringify(deleted) === JSON.stringify(inserted)) return undefined;
  return {
    Inserted: inserted,
    Deleted: deleted,
    Query: query,
    CompanyId: tenant,
    Id: randomUUID(),
    TimeStamp: nextTimeStamp(),
    AdditionalInfo: additionalInfo,
  };
}

/** The JSON text sent: TimeStamp as an exact integer (too large for a JavaScript number). */
export function serialize(payload: PushPayload): string {
  return JSON.stringify(payload).replace(`"TimeStamp":"${payload.TimeStamp}"`, `"TimeStamp":${payload.TimeStamp}`);
}
