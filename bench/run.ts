import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { runBenchmark, type RunResult } from './benchmark';
import { formatTable } from './table';
import { checkTargets, formatTargets } from './targets';

/** `npm run bench`: throughput against the bound that latency and concurrency set, requests per customer, memory. */
const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
};

const program = new Command('bench')
  .description('Benchmark the sync against both mocks with a fixed latency on every request.')
  .option('--customers <n>', 'customers to generate (two contacts and one location each)', positive, 3200)
  .option('--latency <ms>', 'latency added to every mock request', (v) => (v === '0' ? 0 : positive(v)), 20)
  .option(
    '--concurrency <list>',
    'concurrencies to compare, comma-separated',
    (v) => v.split(',').map(positive),
    [1, 4, 16],
  )
  .option(
    '--per-worker <n>',
    'a run at concurrency c syncs at most c × n customers (keeps the benchmark under 5 minutes)',
    positive,
    200,
  )
  .option(
    '--memory <list>',
    'customer counts of the memory runs (no latency, concurrency 16); "none" skips them',
    (v) => (v === 'none' ? [] : v.split(',').map(positive)),
    [1000, 10000],
  )
  .option(
    '--rate-limit <rpm>',
    "the rate-limited run: the mock's Acumatica Requests per Minute and the sync's pacing; 0 skips it",
    (v) => (v === '0' ? 0 : positive(v)),
    300,
  )
  .option('--rate-limited-customers <n>', 'customers of the rate-limited run', positive, 200)
  .option('--out <file>', 'where to write the results', join(__dirname, 'results.json'))
  .action(
    async (flags: {
      customers: number;
      latency: number;
      concurrency: number[];
      perWorker: number;
      memory: number[];
      rateLimit: number;
      rateLimitedCustomers: number;
      out: string;
    }) => {
      const started = Date.now();
      const results: RunResult[] = await runBenchmark({
        customers: flags.customers,
        latencyMs: flags.latency,
        concurrencies: flags.concurrency,
        customersPerWorker: flags.perWorker,
        memoryCustomers: flags.memory,
        rateLimited:
          flags.rateLimit > 0
            ? { customers: flags.rateLimitedCustomers, requestsPerMinute: flags.rateLimit }
            : undefined,
        pageSize: 100,
        onProgress: (line) => process.stderr.write(`${line}\n`),
      });
      const document = {
        command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
        date: new Date().toISOString(),
        node: process.version,
        duration_s: Math.round((Date.now() - started) / 1000),
        targets: checkTargets(results),
        runs: results,
      };
      writeFileSync(flags.out, `${JSON.stringify(document, null, 2)}\n`);
      process.stdout.write(
        `${formatTable(results)}\n\nTargets:\n${formatTargets(document.targets)}\n\nWritten to ${flags.out} in ${document.duration_s} s.\n`,
      );
    },
  );

program.parseAsync().catch((error: Error) => {
  process.stderr.write(`The benchmark failed: ${error.message}\n`);
  process.exitCode = 1;
});
