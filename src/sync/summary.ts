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
  lines.push(
    `  Customers: ${synced} synced, ${unchanged} unchanged, ${skipped} skipped, ${failed} failed${aborted ? `, ${aborted} aborted` : ''}`,
  );
  for (const customer of report.customers) lines.push(`    ${formatCustomer(customer, report.dryRun)}`);
  const listed = report.customers.length;
  const total = synced + unchanged + skipped + failed + aborted;
  if (listed < total) lines.push(`    … and ${total - listed} more synced or unchanged customers`);
  lines.push(`  Users: ${formatOutcomes(report.users)}`);
  lines.push(`  Addresses: ${formatOutcomes(report.addresses)}`);
  lines.push(`  Commerce Reference IDs written back: ${report.referenceIdsWritten}`);
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
  const head = `${customer.outcome.padEnd(9)} ${customer.customerId}${customer.name ? ` ${customer.name}` : ''}`;
  if (
    customer.outcome === 'skipped' ||
    customer.outcome === 'aborted' ||
    (customer.outcome === 'failed' && customer.company === undefined)
  ) {
    return `${head}: ${customer.reason}`;
  }
  const company = customer.companyId ? `company ${customer.companyId}` : 'company';
  const parts = [`${company} ${dryRun ? `would be ${customer.company}` : customer.company}`];
  parts.push(`users ${formatChildren(customer.users)}`, `addresses ${formatChildren(customer.addresses)}`);
  const tail = customer.outcome === 'failed' ? `; failed: ${customer.reason}` : '';
  return `${head} → ${parts.join('; ')}${tail}`;
}

function formatChildren(children: ChildResult[]): string {
  if (children.length === 0) return 'none';
  return children.map((child) => `${child.key} (${child.outcome})`).join(', ');
}

function formatOutcomes(counts: Record<WriteOutcome, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
