import { readFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { openState, parseConfig, syncFromSettings, type Selection } from '../src';

/**
 * One sync run in a process of its own, so that its peak memory is its own and not the mocks'. Reads its
 * settings from the environment and the selection from argv[2] ("all" or "incremental"); prints one JSON line.
 */
async function main(): Promise<void> {
  const config = parseConfig({
    ACUMATICA_URL: process.env.ACUMATICA_URL,
    B2B_URL: process.env.B2B_URL,
    STATE_DIR: process.env.STATE_DIR,
    SYNC_CONCURRENCY: process.env.SYNC_CONCURRENCY,
    PAGE_SIZE: process.env.PAGE_SIZE ?? 100,
    ACUMATICA_REQUESTS_PER_MINUTE: process.env.ACUMATICA_REQUESTS_PER_MINUTE,
    LOG_LEVEL: 'silent',
  });
  const selection: Selection = process.argv[2] === 'all' ? { kind: 'all' } : { kind: 'incremental' };
  // With --expose-gc (the memory runs), the heap is what is left after full collections: those V8 makes as the
  // sync runs, and one forced every 5 s (more often costs the run a third of its speed). That is what the sync
  // keeps alive, not the garbage V8 has not collected yet. Otherwise heapUsed is sampled as it is.
  const collect = (globalThis as { gc?: () => void }).gc;
  let peakHeapMb = 0;
  const sample = () => {
    peakHeapMb = Math.max(peakHeapMb, process.memoryUsage().heapUsed / 2 ** 20);
  };
  const afterFullCollections = new PerformanceObserver((list) => {
    if (
      list
        .getEntries()
        .some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
    )
      sample();
  });
  if (collect) afterFullCollections.observe({ entryTypes: ['gc'] });
  const sampler = setInterval(collect ? () => (collect(), sample()) : sample, collect ? 5000 : 100);
  const started = process.hrtime.bigint();
  const diskBefore = diskBytesWritten();
  const state = openState(config);
  const report = await syncFromSettings(config, { selection, state });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const stateRowsWritten = state.rowsWritten;
  state.close();
  clearInterval(sampler);
  afterFullCollections.disconnect();
  collect?.();
  sample();
  process.stdout.write(
    `${JSON.stringify({ wallMs, totals: report.totals, problem: report.problem, users: report.users, addresses: report.addresses, peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb, stateRowsWritten, diskBytesWritten: diskDelta(diskBefore, diskBytesWritten()) })}\n`,
  );
}

/**
 * Bytes this process has written to disk so far, as Linux counts them (write_bytes of /proc/self/io: page-cache
 * pages it dirtied); the sync writes nothing to disk but its state (Node's own start, before, writes some). Undefined where there is no /proc.
 */
function diskBytesWritten(): number | undefined {
  try {
    return Number(/^write_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
}

function diskDelta(before: number | undefined, after: number | undefined): number | undefined {
  return before === undefined || after === undefined ? undefined : after - before;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
