#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from './config';
import { createDependencies, syncOptions } from './dependencies';
import { SyncError, UsageError } from './errors';
import { createLogger } from './logger';
import { runSync } from './sync/engine';
import { succeeded, type SyncReport } from './sync/report';
import type { Selection } from './sync/source';
import { formatSummary } from './sync/summary';

/** Where the CLI reads and writes; injected so that tests run it in-process. */
export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

interface SyncFlags {
  all?: boolean;
  customer?: string;
  since?: Date;
  dryRun?: boolean;
  json?: boolean;
  config?: string;
}

function parseDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected an ISO 8601 date-time such as 2026-01-01T00:00:00Z');
  return date;
}

function selectionOf(flags: SyncFlags): Selection {
  const chosen = [flags.all && '--all', flags.customer && '--customer', flags.since && '--since'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`Failed to start the sync: ${chosen.join(' and ')} cannot be used together. Choose one.`);
  if (flags.customer) return { kind: 'customer', customerId: flags.customer };
  if (flags.since) return { kind: 'since', since: flags.since };
  return { kind: 'all' };
}

export function buildProgram(io: CliEnvironment, setExitCode: (code: number) => void): Command {
  const program = new Command('acumatica-b2b-sync')
    .description('Sync B2B customers, their contacts and locations from Acumatica ERP to Better B2B.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program
    .command('sync')
    .description('Run one sync and print what happened. Exit code 0: every eligible record synced; 1: some failed; 2: bad usage or settings.')
    .option('--all', 'sync every customer (the default)')
    .option('--customer <id>', 'sync one customer, by Acumatica customer ID')
    .addOption(new Option('--since <date-time>', 'sync customers changed after this ISO 8601 date-time').argParser(parseDate))
    .option('--dry-run', 'read both systems and report what would be written, without writing anything')
    .option('--json', 'print the report as JSON instead of the summary')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: SyncFlags) => {
      const selection = selectionOf(flags);
      const config = loadConfig(io.env, flags.config);
      const logger = createLogger(config.LOG_LEVEL);
      const progress = !flags.json && io.stderr.isTTY;
      const report = await runSync(
        createDependencies(config, logger),
        syncOptions(config, selection, {
          dryRun: flags.dryRun,
          onProgress: progress ? (r) => io.stderr.write(`\r${describeProgress(r)}`) : undefined,
        }),
      );
      if (progress) io.stderr.write('\n');
      io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
      setExitCode(succeeded(report) ? 0 : 1);
    });
  return program;
}

function describeProgress(report: SyncReport): string {
  const { synced, unchanged, skipped, failed } = report.totals;
  return `customers: ${synced + unchanged + skipped + failed} read, ${synced} synced, ${skipped} skipped, ${failed} failed`;
}

/** Runs the CLI and resolves with its exit code; errors are printed, never thrown. */
export async function runCli(argv: string[], io: CliEnvironment): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof SyncError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`Unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
