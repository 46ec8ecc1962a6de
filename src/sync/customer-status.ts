import type { Customer } from '../acumatica/entity-schemas';
import type { RecordState, SyncState } from '../state/sync-state';
import type { CustomerResult } from './report';

/**
 * Keeps a customer's status in the sync state, in the words of Acumatica's own commerce connector:
 * processed, filtered (with the reason), failed (with the attempts so far), aborted (failed too often).
 */
export function recordStatus(state: SyncState, result: CustomerResult, maxFailedAttempts: number): CustomerResult {
  if (result.outcome === 'skipped') state.filtered(result.customerId, result.reason ?? '');
  else if (result.outcome === 'failed') {
    const saved = state.failed(result.customerId, result.reason ?? 'failed', maxFailedAttempts, result.companyId);
    return {
      ...result,
      attempts: saved.attempts,
      reason:
        saved.status === 'aborted'
          ? `${result.reason} (aborted after ${saved.attempts} failed attempts; run sync retry)`
          : result.reason,
    };
  } else state.processed(result.customerId, result.companyId, result.fingerprint);
  return result;
}

/** The result of a customer left alone because it is aborted (until `sync retry` or a run that names it). */
export function abortedResult(customer: Customer, previous: RecordState): CustomerResult {
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
