import { Writable } from 'node:stream';
import type { CliEnvironment } from '../../src/commands/io';

/** A stream that keeps what is written to it. */
class Recorder extends Writable {
  private readonly chunks: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(String(chunk));
    done();
  }

  get text(): string {
    return this.chunks.join('');
  }
}

/** An I/O environment for running the CLI in-process (tests, Cucumber steps) that records stdout and stderr. */
export function capturedIo(env: NodeJS.ProcessEnv): CliEnvironment & { out: () => string; err: () => string } {
  const stdout = new Recorder();
  const stderr = new Recorder();
  return { env, stdout, stderr, out: () => stdout.text, err: () => stderr.text };
}
