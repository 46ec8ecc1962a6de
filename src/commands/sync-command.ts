import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors';
import {
  formatSummary,
  loadConfig,
  openState,
  succeeded,
  syncFromSettings,
  type Config,
  type Selection,
  type SyncReport,
  type SyncState,
} from '../index';
import type { CliEnvironment, ExitCode } from './io';
import { formatStatus } from './status-table';

interface SyncFlags {
  all?: boolean;
  customer?: string;
  since?: Date;
  dryRun?: boolean;
  verify?: boolean;
  json?: boolean;
  config?: string;
}

function parseDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('expected an ISO 8601 date-time such as 2026-01-01T00:00:00Z');
  return date;
}

function selectionOf(flags: SyncFlags): Selection {
  const chosen = [flags.all && '--all', flags.customer && '--customer', flags.since && '--since'].filter(Boolean);
  if (chosen.length > 1)
    throw new UsageError(`Failed to start the sync: ${chosen.join(' and ')} cannot be used together. Choose one.`);
  if (flags.customer) return { kind: 'customer', customerId: flags.customer };
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
        'Exit code 0: every eligible customer synced; 1: some failed or the run could not start; 2: bad usage or settings.',
    )
    .option('--all', 'a full pass over every customer')
    .option('--customer <id>', 'one customer, by Acumatica customer ID')
    .addOption(
      new Option('--since <date-time>', 'customers changed after this ISO 8601 date-time').argParser(parseDate),
    )
    .option('--dry-run', 'read both systems and report what would be written, without writing anything')
    .option('--verify', 'compare every selected customer with Better B2B, even when nothing changed in Acumatica')
    .option('--json', 'print the report as JSON instead of the summary')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: SyncFlags) => {
      const selection = selectionOf(flags);
      const config = loadConfig(io.env, flags.config);
      const report = await run(io, config, selection, flags);
      setExitCode(succeeded(report) ? 0 : 1);
    });

  sync
    .command('status')
    .description('List the sync status of each customer (processed, filtered, failed, aborted) and the watermark.')
    .option('--json', 'print the state as JSON')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action((flags: { json?: boolean; config?: string }) => {
      const state = openState(loadConfig(io.env, flags.config));
      io.stdout.write(
        flags.json
          ? `${JSON.stringify({ file: state.file, watermark: state.watermark, records: Object.fromEntries(state.entries()) }, null, 2)}\n`
          : `${formatStatus(state)}\n`,
      );
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
      const state = openState(config);
      const ids = state
        .entries()
        .filter(([, record]) => record.status === 'failed' || record.status === 'aborted')
        .map(([id]) => id);
      if (ids.length === 0) {
        io.stdout.write('Nothing to retry: no customer is failed or aborted.\n');
        setExitCode(0);
        return;
      }
      ids.forEach((id) => state.rearm(id));
      const report = await run(io, config, { kind: 'customers', customerIds: ids }, flags, state);
      setExitCode(succeeded(report) ? 0 : 1);
    });
  return sync;
}

async function run(
  io: CliEnvironment,
  config: Config,
  selection: Selection,
  flags: SyncFlags,
  preloaded?: SyncState,
): Promise<SyncReport> {
  const state = preloaded ?? openState(config);
  if (state.notice) io.stderr.write(`${state.notice}\n`);
  const progress = !flags.json && io.stderr.isTTY;
  // Ctrl+C: the page in flight is finished, its log rows and the state are written; a second Ctrl+C ends at once.
  const stop = new AbortController();
  void io.interrupted?.then(() => {
    io.stderr.write('\nStopping after the customers under way (Ctrl+C again stops at once)…\n');
    stop.abort();
  });
  const report = await syncFromSettings(config, {
    signal: stop.signal,
    selection,
    dryRun: flags.dryRun,
    verify: flags.verify,
    state,
    onProgress: progress ? (r) => io.stderr.write(`\r${describeProgress(r)}`) : undefined,
  });
  if (progress) io.stderr.write('\n');
  io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
  return report;
}

function describeProgress(report: SyncReport): string {
  const { synced, unchanged, skipped, failed, aborted } = report.totals;
  return `customers: ${synced + unchanged + skipped + failed + aborted} read, ${synced} synced, ${unchanged} unchanged, ${skipped} skipped, ${failed} failed`;
}
