import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors';
import {
  formatSummary,
  loadConfig,
  succeeded,
  syncFromSettings,
  type Config,
  type Selection,
  type SyncReport,
  type SyncState,
} from '../index';
import { parseIsoDateTime } from './date-time';
import type { CliEnvironment, ExitCode } from './io';
import { whileLocked, withState } from './locked-state';
import { formatStatus } from './status-table';

interface SyncFlags {
  all?: boolean;
  customer?: string[];
  since?: Date;
  dryRun?: boolean;
  verify?: boolean;
  json?: boolean;
  config?: string;
}

/** How often a progress line is printed when stderr is not a terminal (a log file, a scheduler). */
export const PROGRESS_EVERY_MS = 5_000;

/** The report's problem, and one ERROR row, when Ctrl+C stops a run. */
export const INTERRUPTED =
  'Interrupted (Ctrl+C): the run stopped after the customers in flight; the next run goes on from there.';

/** Exit code of a run stopped by Ctrl+C (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** `--customer` may be given several times; each must name a customer. */
function collectCustomer(value: string, previous: string[] = []): string[] {
  const id = value.trim();
  if (!id) throw new InvalidArgumentError('expected an Acumatica customer ID, such as C000000012');
  return previous.includes(id) ? previous : [...previous, id];
}

function selectionOf(flags: SyncFlags): Selection {
  const customers = flags.customer ?? [];
  const chosen = [flags.all && '--all', customers.length > 0 && '--customer', flags.since && '--since'].filter(Boolean);
  if (chosen.length > 1)
    throw new UsageError(`Failed to start the sync: ${chosen.join(' and ')} cannot be used together. Choose one.`);
  if (customers.length === 1) return { kind: 'customer', customerId: customers[0] as string };
  if (customers.length > 1) return { kind: 'customers', customerIds: customers };
  if (flags.since) return { kind: 'since', since: flags.since };
  if (flags.all) return { kind: 'all' };
  return { kind: 'incremental' };
}

/** `sync` (a run), `sync status` (where each customer stands) and `sync retry` (re-drive failed and aborted ones). */
export function syncCommand(io: CliEnvironment, setExitCode: ExitCode): Command {
  const sync = new Command('sync')
    .enablePositionalOptions()
    .description(
      'Sync customers from Acumatica to Better B2B and print what happened. Without a selection, an incremental run: ' +
        'customers changed since the last run (their contacts and locations included) and those that failed last time.\n' +
        'Exit code 0: every eligible customer synced; 1: some failed or were aborted, or the run could not start or ' +
        'stopped; 2: bad usage or settings; 130: stopped by Ctrl+C (after the customers in flight, the state saved).',
    )
    .option('--all', 'a full pass over every customer')
    .option('--customer <id>', 'a customer, by Acumatica customer ID (repeat it for several)', collectCustomer)
    .addOption(
      new Option(
        '--since <date-time>',
        'customers changed after this ISO 8601 date (UTC) or date-time with its zone, such as 2026-01-01T00:00:00Z',
      ).argParser(parseIsoDateTime),
    )
    .option('--dry-run', 'read both systems and report what would be written, without writing anything')
    .option('--verify', 'compare every selected customer with Better B2B, even when nothing changed in Acumatica')
    .option('--json', 'print the report as JSON instead of the summary')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: SyncFlags) => {
      const selection = selectionOf(flags);
      const config = loadConfig(io.env, flags.config);
      const report = await withState(config, io.stderr, (state) =>
        flags.dryRun // writes nothing, so it runs beside another run
          ? run(io, config, selection, flags, state)
          : whileLocked(state, io.stderr, runLock('sync', config), () => run(io, config, selection, flags, state)),
      );
      setExitCode(exitCodeOf(report, (report.notFound?.length ?? 0) === 0));
    });

  sync
    .command('status')
    .description('List the sync status of each customer (processed, filtered, failed, aborted) and the watermark.')
    .option('--json', 'print the state as JSON')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: { json?: boolean; config?: string }) => {
      await withState(loadConfig(io.env, flags.config), io.stderr, async (state) => {
        io.stdout.write(
          flags.json
            ? `${JSON.stringify({ file: state.file, watermark: state.watermark, records: Object.fromEntries(state.entries()) }, null, 2)}\n`
            : `${formatStatus(state)}\n`,
        );
      });
      setExitCode(0);
    });

  sync
    .command('retry')
    .description(
      'Sync again every customer whose last attempt failed or that was aborted, with a fresh set of attempts.',
    )
    .option('--json', 'print the report as JSON instead of the summary')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: { json?: boolean; config?: string }) => {
      const config = loadConfig(io.env, flags.config);
      const report = await withState(config, io.stderr, (state) =>
        whileLocked(state, io.stderr, runLock('sync retry', config), async () => {
          const ids = state
            .entries()
            .filter(([, record]) => record.status === 'failed' || record.status === 'aborted')
            .map(([id]) => id);
          if (ids.length === 0) return undefined;
          ids.forEach((id) => state.rearm(id));
          return run(io, config, { kind: 'customers', customerIds: ids }, flags, state);
        }),
      );
      if (!report) io.stdout.write('Nothing to retry: no customer is failed or aborted.\n');
      setExitCode(report ? exitCodeOf(report) : 0);
    });
  return sync;
}

/** 130 when Ctrl+C stopped the run, 0 when all went well (and `found`), else 1. */
function exitCodeOf(report: SyncReport, found = true): number {
  if (report.problem === INTERRUPTED) return EXIT_INTERRUPTED;
  return succeeded(report) && found ? 0 : 1;
}

async function run(
  io: CliEnvironment,
  config: Config,
  selection: Selection,
  flags: SyncFlags,
  state: SyncState,
): Promise<SyncReport> {
  const stop = new AbortController();
  void io.interrupted?.then(() => stop.abort(INTERRUPTED));
  const progress = progressPrinter(io, flags);
  try {
    const report = await syncFromSettings(config, {
      selection,
      dryRun: flags.dryRun,
      verify: flags.verify,
      state,
      onProgress: progress.update,
      signal: stop.signal,
    });
    progress.end();
    io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
    return report;
  } finally {
    progress.end();
  }
}

/**
 * Progress on stderr: on a terminal one line rewritten after each page (not with --json); elsewhere (a log
 * file, a scheduler) a line every few seconds.
 */
function progressPrinter(io: CliEnvironment, flags: SyncFlags): { update: (r: SyncReport) => void; end: () => void } {
  if (io.stderr.isTTY) {
    if (flags.json) return { update: () => undefined, end: () => undefined };
    let shown = false;
    return {
      update: (report) => {
        shown = true;
        io.stderr.write(`\r${describeProgress(report)}`);
      },
      end: () => {
        if (shown) io.stderr.write('\n');
        shown = false;
      },
    };
  }
  const every = io.progressEveryMs ?? PROGRESS_EVERY_MS;
  let latest: SyncReport | undefined;
  let printed = Date.now();
  const print = () => {
    if (!latest) return;
    io.stderr.write(`${new Date().toISOString()} ${describeProgress(latest)}\n`);
    printed = Date.now();
  };
  const timer = every > 0 ? setInterval(() => Date.now() - printed >= every && print(), every) : undefined;
  timer?.unref();
  return {
    update: (report) => {
      latest = report;
      if (Date.now() - printed >= every) print();
    },
    end: () => clearInterval(timer),
  };
}

/** The run lock of `sync` and `sync retry`: they wait LOCK_WAIT_MS for another run of the connector. */
function runLock(command: string, config: Config) {
  return { command, waitMs: config.LOCK_WAIT_MS, waitSetting: 'LOCK_WAIT_MS' };
}

function describeProgress(report: SyncReport): string {
  const { synced, unchanged, skipped, failed, aborted } = report.totals;
  return `customers: ${synced + unchanged + skipped + failed + aborted} read, ${synced} synced, ${unchanged} unchanged, ${skipped} skipped, ${failed} failed`;
}
