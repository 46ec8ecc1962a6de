import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SyncError } from '../errors';
import type { LockHolder, RecordState, RecordStatus, RecordStore, StateStore, StateTarget } from './store';

const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE customer (
    customer_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('processed', 'failed', 'filtered', 'aborted')),
    attempts INTEGER NOT NULL,
    last_error TEXT,
    reason TEXT,
    updated_at TEXT NOT NULL,
    company_id INTEGER,
    fingerprint TEXT
  ) WITHOUT ROWID;
  CREATE TABLE run_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    command TEXT NOT NULL,
    since TEXT NOT NULL,
    heartbeat TEXT NOT NULL,
    token TEXT NOT NULL
  );
  CREATE TABLE push_inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
  CREATE INDEX push_inbox_by_customer ON push_inbox (customer_id);
  CREATE TABLE push_seen (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL
  );
`;

/** Notification ids remembered for spotting resends; Acumatica resends within minutes, not thousands later. */
const SEEN_KEPT = 10_000;

interface CustomerRow {
  customer_id: string;
  status: RecordStatus;
  attempts: number;
  last_error: string | null;
  reason: string | null;
  updated_at: string;
  company_id: number | null;
  fingerprint: string | null;
}

/**
 * The sync state in an SQLite database (better-sqlite3), in WAL mode: readers never wait for the writer, and
 * each change is a small transaction appended to the write-ahead log, so a run writes in proportion to the
 * customers that changed. Commits survive a crash of the process (kill -9); the inbox of `serve`, which
 * answers 202 only after it committed, is also flushed to disk before the answer.
 */
export class SqliteStore implements StateStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private written = 0;

  constructor(readonly location: string) {
    let db: Database.Database | undefined;
    try {
      mkdirSync(dirname(location), { recursive: true });
      db = this.db = new Database(location, { timeout: 10_000 });
      // Small pages: a customer's commit appends one or two of them to the log (a new database only).
      this.db.pragma('page_size = 1024');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.migrate();
    } catch (error) {
      db?.close();
      throw new SyncError(
        `Failed to open the sync state ${location}: ${(error as Error).message}. ` +
          'Check STATE_DIR; a file that is not a sync state can be moved away (the next run then compares every customer with Better B2B).',
        { cause: error },
      );
    }
  }

  get rowsWritten(): number {
    return this.written;
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version > SCHEMA_VERSION)
      throw new Error(
        `it was written by a newer version of the sync (schema ${version}, this one knows ${SCHEMA_VERSION})`,
      );
    this.db
      .transaction(() => {
        if ((this.db.pragma('user_version', { simple: true }) as number) === SCHEMA_VERSION) return;
        this.db.exec(SCHEMA);
        this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })
      .immediate();
  }

  /** A prepared statement, prepared once. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** Runs a statement and counts the rows it changed. */
  private run(sql: string, ...params: unknown[]): number {
    const changes = this.sql(sql).run(...params).changes;
    this.written += changes;
    return changes;
  }

  private meta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private setMeta(key: string, value: string): void {
    this.run(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      key,
      value,
    );
  }

  // The records -------------------------------------------------------------------------------------------------

  target(): StateTarget | undefined {
    const acumaticaUrl = this.meta('acumatica_url');
    if (acumaticaUrl === undefined) return undefined;
    return { acumaticaUrl, acumaticaTenant: this.meta('acumatica_tenant') ?? '', b2bUrl: this.meta('b2b_url') ?? '' };
  }

  claim(target: StateTarget, fill?: (store: RecordStore) => void): boolean {
    return this.db
      .transaction(() => {
        if (this.target()) return false;
        this.setMeta('acumatica_url', target.acumaticaUrl);
        this.setMeta('acumatica_tenant', target.acumaticaTenant);
        this.setMeta('b2b_url', target.b2bUrl);
        this.setMeta('created_at', new Date().toISOString());
        fill?.(this);
        return true;
      })
      .immediate();
  }

  watermark(): string | undefined {
    return this.meta('watermark');
  }

  setWatermark(time: string): void {
    this.setMeta('watermark', time);
  }

  record(customerId: string): RecordState | undefined {
    const row = this.sql('SELECT * FROM customer WHERE customer_id = ?').get(customerId) as CustomerRow | undefined;
    return row && toRecord(row);
  }

  records(): Array<[string, RecordState]> {
    const rows = this.sql('SELECT * FROM customer ORDER BY customer_id').all() as CustomerRow[];
    return rows.map((row) => [row.customer_id, toRecord(row)]);
  }

  customersWithStatus(status: RecordStatus): string[] {
    return this.sql('SELECT customer_id FROM customer WHERE status = ? ORDER BY customer_id')
      .pluck()
      .all(status) as string[];
  }

  putRecord(customerId: string, record: RecordState): void {
    this.run(
      `INSERT INTO customer (customer_id, status, attempts, last_error, reason, updated_at, company_id, fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (customer_id) DO UPDATE SET status = excluded.status, attempts = excluded.attempts,
         last_error = excluded.last_error, reason = excluded.reason, updated_at = excluded.updated_at,
         company_id = excluded.company_id, fingerprint = excluded.fingerprint`,
      customerId,
      record.status,
      record.attempts,
      record.lastError ?? null,
      record.reason ?? null,
      record.updatedAt,
      record.companyId ?? null,
      record.fingerprint ?? null,
    );
  }

  // The run lock ------------------------------------------------------------------------------------------------

  lockHolder(): LockHolder | undefined {
    return this.sql('SELECT pid, host, command, since, heartbeat, token FROM run_lock WHERE id = 1').get() as
      LockHolder | undefined;
  }

  replaceLock(expected: LockHolder | undefined, next: LockHolder): boolean {
    return this.db
      .transaction(() => {
        if (this.lockHolder()?.token !== expected?.token) return false;
        this.run(
          `INSERT INTO run_lock (id, pid, host, command, since, heartbeat, token) VALUES (1, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host, command = excluded.command,
             since = excluded.since, heartbeat = excluded.heartbeat, token = excluded.token`,
          next.pid,
          next.host,
          next.command,
          next.since,
          next.heartbeat,
          next.token,
        );
        return true;
      })
      .immediate();
  }

  refreshLock(token: string, heartbeat: string): boolean {
    return this.run('UPDATE run_lock SET heartbeat = ? WHERE token = ?', heartbeat, token) === 1;
  }

  releaseLock(token: string): void {
    this.run('DELETE FROM run_lock WHERE token = ?', token);
  }

  // The push inbox ----------------------------------------------------------------------------------------------

  accept(notificationId: string, customerIds: string[]): boolean {
    return this.durably(() => {
      const at = new Date().toISOString();
      if (
        this.run(
          'INSERT INTO push_seen (notification_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
          notificationId,
          at,
        ) === 0
      )
        return false;
      this.run('DELETE FROM push_seen WHERE seq <= (SELECT MAX(seq) FROM push_seen) - ?', SEEN_KEPT);
      for (const customerId of customerIds)
        this.run(
          'INSERT INTO push_inbox (customer_id, notification_id, received_at) VALUES (?, ?, ?)',
          customerId,
          notificationId,
          at,
        );
      return true;
    });
  }

  pending(): string[] {
    return this.sql('SELECT customer_id FROM push_inbox GROUP BY customer_id ORDER BY MIN(seq)')
      .pluck()
      .all() as string[];
  }

  mark(): number {
    return this.sql('SELECT COALESCE(MAX(seq), 0) FROM push_inbox').pluck().get() as number;
  }

  done(customerIds: string[], mark: number): void {
    this.db.transaction(() => {
      for (const customerId of customerIds)
        this.run('DELETE FROM push_inbox WHERE customer_id = ? AND seq <= ?', customerId, mark);
    })();
  }

  /** Runs a transaction that is on disk, not only in the operating system's cache, when it returns. */
  private durably<T>(work: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return this.db.transaction(work).immediate();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toRecord(row: CustomerRow): RecordState {
  const record: RecordState = { status: row.status, attempts: row.attempts, updatedAt: row.updated_at };
  if (row.last_error !== null) record.lastError = row.last_error;
  if (row.reason !== null) record.reason = row.reason;
  if (row.company_id !== null) record.companyId = row.company_id;
  if (row.fingerprint !== null) record.fingerprint = row.fingerprint;
  return record;
}
