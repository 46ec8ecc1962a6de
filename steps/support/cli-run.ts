import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli';
import type { SyncReport } from '../../src/sync/report';
import type { SyncWorld } from './world';

/** Text of a stream, as it is written. */
function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  return { stream, text: () => text };
}

/**
 * Runs a command of the CLI in-process, as `npm run cli -- …` would, with the scenario's settings in its
 * environment and `--json`, and records the report it prints as one of the scenario's syncs.
 */
export async function runCommand(world: SyncWorld, argv: string[]): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(world.connector.config()).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  );
  const stdout = capture();
  const stderr = capture();
  const snapshot = await world.logs.snapshot();
  const startedAt = new Date();
  const code = await runCli([...argv, '--json'], { env, stdout: stdout.stream, stderr: stderr.stream });
  let report: SyncReport;
  try {
    report = JSON.parse(stdout.text()) as SyncReport;
  } catch {
    throw new Error(
      `The command ${argv.join(' ')} exited with ${code} without a JSON report.\nstdout: ${stdout.text()}\nstderr: ${stderr.text()}`,
    );
  }
  await world.connector.record(report, startedAt, snapshot, true, code);
}
