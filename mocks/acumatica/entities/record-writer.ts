import type { AcumaticaStore, StoredRecord } from './store';

/** A saved or deleted top-level record, as push notifications see it. */
export interface RecordChange {
  entity: string;
  before: StoredRecord | undefined;
  after: StoredRecord | undefined;
}

export type ChangeListener = (change: RecordChange) => void;

/** Which timestamp fields an entity has (in any endpoint that exposes it). */
export type TimestampFields = (entity: string) => { created: boolean; modified: boolean };

/**
 * Writes to the store as Acumatica's graphs persist: a save that changes anything (a field, a linked entity
 * or a detail row) sets LastModifiedDateTime, an insert also CreatedDateTime; every change is announced.
 */
export class RecordWriter {
  private listeners: ChangeListener[] = [];

  constructor(
    readonly store: AcumaticaStore,
    private readonly timestamps: TimestampFields,
  ) {}

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Saves `after` (a new object, not the stored one); returns false when nothing changed. `touched` saves
   * it even so, for a record whose linked records changed in the same save.
   */
  save(entity: string, before: StoredRecord | undefined, after: StoredRecord, touched = false): boolean {
    if (before && !touched && sameContent(before, after)) return false;
    const now = this.store.now();
    const { created, modified } = this.timestamps(entity);
    if (modified) after.LastModifiedDateTime = now;
    if (!before && created) after.CreatedDateTime = now;
    this.store.save(entity, after);
    this.announce({ entity, before, after });
    return true;
  }

  delete(entity: string, record: StoredRecord): void {
    this.store.delete(entity, record.id);
    this.announce({ entity, before: record, after: undefined });
  }

  private announce(change: RecordChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function sameContent(a: StoredRecord, b: StoredRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
