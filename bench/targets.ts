import type { RunResult } from './benchmark';

/** One target of issue 18, how the runs measured against it, and whether it is met. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);

/**
 * The targets `npm run bench` reports (never asserted in a timed test): requests per customer in a full sync,
 * the ratio to the latency bound at concurrency 16, wall time under a requests-per-minute limit, the no-change
 * and the 1% re-syncs. Each names the runs it was measured on; a target without its run is not met.
 */
export function checkTargets(runs: RunResult[]): TargetCheck[] {
  const of = (phase: RunResult['phase']) => runs.filter((r) => r.phase === phase);
  const checks: TargetCheck[] = [];
  const full = of('full');
  const worst = (pick: (r: RunResult) => number) => Math.max(...full.map(pick));
  checks.push({
    target: 'full sync: at most 2.0 Acumatica requests and 7.0 in all per customer',
    measured: full.length
      ? `at most ${fixed(worst((r) => r.requests_per_customer.acumatica))} Acumatica, ${fixed(worst((r) => r.requests_per_customer.total))} in all (${full.map((r) => `c${r.concurrency}: ${fixed(r.requests_per_customer.acumatica)}+${fixed(r.requests_per_customer.b2b)}`).join(', ')})`
      : 'no full run',
    met:
      full.length > 0 &&
      worst((r) => r.requests_per_customer.acumatica) <= 2 &&
      worst((r) => r.requests_per_customer.total) <= 7,
  });
  const at16 = full.find((r) => r.concurrency === 16);
  checks.push({
    target: 'full sync: ratio to the latency bound at least 0.85 at concurrency 16',
    measured: at16 ? fixed(at16.ratio_to_bound) : 'no full run at concurrency 16',
    met: (at16?.ratio_to_bound ?? 0) >= 0.85,
  });
  const limited = of('rate_limited')[0]?.rate_limit;
  checks.push({
    target: 'under a requests-per-minute limit: wall time within 1.1 × requests ÷ limit, 0 declined',
    measured: limited
      ? `${fixed(limited.ratio)} × requests ÷ limit (${limited.requests_per_minute}/min), ${limited.declined} declined, ${limited.throttled} delayed by Acumatica (longest ${fixed(limited.throttled_ms_max, 0)} ms)`
      : 'no rate-limited run',
    met: limited !== undefined && limited.ratio <= 1.1 && limited.declined === 0,
  });
  const quiet = of('no_change');
  checks.push({
    target: 'no-change re-sync: at most 0.05 requests per customer and 0 writes',
    measured: quiet.length
      ? quiet
          .map(
            (r) =>
              `c${r.concurrency} (${r.customers}): ${fixed(r.requests_per_customer.total, 3)}, ${r.writes.acumatica + r.writes.b2b} writes`,
          )
          .join('; ')
      : 'no no-change run',
    met:
      quiet.length > 0 &&
      quiet.every((r) => r.requests_per_customer.total <= 0.05 && r.writes.acumatica + r.writes.b2b === 0),
  });
  const changed = of('one_percent_changed');
  checks.push({
    target: '1% re-sync: within 1.25 × its minimum',
    measured: changed.length
      ? changed.map((r) => `c${r.concurrency} (${r.customers_synced} changed): ${fixed(r.ratio_to_minimum)}`).join('; ')
      : 'no 1% run',
    met: changed.length > 0 && changed.every((r) => r.ratio_to_minimum <= 1.25),
  });
  return checks;
}

export function formatTargets(checks: TargetCheck[]): string {
  return checks.map((c) => `${c.met ? 'met    ' : 'NOT MET'}  ${c.target}: ${c.measured}`).join('\n');
}
