import { randomUUID } from 'node:crypto';
import { nextSqlTick, productDate, toSqlTick } from './product-date';

/** A record as the mock keeps it: plain field values, linked entities as nested objects, detail rows as arrays. */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

/** A linked entity kept inside its record: an object with an id (detail rows are arrays; `custom` has no id). */
export function isLinkedRow(value: unknown): value is StoredRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as StoredRecord).id === 'string'
  );
}

/**
 * The tenant's data, one table per top-level entity, shared by every endpoint. Times come from a clock that
 * never repeats a tick (see `now`).
 */
export class AcumaticaStore {
  private tables = new Map<string, Map<string, StoredRecord>>();
  private counters = new Map<string, number>();
  /**
   * Indexes per entity, kept up to date on save and delete so lookups do not scan: key indexes (the record
   * of a key, for findByKeys) and field indexes (the records of one field value, for one-to-many links).
   */
  private indexes = new Map<string, Map<string, RecordIndex>>();
  private lastTime = 0;

  /** `clock` is the database server's time (the mock's control API may move it forward). */
  constructor(private readonly clock: () => number = Date.now) {}

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
    const index = this.indexOf(entity, `key:${keyFields.join('|')}`, () => new KeyIndex(keyFields));
    const id = index.get(keyOf(keyFields, keys));
    return id === undefined ? undefined : this.get(entity, id);
  }

  /** Every record whose `field` equals `value` (strings compared without case), in the order they were saved. */
  where(entity: string, field: string, value: unknown): StoredRecord[] {
    const group = this.indexOf(entity, `field:${field}`, () => new GroupIndex(field));
    return group.ids(keyOf([field], { [field]: value })).flatMap((id) => this.get(entity, id) ?? []);
  }

  save(entity: string, record: StoredRecord): void {
    const id = record.id.toLowerCase();
    for (const index of this.indexes.get(entity)?.values() ?? []) index.put(id, record);
    for (const [key, value] of this.counters) {
      const [counterEntity, field] = key.split('.') as [string, string];
      const number = record[field];
      if (counterEntity === entity && typeof number === 'number' && number > value) this.counters.set(key, number);
    }
    this.table(entity).set(id, record);
  }

  delete(entity: string, id: string): boolean {
    for (const index of this.indexes.get(entity)?.values() ?? []) index.remove(id.toLowerCase());
    return this.table(entity).delete(id.toLowerCase());
  }

  clear(): void {
    this.tables.clear();
    this.counters.clear();
    this.indexes.clear();
    this.lastTime = 0;
  }

  /** The next number of an auto-numbered field (ContactID, LogID), above any number already used. */
  nextNumber(entity: string, field: string): number {
    const key = `${entity}.${field}`;
    let used = this.counters.get(key);
    if (used === undefined) {
      used = 0;
      for (const record of this.table(entity).values())
        if (typeof record[field] === 'number' && (record[field] as number) > used) used = record[field] as number;
    }
    this.counters.set(key, used + 1);
    return used + 1;
  }

  /** The entity's index of that signature, built from the table the first time it is asked for. */
  private indexOf<I extends RecordIndex>(entity: string, signature: string, create: () => I): I {
    let bySignature = this.indexes.get(entity);
    if (!bySignature) {
      bySignature = new Map();
      this.indexes.set(entity, bySignature);
    }
    let index = bySignature.get(signature) as I | undefined;
    if (!index) {
      index = create();
      for (const [id, record] of this.table(entity)) index.put(id, record);
      bySignature.set(signature, index);
    }
    return index;
  }

  /**
   * Now, as the product writes a `datetime` (1/300 s ticks, `+00:00`), strictly later than the last time given
   * out, so that `LastModifiedDateTime gt …` watermarks never miss or repeat a change.
   */
  now(): string {
    this.lastTime = Math.max(toSqlTick(this.clock()), this.lastTime === 0 ? 0 : nextSqlTick(this.lastTime));
    return productDate(this.lastTime);
  }

  newId(): string {
    return randomUUID();
  }

  snapshot(): Record<string, StoredRecord[]> {
    return Object.fromEntries([...this.tables.entries()].map(([entity, table]) => [entity, [...table.values()]]));
  }
}

/** Key values as one string: strings trimmed and without case, as SQL Server compares them. */
function keyOf(keyFields: string[], values: Record<string, unknown>): string {
  return JSON.stringify(
    keyFields.map((field) =>
      typeof values[field] === 'string' ? (values[field] as string).trim().toLowerCase() : (values[field] ?? null),
    ),
  );
}

/** What the store keeps up to date on every save and delete. */
interface RecordIndex {
  put(id: string, record: StoredRecord): void;
  remove(id: string): void;
}

/** Key values → record id for one list of key fields; the first record saved with a key keeps it. */
class KeyIndex implements RecordIndex {
  private byKey = new Map<string, string>();
  private keyOfId = new Map<string, string>();

  constructor(private readonly keyFields: string[]) {}

  get(key: string): string | undefined {
    return this.byKey.get(key);
  }

  put(id: string, record: StoredRecord): void {
    this.remove(id);
    const key = keyOf(this.keyFields, record);
    if (!this.byKey.has(key)) this.byKey.set(key, id);
    this.keyOfId.set(id, key);
  }

  remove(id: string): void {
    const key = this.keyOfId.get(id);
    if (key === undefined) return;
    this.keyOfId.delete(id);
    if (this.byKey.get(key) === id) this.byKey.delete(key);
  }
}

/** Value of one field → ids of the records holding it. */
class GroupIndex implements RecordIndex {
  private byValue = new Map<string, Set<string>>();
  private valueOfId = new Map<string, string>();

  constructor(private readonly field: string) {}

  ids(value: string): string[] {
    return [...(this.byValue.get(value) ?? [])];
  }

  put(id: string, record: StoredRecord): void {
    this.remove(id);
    const value = keyOf([this.field], record);
    let ids = this.byValue.get(value);
    if (!ids) {
      ids = new Set();
      this.byValue.set(value, ids);
    }
    ids.add(id);
    this.valueOfId.set(id, value);
  }

  remove(id: string): void {
    const value = this.valueOfId.get(id);
    if (value === undefined) return;
    this.valueOfId.delete(id);
    const ids = this.byValue.get(value);
    ids?.delete(id);
    if (ids?.size === 0) this.byValue.delete(value);
  }
}
