import { randomUUID } from 'node:crypto';

/** A record as the mock keeps it: plain field values, linked entities as nested objects, detail rows as arrays. */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

/**
 * The tenant's data, one table per top-level entity, shared by every endpoint. Times come from a clock that
 * never repeats a millisecond, so `LastModifiedDateTime gt …` watermarks never miss or repeat a change.
 */
export class AcumaticaStore {
  private tables = new Map<string, Map<string, StoredRecord>>();
  private counters = new Map<string, number>();
  private lastTime = 0;

  table(entity: string): Map<string, StoredRecord> {
    let table = this.tables.get(entity);
    if (!table) {
      table = new Map();
      this.tables.set(entity, table);
    }
    return table;
  }

  all(entity: string): StoredRecord[] {
    return [...this.table(entity).values()];
  }

  get(entity: string, id: string): StoredRecord | undefined {
    return this.table(entity).get(id.toLowerCase());
  }

  /** The record whose key fields equal `keys` (strings compared without case, as SQL Server does). */
  findByKeys(entity: string, keyFields: string[], keys: Record<string, unknown>): StoredRecord | undefined {
    return this.all(entity).find((record) => keyFields.every((field) => sameKey(record[field], keys[field])));
  }

  save(entity: string, record: StoredRecord): void {
    this.table(entity).set(record.id.toLowerCase(), record);
  }

  delete(entity: string, id: string): boolean {
    return this.table(entity).delete(id.toLowerCase());
  }

  clear(): void {
    this.tables.clear();
    this.counters.clear();
    this.lastTime = 0;
  }

  /** The next number of an auto-numbered field (ContactID, LogID), above any number already used. */
  nextNumber(entity: string, field: string): number {
    const used = Math.max(this.counters.get(`${entity}.${field}`) ?? 0, ...this.all(entity).map((r) => (typeof r[field] === 'number' ? (r[field] as number) : 0)));
    const next = used + 1;
    this.counters.set(`${entity}.${field}`, next);
    return next;
  }

  /** Now, as an ISO string, strictly later than the last time given out. */
  now(): string {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime).toISOString();
  }

  newId(): string {
    return randomUUID();
  }

  snapshot(): Record<string, StoredRecord[]> {
    return Object.fromEntries([...this.tables.entries()].map(([entity, table]) => [entity, [...table.values()]]));
  }
}

function sameKey(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}
