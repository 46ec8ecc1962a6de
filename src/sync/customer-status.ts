import type { Customer } from '../acumatica/entity-schemas';
import type { RecordState, SyncState } from '../state/sync-state';
import type { CustomerResult } from './report';

/**
 * Keeps a customer's status in the sync state, in the words of Acumatica's own commerce connector:
 * processed, filtered (with the reason), failed (with the attempts so far), aborted (failed too often).
 * A failure that was only an outage (`result.transient`) keeps the attempts as they were.
 */
export function recordStatus(state: SyncState, result: CustomerResult, maxFailedAttempts: number): CustomerResult {
  if (result.outcome === 'skipped') state.filtered(result.customerId, result.reason ?? '');
  else if (result.outcome === 'failed') {
    const reason = result.reason ?? 'failed';
    const saved = result.transient
      ? state.deferred(result.customerId, reason, result.companyId)
      : state.failed(result.customerId, reason, maxFailedAttempts, result.companyId);
    return {
      ...result,
      attempts: saved.attempts,
      reason:
        saved.status === 'aborted' && !result.transient
          ? `${result.reason} (aborted after ${saved.attempts} failed attempts; run sync retry)`
          : result.reason,
    };
  } else state.processed(result.customerId, result.companyId, result.fingerprint);
  return result;
}

/** The result of a customer left alone because it is aborted (until `sync retry` or a run that names it). */
export function abortedResult(
  customer: Pick<Customer, 'CustomerID' | 'CustomerName'>,
  previous: RecordState,
): CustomerResult {
  return {
    customerId: customer.CustomerID,
    name: customer.CustomerName,
    outcome: 'aborted',
    reason: `aborted after ${previous.attempts} failed attempts (last: ${previous.lastError ?? 'unknown'}); run sync retry`,
    users: [],
    addresses: [],
    referenceIdsWritten: 0,
    attempts: previous.attempts,
  };
}
