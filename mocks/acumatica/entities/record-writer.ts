import { isLinkedRow, type AcumaticaStore, type StoredRecord } from './store';

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
 * Writes to the store as Acumatica's graphs persist rows. A record's LastModifiedDateTime belongs to its own
 * row (Customer.LastModifiedDateTime maps to CurrentCustomer): it moves when one of its own fields, a detail
 * row or a custom field changes, not when only a linked entity does. A linked entity kept inside the record
 * (the main contact, DefContact; its address, DefAddress) is a row of its own with its own stamp, which
 * `$custom=DefContact.LastModifiedDateTime` reads. An insert also sets CreatedDateTime; every save is announced.
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

  /** Saves `after` (a new object, not the stored one); returns false when nothing changed. */
  save(entity: string, before: StoredRecord | undefined, after: StoredRecord): boolean {
    if (before && sameContent(before, after)) return false;
    const now = this.store.now();
    const { created, modified } = this.timestamps(entity);
    if (modified && (!before || ownContent(before) !== ownContent(after))) after.LastModifiedDateTime = now;
    if (!before && created) after.CreatedDateTime = now;
    stampChangedRows(before, after, now);
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

/** A row's own values: everything but the linked entities kept inside it (rows of their own). */
function ownContent(record: StoredRecord): string {
  return JSON.stringify(Object.entries(record).filter(([, value]) => !isLinkedRow(value)));
}

/** Stamps each linked row of `after` that is new or whose own values changed, at every depth. */
function stampChangedRows(before: StoredRecord | undefined, after: StoredRecord, now: string): void {
  for (const [name, row] of Object.entries(after)) {
    if (!isLinkedRow(row)) continue;
    const old = before?.[name];
    if (!isLinkedRow(old) || ownContent(old) !== ownContent(row)) row.LastModifiedDateTime = now;
    stampChangedRows(isLinkedRow(old) ? old : undefined, row, now);
  }
}
