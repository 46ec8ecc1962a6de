#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { customizationCommand } from './commands/customization-command';
import { serveCommand } from './commands/serve-command';
import { syncCommand } from './commands/sync-command';
import type { CliEnvironment } from './commands/io';
import { SyncError } from './errors';

export type { CliEnvironment } from './commands/io';

export function buildProgram(io: CliEnvironment, setExitCode: (code: number) => void): Command {
  const program = new Command('acumatica-b2b-sync')
    .enablePositionalOptions()
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
  const interrupted = new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, interrupted }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
