/**
 * What the sync keeps between runs, as an interface: `SqliteStore` keeps it in an embedded database in
 * STATE_DIR; a store over a server database can take its place where several machines run the sync.
 * Every method that changes something is one transaction of its own.
 */

/** Where a customer stands, in the words of Acumatica's own commerce connector (Sync History). */
export type RecordStatus = 'processed' | 'failed' | 'filtered' | 'aborted';

export interface RecordState {
  status: RecordStatus;
  attempts: number;
  lastError?: string;
  /** Why a rule turned the customer down (filtered); the same reason is not logged again. */
  reason?: string;
  /** When this record last changed. */
  updatedAt: string;
  companyId?: number;
  /** A hash of what was last written to Better B2B; equal means nothing to write. */
  fingerprint?: string;
}

/** The systems a sync state belongs to; the state of one is never used for another. */
export interface StateTarget {
  acumaticaUrl: string;
  acumaticaTenant: string;
  b2bUrl: string;
}

/** The customers, the watermark and the systems they belong to. */
export interface RecordStore {
  /** Where the state is kept, for messages. */
  readonly location: string;
  /** Rows this store has inserted, updated or deleted since it was opened. */
  readonly rowsWritten: number;
  /** The systems recorded when the state was created; undefined for a new, empty state. */
  target(): StateTarget | undefined;
  /**
   * Records the target of a new state and runs `fill` (a migration) in the same transaction. Returns false,
   * without running `fill`, when another process has claimed the state first.
   */
  claim(target: StateTarget, fill?: (store: RecordStore) => void): boolean;
  watermark(): string | undefined;
  setWatermark(time: string): void;
  record(customerId: string): RecordState | undefined;
  /** Every customer, sorted by id. */
  records(): Array<[string, RecordState]>;
  customersWithStatus(status: RecordStatus): string[];
  putRecord(customerId: string, record: RecordState): void;
}

/** Who holds the run lock of a connector. */
export interface LockHolder {
  pid: number;
  host: string;
  /** What the holder runs (`sync`, `sync retry`, `serve`). */
  command: string;
  since: string;
  /** Refreshed while the holder runs; a lock whose heartbeat stopped is stale. */
  heartbeat: string;
  /** Tells two processes with the same pid apart (a container restarted, a pid reused). */
  token: string;
}

/** The run lock: one holder at a time, changed only by compare-and-set. */
export interface LockStore {
  lockHolder(): LockHolder | undefined;
  /** Makes `next` the holder if `expected` still is (undefined: nobody); true when it did. */
  replaceLock(expected: LockHolder | undefined, next: LockHolder): boolean;
  /** Refreshes the heartbeat of the holder with this token; false when it no longer holds the lock. */
  refreshLock(token: string, heartbeat: string): boolean;
  releaseLock(token: string): void;
}

/** Push notifications acknowledged but not yet synced, and the ids of those already seen. */
export interface PushInbox {
  /** Keeps the notification's customers until they are synced; false (and nothing kept) for an id seen before. */
  accept(notificationId: string, customerIds: string[]): boolean;
  /** The customers waiting, the longest-waiting first. */
  pending(): string[];
  /** A mark of what has arrived so far, for `done`. */
  mark(): number;
  /** Forgets the customers synced, as far as they arrived up to `mark` (a later notification keeps them waiting). */
  done(customerIds: string[], mark: number): void;
}

export interface StateStore extends RecordStore, LockStore, PushInbox {
  close(): void;
}
