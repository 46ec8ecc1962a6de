import type { CustomerResult, SyncReport } from '../../src/sync/report';
import type { SyncRun } from './world';

interface ReportedProblem {
  /** The customer it is about, when it is one customer's failure. */
  customerId?: string;
  /** True when it is the run stopping (the report's `problem`). */
  stopped?: boolean;
  text: string;
}

/** What went wrong in a sync: a run that could not start, failed customers, connector log rows not written. */
export function reportedProblems(report: SyncReport): ReportedProblem[] {
  const problems: ReportedProblem[] = [];
  if (report.problem) problems.push({ stopped: true, text: `the run stopped: ${report.problem}` });
  for (const customer of report.customers) {
    if (customer.outcome === 'failed') problems.push({ customerId: customer.customerId, text: `customer ${customer.customerId} failed: ${customer.reason}` });
  }
  if (report.logRowsFailed > 0) problems.push({ text: `${report.logRowsFailed} connector log row(s) could not be written` });
  return problems;
}

/** The problems of a sync that no step has checked. */
export function uncheckedProblems(run: SyncRun): string[] {
  if (run.checked.everything) return [];
  return reportedProblems(run.report)
    .filter((p) => !(p.stopped && run.checked.problem) && !(p.customerId && run.checked.customers.has(p.customerId)))
    .map((p) => p.text);
}

/** The result of one customer in a sync's report. */
export function customerResult(run: SyncRun, customerId: string): CustomerResult {
  const result = run.report.customers.find((c) => c.customerId === customerId);
  if (!result) {
    const listed = run.report.customers.map((c) => `${c.customerId} (${c.outcome})`).join(', ') || 'none';
    throw new Error(`The sync's report has no customer ${customerId}; it lists ${listed}${run.report.problem ? `; the run stopped: ${run.report.problem}` : ''}`);
  }
  return result;
}
