import type { Selection } from './source';
import type { ChildResult, CustomerResult, SyncReport, WriteOutcome } from './report';

/** A readable account of a run, for a person at a terminal. */
export function formatSummary(report: SyncReport): string {
  const lines: string[] = [];
  const what = describeSelection(report.selection);
  const seconds = report.finishedAt
    ? ((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000).toFixed(1)
    : '?';
  lines.push(`${report.dryRun ? 'Dry run' : 'Sync'} of ${what}: ${seconds} s`);
  if (report.problem) lines.push(`  Stopped: ${report.problem}`);
  const { synced, unchanged, skipped, failed, aborted } = report.totals;
  const syncedWord = report.dryRun ? 'would sync' : 'synced';
  lines.push(
    `  Customers: ${synced} ${syncedWord}, ${unchanged} unchanged, ${skipped} skipped, ${failed} failed${aborted ? `, ${aborted} aborted` : ''}`,
  );
  for (const customer of report.customers) lines.push(`    ${formatCustomer(customer, report.dryRun)}`);
  const listed = report.customers.length;
  const total = synced + unchanged + skipped + failed + aborted;
  if (listed < total) lines.push(`    … and ${total - listed} more ${syncedWord} or unchanged customers`);
  if (report.notFound?.length) lines.push(`  Not found in Acumatica: ${report.notFound.join(', ')}`);
  if (report.warnings) lines.push(`  Warnings: ${report.warnings} (each on its customer above)`);
  lines.push(`  Users: ${formatOutcomes(report.users, report.dryRun)}`);
  lines.push(`  Addresses: ${formatOutcomes(report.addresses, report.dryRun)}`);
  if (!report.dryRun) lines.push(`  Commerce Reference IDs written back: ${report.referenceIdsWritten}`);
  lines.push(
    `  Connector log rows written: ${report.logRowsWritten}${report.logRowsFailed ? ` (${report.logRowsFailed} could not be written)` : ''}`,
  );
  return lines.join('\n');
}

export function describeSelection(selection: Selection): string {
  switch (selection.kind) {
    case 'all':
      return 'all customers';
    case 'customer':
      return `customer ${selection.customerId}`;
    case 'customers':
      return `${selection.customerIds.length} customer${selection.customerIds.length === 1 ? '' : 's'} (${selection.customerIds.slice(0, 5).join(', ')}${selection.customerIds.length > 5 ? ', …' : ''})`;
    case 'since':
      return `customers changed since ${selection.since.toISOString()}`;
    case 'incremental':
      return 'customers changed since the last run';
  }
}

function formatCustomer(customer: CustomerResult, dryRun: boolean): string {
  const outcome = dryRun && customer.outcome === 'synced' ? 'would sync' : customer.outcome;
  const head = `${outcome.padEnd(9)} ${customer.customerId}${customer.name ? ` ${customer.name}` : ''}`;
  const warnings = (customer.warnings ?? []).map((warning) => `; warning: ${warning}`).join('');
  if (
    customer.outcome === 'skipped' ||
    customer.outcome === 'aborted' ||
    (customer.outcome === 'failed' && customer.company === undefined)
  ) {
    return `${head}: ${customer.reason}${transientNote(customer)}`;
  }
  const company = customer.companyId ? `company ${customer.companyId}` : 'company';
  const parts = [`${company} ${word(customer.company ?? 'unchanged', dryRun)}`];
  parts.push(
    `users ${formatChildren(customer.users, dryRun)}`,
    `addresses ${formatChildren(customer.addresses, dryRun)}`,
  );
  const tail = customer.outcome === 'failed' ? `; failed: ${customer.reason}${transientNote(customer)}` : '';
  return `${head} → ${parts.join('; ')}${tail}${warnings}`;
}

/** A failure that was an outage is retried by the next run without using up an attempt. */
function transientNote(customer: CustomerResult): string {
  return customer.outcome === 'failed' && customer.transient
    ? ' (an outage: retried by the next run, not counted as an attempt)'
    : '';
}

/** An outcome as the summary says it: on a dry run, what would be done ("would create"). */
function word(outcome: WriteOutcome, dryRun: boolean): string {
  if (!dryRun) return outcome;
  const would: Partial<Record<WriteOutcome, string>> = {
    created: 'would create',
    updated: 'would update',
    deleted: 'would delete',
  };
  return would[outcome] ?? outcome;
}

function formatChildren(children: ChildResult[], dryRun: boolean): string {
  if (children.length === 0) return 'none';
  return children.map((child) => `${child.key} (${word(child.outcome, dryRun)})`).join(', ');
}

function formatOutcomes(counts: Record<WriteOutcome, number>, dryRun: boolean): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${word(outcome as WriteOutcome, dryRun)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
