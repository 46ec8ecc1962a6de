import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axios from 'axios';
import { acumaticaFixture } from '../mocks/fixtures';
import { startMocks, type RunningMocks } from '../mocks/harness';
import { generateTenant } from './generate';

export interface BenchOptions {
  customers: number;
  latencyMs: number;
  concurrencies: number[];
  /**
   * A run at concurrency c syncs at most c × this many customers, so that every run's lower bound is about the
   * same (200 → some 24 s at 20 ms, six requests a customer) and the whole benchmark stays under 5 minutes.
   */
  customersPerWorker: number;
  /** Customer counts of the memory runs (no latency, concurrency 16); empty skips them. */
  memoryCustomers: number[];
  /**
   * The run under an emulated license limit: the mock's Requests per Minute set to `requestsPerMinute` and the
   * sync told the same (ACUMATICA_REQUESTS_PER_MINUTE), at concurrency 16 with the latency; absent skips it.
   */
  rateLimited?: { customers: number; requestsPerMinute: number };
  pageSize: number;
  onProgress?: (line: string) => void;
}

/** One measured sync run (snake_case, as written to bench/results.json). */
export interface RunResult {
  phase: 'full' | 'no_change' | 'one_percent_changed' | 'memory' | 'rate_limited';
  concurrency: number;
  customers: number;
  customers_synced: number;
  latency_ms: number;
  wall_ms: number;
  records_per_second: number;
  requests: { acumatica: number; b2b: number; total: number };
  writes: { acumatica: number; b2b: number };
  requests_per_customer: { acumatica: number; b2b: number; total: number };
  minimum_requests_per_customer: { acumatica: number; b2b: number; total: number };
  ratio_to_minimum: number;
  lower_bound_ms: number;
  ratio_to_bound: number;
  peak_rss_mb: number;
  /**
   * The JavaScript heap in use at its highest: in the memory runs after a full collection each second (what the
   * sync keeps alive, ts-node's compiler included); in the others as sampled, garbage included.
   */
  peak_heap_mb: number;
  /**
   * What the run wrote to the sync state: rows of the database (inserted, updated or deleted), and bytes the
   * sync process wrote to disk as Linux counts them (null without /proc).
   */
  state_writes: { rows: number; disk_bytes: number | null };
  totals: Record<string, number>;
  /** The run under a requests-per-minute limit: wall time against Acumatica's requests ÷ the limit. */
  rate_limit?: {
    requests_per_minute: number;
    /** Acumatica requests × 60 s ÷ the limit: the least wall time the limit allows. */
    requests_over_limit_ms: number;
    /** Wall time ÷ that. */
    ratio: number;
    declined: number;
    /** Requests Acumatica delayed (from half the limit on, it delays each by the minute's time left over the requests left). */
    throttled: number;
    throttled_ms_total: number;
    throttled_ms_max: number;
  };
}

interface ChildOutput {
  wallMs: number;
  totals: Record<string, number>;
  problem?: string;
  peakRssMb: number;
  peakHeapMb: number;
  stateRowsWritten: number;
  diskBytesWritten?: number;
}

/** Connector log rows per request (ConnectorLogBatch), as src/sync/connector-log.ts sends them. */
const LOG_ROWS_PER_REQUEST = 500;

/**
 * The fewest requests the design can make for a phase, in all (divide by the customers for the figure per
 * customer), for customers with two contacts and one location, in pages of `pageSize`:
 * - each run: Acumatica sign-in, the connector, the customer classes, sign-out; Better B2B the roles. An
 *   incremental run also asks what changed since the watermark: contacts, locations, site associations;
 * - each page of customers read: Acumatica the customers, their site associations, contacts and locations
 *   (one request each), and one request per 500 connector log rows;
 * - each customer synced in full: Better B2B 5 writes (company, 2 addresses, 2 users), Acumatica 1 write-back
 *   (all its Commerce Reference IDs) and 5 log rows;
 * - each customer whose phone changed (it is on the company and on the billing address): Better B2B the
 *   company update, one read of the address book (the sync keeps no address ids) and the address update;
 *   Acumatica 2 log rows and no write-back (the ids are written already);
 * - a run with nothing changed reads one empty page of customers.
 */
export function minimumRequests(
  phase: RunResult['phase'],
  pageSize: number,
  synced: number,
): { acumatica: number; b2b: number } {
  const incremental = phase === 'no_change' || phase === 'one_percent_changed';
  const perRun = { acumatica: 4 + (incremental ? 3 : 0), b2b: 1 };
  const pages = Math.max(1, Math.ceil(synced / pageSize));
  const rowsPerCustomer = phase === 'one_percent_changed' ? 2 : 5;
  const logRequests = (rows: number) => Math.ceil(rows / LOG_ROWS_PER_REQUEST);
  if (phase === 'no_change') return { acumatica: perRun.acumatica + 1, b2b: perRun.b2b };
  const pageReads = Array.from({ length: pages }, (_, page) => {
    const onPage = Math.min(pageSize, synced - page * pageSize);
    return 4 + logRequests(onPage * rowsPerCustomer);
  }).reduce((a, b) => a + b, 0);
  const writeBacks = phase === 'one_percent_changed' ? 0 : synced;
  return {
    acumatica: perRun.acumatica + pageReads + writeBacks,
    b2b: perRun.b2b + synced * (phase === 'one_percent_changed' ? 3 : 5),
  };
}

export async function runBenchmark(options: BenchOptions): Promise<RunResult[]> {
  const mocks = await startMocks();
  const results: RunResult[] = [];
  const say = options.onProgress ?? (() => undefined);
  try {
    for (const concurrency of options.concurrencies) {
      const customers = Math.min(options.customers, concurrency * options.customersPerWorker);
      const tenant = seed(mocks, customers);
      const stateDir = mkdtempSync(join(tmpdir(), 'bench-state-'));
      const run = async (phase: RunResult['phase'], selection: 'all' | 'incremental', synced: number) => {
        say(`concurrency ${concurrency}, ${customers} customers: ${phase.replace(/_/g, ' ')}…`);
        const result = await measure(mocks, {
          phase,
          selection,
          concurrency,
          customers,
          synced,
          stateDir,
          latencyMs: options.latencyMs,
          pageSize: options.pageSize,
        });
        results.push(result);
        say(`  ${Math.round(result.wall_ms)} ms, ratio to bound ${result.ratio_to_bound.toFixed(2)}`);
      };
      await run('full', 'all', customers);
      await run('no_change', 'incremental', 0);
      const changed = await changeCustomers(mocks, tenant.customerIds, Math.max(1, Math.ceil(customers / 100)));
      await run('one_percent_changed', 'incremental', changed);
      rmSync(stateDir, { recursive: true, force: true });
    }
    if (options.rateLimited) {
      const { customers, requestsPerMinute } = options.rateLimited;
      seed(mocks, customers);
      const stateDir = mkdtempSync(join(tmpdir(), 'bench-state-'));
      say(`rate limited: ${customers} customers, ${requestsPerMinute} requests a minute, concurrency 16…`);
      mocks.acumatica.limiter.limits = { ...mocks.acumatica.limiter.limits, requestsPerMinute };
      mocks.acumatica.limiter.resetWindow();
      try {
        const result = await measure(mocks, {
          phase: 'rate_limited',
          selection: 'all',
          concurrency: 16,
          customers,
          synced: customers,
          stateDir,
          latencyMs: options.latencyMs,
          pageSize: options.pageSize,
          requestsPerMinute,
        });
        results.push(result);
        say(`  ${Math.round(result.wall_ms)} ms, ${result.rate_limit?.ratio.toFixed(2)} × requests ÷ limit`);
      } finally {
        mocks.acumatica.limiter.limits = { ...mocks.acumatica.limiter.limits, requestsPerMinute: null };
        rmSync(stateDir, { recursive: true, force: true });
      }
    }
    for (const customers of options.memoryCustomers) {
      seed(mocks, customers);
      const stateDir = mkdtempSync(join(tmpdir(), 'bench-state-'));
      say(`memory: ${customers} customers, no latency, concurrency 16…`);
      results.push(
        await measure(mocks, {
          phase: 'memory',
          selection: 'all',
          concurrency: 16,
          customers,
          synced: customers,
          stateDir,
          latencyMs: 0,
          pageSize: options.pageSize,
        }),
      );
      rmSync(stateDir, { recursive: true, force: true });
    }
  } finally {
    await mocks.stop();
  }
  return results;
}

function seed(mocks: RunningMocks, customers: number) {
  const tenant = generateTenant(customers, acumaticaFixture() as Record<string, unknown[]>);
  mocks.acumatica.seed(tenant.acumatica);
  // The rows the mock stamps as it loads them (a main contact, its address, site associations) age with the
  // records: an hour on, none falls in the seconds the watermark keeps behind the server's clock.
  mocks.acumatica.advanceClock(3_600_000);
  mocks.b2b.reset();
  return tenant;
}

/** Changes the phone of `count` customers spread over the tenant, through Acumatica's REST API. */
async function changeCustomers(mocks: RunningMocks, customerIds: string[], count: number): Promise<number> {
  const http = axios.create({ baseURL: mocks.acumatica.url });
  const login = await http.post('/entity/auth/login', { name: 'admin', password: 'admin', tenant: 'Company' });
  const Cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const step = Math.max(1, Math.floor(customerIds.length / count));
  let changed = 0;
  for (let i = 0; i < customerIds.length && changed < count; i += step) {
    await http.put(
      '/entity/KensiumCommerce/24.200.001/Customer',
      { CustomerID: { value: customerIds[i] }, MainContact: { Phone1: { value: `777${String(i).padStart(7, '0')}` } } },
      { headers: { Cookie } },
    );
    changed += 1;
  }
  await http.post('/entity/auth/logout', undefined, { headers: { Cookie } });
  return changed;
}

interface MeasureSpec {
  phase: RunResult['phase'];
  selection: 'all' | 'incremental';
  concurrency: number;
  customers: number;
  synced: number;
  stateDir: string;
  latencyMs: number;
  pageSize: number;
  /** Set for the rate-limited run: the sync paces its Acumatica requests under it. */
  requestsPerMinute?: number;
}

async function measure(mocks: RunningMocks, spec: MeasureSpec): Promise<RunResult> {
  mocks.acumatica.journal.clear();
  mocks.b2b.journal.clear();
  if (spec.latencyMs > 0) {
    mocks.acumatica.faults.add({ path: '*', latencyMs: spec.latencyMs });
    mocks.b2b.faults.add({ path: '*', latencyMs: spec.latencyMs });
  }
  let output: ChildOutput;
  try {
    output = await runChild(spec.selection, spec.phase === 'memory', {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      STATE_DIR: spec.stateDir,
      SYNC_CONCURRENCY: String(spec.concurrency),
      PAGE_SIZE: String(spec.pageSize),
      ...(spec.requestsPerMinute ? { ACUMATICA_REQUESTS_PER_MINUTE: String(spec.requestsPerMinute) } : {}),
    });
  } finally {
    mocks.acumatica.faults.clear();
    mocks.b2b.faults.clear();
  }
  if (output.problem) throw new Error(`The ${spec.phase} run stopped: ${output.problem}`);
  const acumaticaCounts = mocks.acumatica.journal.counts();
  const b2bCounts = mocks.b2b.journal.counts();
  const acumatica = acumaticaCounts.requests;
  const b2b = b2bCounts.requests;
  // Per customer synced; a run that syncs none (no change) is measured per customer in the tenant.
  const denominator = spec.synced > 0 ? spec.synced : spec.customers;
  const perCustomer = (n: number) => n / denominator;
  const fewest = minimumRequests(spec.phase, spec.pageSize, spec.synced);
  const minimum = { acumatica: fewest.acumatica / denominator, b2b: fewest.b2b / denominator };
  const lowerBound = ((acumatica + b2b) * spec.latencyMs) / spec.concurrency;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    phase: spec.phase,
    concurrency: spec.concurrency,
    customers: spec.customers,
    customers_synced: spec.synced,
    latency_ms: spec.latencyMs,
    wall_ms: round(output.wallMs),
    records_per_second: round(spec.customers / (output.wallMs / 1000)),
    requests: { acumatica, b2b, total: acumatica + b2b },
    writes: { acumatica: acumaticaCounts.writes, b2b: b2bCounts.writes },
    requests_per_customer: {
      acumatica: round(perCustomer(acumatica)),
      b2b: round(perCustomer(b2b)),
      total: round(perCustomer(acumatica + b2b)),
    },
    minimum_requests_per_customer: {
      acumatica: round(minimum.acumatica),
      b2b: round(minimum.b2b),
      total: round(minimum.acumatica + minimum.b2b),
    },
    ratio_to_minimum:
      minimum.acumatica + minimum.b2b > 0 ? round(perCustomer(acumatica + b2b) / (minimum.acumatica + minimum.b2b)) : 0,
    lower_bound_ms: round(lowerBound),
    ratio_to_bound: lowerBound > 0 ? round(lowerBound / output.wallMs) : 0,
    peak_rss_mb: round(output.peakRssMb),
    peak_heap_mb: round(output.peakHeapMb),
    state_writes: { rows: output.stateRowsWritten, disk_bytes: output.diskBytesWritten ?? null },
    totals: output.totals,
    ...(spec.requestsPerMinute
      ? { rate_limit: rateLimitFigures(mocks, acumatica, spec.requestsPerMinute, output) }
      : {}),
  };
}

/** The rate-limited run against its limit: wall time over requests ÷ limit, and what Acumatica declined or delayed. */
function rateLimitFigures(
  mocks: RunningMocks,
  requests: number,
  requestsPerMinute: number,
  output: ChildOutput,
): NonNullable<RunResult['rate_limit']> {
  const journal = mocks.acumatica.journal.list();
  const delays = journal.map((e) => Number(e.notes?.throttledMs ?? 0)).filter((ms) => ms > 0);
  const overLimit = (requests * 60_000) / requestsPerMinute;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    requests_per_minute: requestsPerMinute,
    requests_over_limit_ms: round(overLimit),
    ratio: round(output.wallMs / overLimit),
    declined: journal.filter((e) => e.status === 429).length,
    throttled: delays.length,
    throttled_ms_total: round(delays.reduce((a, b) => a + b, 0)),
    throttled_ms_max: round(Math.max(0, ...delays)),
  };
}

function runChild(selection: string, measureLiveHeap: boolean, env: Record<string, string>): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const flags = measureLiveHeap ? ['--expose-gc'] : [];
    const child = spawn(
      process.execPath,
      [...flags, '--require', 'ts-node/register/transpile-only', join(__dirname, 'sync-child.ts'), selection],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line)
        return reject(new Error(`The sync process failed (exit ${code}): ${err.trim() || out.trim()}`));
      resolve(JSON.parse(line) as ChildOutput);
    });
  });
}
