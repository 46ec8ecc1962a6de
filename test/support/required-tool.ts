import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** A program a test needs that `npm ci` cannot install: `.ci/run` installs it with apt-get. */
export interface RequiredTool {
  /** A command looked up on PATH (`mcs`), or an absolute path (`/usr/bin/chromium`). */
  command: string;
  /** What cannot run without it; the notice begins with it ("C# compile check did not run: …"). */
  check: string;
  /** How to install it. */
  install: string;
}

export const MCS: RequiredTool = { command: 'mcs', check: 'C# compile check', install: 'apt-get install mono-mcs' };
export const CHROMIUM: RequiredTool = {
  command: '/usr/bin/chromium',
  check: 'Browser checks',
  install: 'apt-get install chromium',
};

/** The one thing a test context must offer here: node:test's `t.skip(message)`. */
export interface SkippableTest {
  skip(message?: string): void;
}

type Env = Record<string, string | undefined>;

/** `CI` set to anything but an empty string, `false` or `0`, as CI services set it. */
export function inCi(env: Env = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The path of `command` as `command -v` would find it (an absolute path is taken as is), or undefined. */
export function findTool(command: string, env: Env = process.env): string | undefined {
  if (isAbsolute(command)) return isExecutableFile(command) ? command : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = join(dir, command);
    if (isExecutableFile(path)) return path;
  }
  return undefined;
}

/** The one-line notice `npm test` repeats near its end when a check did not run. */
export function notRunNotice(tool: RequiredTool): string {
  return `${tool.check} did not run: ${tool.command} is missing (${tool.install})`;
}

/**
 * The path of the tool a test needs. Where it is missing the test does not pass: under CI it fails (CI
 * installs the tool, so a missing one is a broken build); elsewhere it is marked as not run with the
 * install hint, which `npm test` prints in one line near its end. The caller stops when it gets undefined:
 *
 *   const mcs = requireTool(t, MCS);
 *   if (mcs === undefined) return;
 */
export function requireTool(t: SkippableTest, tool: RequiredTool, env: Env = process.env): string | undefined {
  const path = findTool(tool.command, env);
  if (path !== undefined) return path;
  const notice = notRunNotice(tool);
  if (inCi(env)) throw new Error(`${notice}. CI must have it: .ci/run installs it.`);
  t.skip(notice);
  return undefined;
}
