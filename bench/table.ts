import type { RunResult } from './benchmark';

/** The results as a fixed-width table, one line per run. */
export function formatTable(results: RunResult[]): string {
  const header = [
    'phase',
    'conc',
    'customers',
    'wall s',
    'cust/s',
    'req/cust A+B',
    'min',
    'bound s',
    'ratio',
    'vs limit',
    'writes A/B',
    'RSS MB',
    'heap MB',
    'state rows/KB',
  ];
  const rows = results.map((r) => [
    r.phase.replace(/_/g, ' '),
    String(r.concurrency),
    `${r.customers_synced}/${r.customers}`,
    (r.wall_ms / 1000).toFixed(2),
    r.records_per_second.toFixed(0),
    `${r.requests_per_customer.acumatica.toFixed(2)}+${r.requests_per_customer.b2b.toFixed(2)}`,
    r.minimum_requests_per_customer.total ? r.minimum_requests_per_customer.total.toFixed(2) : '-',
    (r.lower_bound_ms / 1000).toFixed(2),
    r.ratio_to_bound ? r.ratio_to_bound.toFixed(2) : '-',
    r.rate_limit ? `${r.rate_limit.ratio.toFixed(2)}, ${r.rate_limit.declined} declined` : '-',
    `${r.writes.acumatica}/${r.writes.b2b}`,
    r.peak_rss_mb.toFixed(0),
    r.peak_heap_mb.toFixed(0),
    `${r.state_writes.rows}/${r.state_writes.disk_bytes === null ? '-' : Math.round(r.state_writes.disk_bytes / 1024)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
