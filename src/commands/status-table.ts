import type { SyncState } from '../state/sync-state';

/** The sync state as a table for a terminal: one line per customer, the reason or last error last. */
export function formatStatus(state: SyncState): string {
  const entries = state.entries();
  const lines = [
    `Sync state: ${state.file}`,
    `Watermark: ${state.watermark?.toISOString() ?? 'none (the next run reads every customer)'}`,
  ];
  if (entries.length === 0) return [...lines, 'No customer has been synced yet.'].join('\n');
  const counts = new Map<string, number>();
  for (const [, record] of entries) counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
  lines.push(`Customers: ${[...counts].map(([status, count]) => `${count} ${status}`).join(', ')}`, '');
  lines.push(`${'CUSTOMER'.padEnd(14)}${'STATUS'.padEnd(11)}${'ATTEMPTS'.padEnd(10)}${'UPDATED'.padEnd(26)}DETAIL`);
  for (const [id, record] of entries) {
    const detail = record.lastError ?? record.reason ?? (record.companyId ? `company ${record.companyId}` : '');
    lines.push(
      `${id.padEnd(14)}${record.status.padEnd(11)}${String(record.attempts).padEnd(10)}${record.updatedAt.padEnd(26)}${detail}`,
    );
  }
  return lines.join('\n');
}
