#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { customizationCommand } from './commands/customization-command';
import type { CliEnvironment } from './commands/io';
import { serveCommand } from './commands/serve-command';
import { syncCommand } from './commands/sync-command';
import { SyncError } from './errors';

export type { CliEnvironment } from './commands/io';

/** The version in package.json (`--version`). */
export function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function buildProgram(io: CliEnvironment, setExitCode: (code: number) => void): Command {
  const program = new Command('acumatica-b2b-sync')
    .enablePositionalOptions()
    .version(version(), '-V, --version', 'print the version')
    .description('Sync B2B customers, their contacts and locations from Acumatica ERP to Better B2B.');
  program.addCommand(syncCommand(io, setExitCode));
  program.addCommand(serveCommand(io, setExitCode));
  program.addCommand(customizationCommand(io, setExitCode));
  applyToAll(program, (command) =>
    command
      .exitOverride()
      .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) }),
  );
  return program;
}

/** Commands added with addCommand do not inherit settings: give every command in the tree the same ones. */
function applyToAll(command: Command, apply: (command: Command) => void): void {
  apply(command);
  command.commands.forEach((sub) => applyToAll(sub, apply));
}

/**
 * Runs the CLI and resolves with its exit code; errors are printed, never thrown: one readable line (the
 * stack of an unexpected one only at LOG_LEVEL debug or trace).
 */
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
    const detailed = /^(debug|trace)$/.test(io.env.LOG_LEVEL ?? '');
    const message = (error as Error)?.message ?? String(error);
    io.stderr.write(
      detailed
        ? `Unexpected error (please report it): ${(error as Error)?.stack ?? message}\n`
        : `Unexpected error (please report it): ${message} (LOG_LEVEL=debug shows where it happened)\n`,
    );
    return 1;
  }
}

/**
 * The command line as a process runs it (bin/acumatica-b2b-sync.js, `npm run cli`): Ctrl+C asks a run to
 * stop after the customers in flight (a second one ends the process at once), and a reader that goes away
 * (`sync status | head`) ends the output quietly.
 */
export function main(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stream.write = () => true; // the reader is gone: what is left to print goes nowhere
    });
  }
  const interrupted = new Promise<void>((resolve) =>
    process.once('SIGINT', () => {
      process.stderr.write('\nStopping after the customers in flight (Ctrl+C again stops at once)…\n');
      process.once('SIGINT', () => process.exit(130));
      resolve();
    }),
  );
  runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, interrupted }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}

if (require.main === module) main();
