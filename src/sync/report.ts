import type { Selection } from './source';

/** What happened to one record in Better B2B. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped' | 'failed';

export interface ChildResult {
  /** Email of a user, label of an address. */
  key: string;
  outcome: WriteOutcome;
  reason?: string;
  b2bId?: number;
  /** A failure that was an outage (5xx, 429, time-out, network): it does not count as an attempt. */
  transient?: boolean;
}

export interface CustomerResult {
  customerId: string;
  name?: string;
  /**
   * synced: something was written; unchanged: Better B2B already matched; skipped: a rule said no;
   * failed: an error (logged); aborted: failed too often, left alone until `sync retry`.
   */
  outcome: 'synced' | 'unchanged' | 'skipped' | 'failed' | 'aborted';
  reason?: string;
  companyId?: number;
  company?: WriteOutcome;
  users: ChildResult[];
  addresses: ChildResult[];
  referenceIdsWritten: number;
  /** Hash of what was written (see fingerprint.ts), kept in the sync state. */
  fingerprint?: string;
  /** Failed attempts so far, when the outcome is failed or aborted. */
  attempts?: number;
  /** A failure that was only an outage (5xx, 429, time-out, network): not counted as an attempt. */
  transient?: boolean;
  /** What the company lacks because of its records (no Primary Admin, no billing address); WARNING rows. */
  warnings?: string[];
}

export interface Totals {
  synced: number;
  unchanged: number;
  skipped: number;
  failed: number;
  aborted: number;
}

export interface SyncReport {
  selection: Selection;
  dryRun: boolean;
  startedAt: string;
  finishedAt?: string;
  /** Set when the run could not start (connector off, Acumatica unreachable, customization missing). */
  problem?: string;
  totals: Totals;
  users: Record<WriteOutcome, number>;
  addresses: Record<WriteOutcome, number>;
  referenceIdsWritten: number;
  logRowsWritten: number;
  logRowsFailed: number;
  /** Customers a run of named customers (`--customer`, `sync retry`) did not find in Acumatica. */
  notFound?: string[];
  /** Warnings of the customers (each one is listed in `customers`). */
  warnings: number;
  /** Every skipped, failed or warned customer, and the first synced ones (see DETAIL_LIMIT). */
  customers: CustomerResult[];
}

/** Synced and unchanged customers listed one by one in a report; past it they are only counted. */
export const DETAIL_LIMIT = 200;

const zeroOutcomes = (): Record<WriteOutcome, number> => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  skipped: 0,
  failed: 0,
});

export function emptyReport(selection: Selection, dryRun: boolean): SyncReport {
  return {
    selection,
    dryRun,
    startedAt: new Date().toISOString(),
    totals: { synced: 0, unchanged: 0, skipped: 0, failed: 0, aborted: 0 },
    users: zeroOutcomes(),
    addresses: zeroOutcomes(),
    referenceIdsWritten: 0,
    logRowsWritten: 0,
    logRowsFailed: 0,
    warnings: 0,
    customers: [],
  };
}

/** Adds one customer's result to the report, keeping memory bounded on large runs. */
export function addResult(report: SyncReport, result: CustomerResult): void {
  const listedBefore = report.totals.synced + report.totals.unchanged;
  report.totals[result.outcome] += 1;
  for (const user of result.users) report.users[user.outcome] += 1;
  for (const address of result.addresses) report.addresses[address.outcome] += 1;
  report.referenceIdsWritten += result.referenceIdsWritten;
  report.warnings += result.warnings?.length ?? 0;
  const always =
    result.outcome === 'skipped' ||
    result.outcome === 'failed' ||
    result.outcome === 'aborted' ||
    (result.warnings?.length ?? 0) > 0;
  if (always || listedBefore < DETAIL_LIMIT) report.customers.push({ ...result, fingerprint: undefined });
}

/** A run succeeded when it could start and no customer failed or stays aborted. */
export function succeeded(report: SyncReport): boolean {
  return !report.problem && report.totals.failed === 0 && report.totals.aborted === 0;
}
