import type { CustomerResult } from '../../src/sync/report';
import { textMatches } from './text-match';
import type { SyncRun } from './connector-under-test';

/** What each run reported that went wrong and that no step checked. */
export function uncheckedProblems(runs: SyncRun[]): string[] {
  const problems: string[] = [];
  runs.forEach((run, index) => {
    const which = `sync ${index + 1}`;
    if (run.report.problem && !run.checked.has('problem'))
      problems.push(`${which} could not start: ${run.report.problem}`);
    for (const customer of run.report.customers) {
      if ((customer.outcome === 'failed' || customer.outcome === 'aborted') && !run.checked.has(customer.customerId)) {
        problems.push(`${which}: customer ${customer.customerId} ${customer.outcome}: ${customer.reason}`);
      }
    }
    if (run.report.logRowsFailed > 0 && !run.checked.has('logRows'))
      problems.push(`${which}: ${run.report.logRowsFailed} connector log rows could not be written`);
  });
  return problems;
}

/** The customer's result in a run, or an error that says what the run reported instead. */
export function resultOf(run: SyncRun, customerId: string): CustomerResult {
  const result = run.report.customers.find((customer) => customer.customerId === customerId);
  if (!result) throw new Error(`The sync did not report customer ${customerId}; it reported ${describeResults(run)}`);
  return result;
}

/** Checks a customer's outcome (and reason), and marks a failure as checked. */
export function expectOutcome(
  run: SyncRun,
  customerId: string,
  outcome: CustomerResult['outcome'],
  reason?: string,
): void {
  const result = resultOf(run, customerId);
  if (result.outcome !== outcome || (reason !== undefined && !textMatches(reason, result.reason))) {
    const expected = reason === undefined ? outcome : `${outcome} because "${reason}"`;
    throw new Error(
      `Expected customer ${customerId} ${expected}; the sync reported it ${result.outcome}${result.reason ? ` because "${result.reason}"` : ''}`,
    );
  }
  run.checked.add(customerId);
}

export function describeResults(run: SyncRun): string {
  const customers = run.report.customers.map((c) => `${c.customerId} ${c.outcome}${c.reason ? ` (${c.reason})` : ''}`);
  return `${customers.join('; ') || 'no customer'}${run.report.problem ? `; problem: ${run.report.problem}` : ''}`;
}

/** Asserts that a run could start and that no customer failed or is aborted; marks the run as checked. */
export function expectNoFailures(run: SyncRun): void {
  const { problem, totals } = run.report;
  if (problem || totals.failed > 0 || totals.aborted > 0 || run.report.logRowsFailed > 0) {
    throw new Error(
      `Expected a sync without failures; it reported ${describeResults(run)}${run.report.logRowsFailed ? `; ${run.report.logRowsFailed} log rows not written` : ''}`,
    );
  }
}
