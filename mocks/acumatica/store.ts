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
  /** Key indexes per entity and key-field list, kept up to date on save and delete, so lookups do not scan. */
  private indexes = new Map<string, Map<string, KeyIndex>>();
  /** Field indexes (records per value of one field), kept up to date the same way, for one-to-many links. */
  private groups = new Map<string, Map<string, GroupIndex>>();
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
    const id = this.index(entity, keyFields).get(keyOf(keyFields, keys));
    return id === undefined ? undefined : this.get(entity, id);
  }

  /** Every record whose `field` equals `value` (strings compared without case), in the order they were saved. */
  where(entity: string, field: string, value: unknown): StoredRecord[] {
    let byField = this.groups.get(entity);
    if (!byField) {
      byField = new Map();
      this.groups.set(entity, byField);
    }
    let group = byField.get(field);
    if (!group) {
      group = new GroupIndex(field);
      for (const [id, record] of this.table(entity)) group.put(id, record);
      byField.set(field, group);
    }
    return group.ids(keyOf([field], { [field]: value })).flatMap((id) => this.get(entity, id) ?? []);
  }

  save(entity: string, record: StoredRecord): void {
    const id = record.id.toLowerCase();
    for (const index of this.indexes.get(entity)?.values() ?? []) index.put(id, record);
    for (const group of this.groups.get(entity)?.values() ?? []) group.put(id, record);
    for (const [key, value] of this.counters) {
      const [counterEntity, field] = key.split('.') as [string, string];
      const number = record[field];
      if (counterEntity === entity && typeof number === 'number' && number > value) this.counters.set(key, number);
    }
    this.table(entity).set(id, record);
  }

  delete(entity: string, id: string): boolean {
    for (const index of this.indexes.get(entity)?.values() ?? []) index.remove(id.toLowerCase());
    for (const group of this.groups.get(entity)?.values() ?? []) group.remove(id.toLowerCase());
    return this.table(entity).delete(id.toLowerCase());
  }

  clear(): void {
    this.tables.clear();
    this.counters.clear();
    this.indexes.clear();
    this.groups.clear();
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

  private index(entity: string, keyFields: string[]): KeyIndex {
    let byFields = this.indexes.get(entity);
    if (!byFields) {
      byFields = new Map();
      this.indexes.set(entity, byFields);
    }
    const signature = keyFields.join('|');
    let index = byFields.get(signature);
    if (!index) {
      index = new KeyIndex(keyFields);
      for (const [id, record] of this.table(entity)) index.put(id, record);
      byFields.set(signature, index);
    }
    return index;
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

/** Key values as one string: strings trimmed and without case, as SQL Server compares them. */
function keyOf(keyFields: string[], values: Record<string, unknown>): string {
  return JSON.stringify(
    keyFields.map((field) => (typeof values[field] === 'string' ? (values[field] as string).trim().toLowerCase() : (values[field] ?? null))),
  );
}

/** Key values → record id for one list of key fields; the first record saved with a key keeps it. */
class KeyIndex {
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
class GroupIndex {
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
