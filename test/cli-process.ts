import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The CLI's entry point, run by tests as a process of its own (as `npm run cli` runs it). */
const ENTRY = join(__dirname, '..', 'src', 'cli.ts');

/** A CLI process started by a test: its output so far and its exit. */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** True once the process has ended. */
  ended(): boolean;
  /** Resolves with the exit code, or with the signal that ended the process. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** Resolves with the first match of `pattern` on stdout; rejects if the process ends first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, ['--require', 'ts-node/register/transpile-only', ENTRY, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => (out += String(chunk)));
  child.stderr?.on('data', (chunk) => (err += String(chunk)));
  let ended = false;
  const exited = new Promise<number | NodeJS.Signals>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      ended = true;
      resolve(code ?? (signal as NodeJS.Signals));
    });
  });
  return {
    child,
    pid: child.pid as number,
    stdout: () => out,
    stderr: () => err,
    ended: () => ended,
    exited,
    async waitFor(pattern, timeoutMs = 30_000) {
      for (const deadline = Date.now() + timeoutMs; ;) {
        const match = pattern.exec(out);
        if (match) return match;
        if (ended || Date.now() > deadline)
          throw new Error(
            `${ended ? 'The process ended' : 'Gave up waiting'} before ${pattern} on stdout:\n${out}\n${err}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
