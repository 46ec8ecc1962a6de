import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Problem } from './problems';

/** The declarations of Acumatica's framework the customization's C# is compiled against (see its README). */
export const REFERENCE_DIR = join(__dirname, 'reference');

/** How to get the compiler where it is missing. */
export const MCS_INSTALL_HINT = 'apt-get install mono-mcs';

/** A C# file to compile: `file` names it in problems (a path, or an item of a package); `text` is its code. */
export interface CSharpSource {
  file: string;
  text: string;
}

/** The compile check ran and found these problems (none: it compiles), or it could not run, and why. */
export type CompileResult = { ran: true; problems: Problem[] } | { ran: false; reason: string };

export interface CompileOptions {
  /** The compiler to run; `MCS` in the environment, else `mcs` on the PATH. */
  mcs?: string;
  /** Longest a compiler run may take. */
  timeoutMs?: number;
}

/**
 * Compiles C# files together, as Acumatica compiles a site's App_RuntimeCode, with Mono's C# compiler against
 * the reference surface of the framework. Each compiler error becomes a problem with the file and line it is
 * at (the file as the source names it). Without the compiler it does not run, and says so.
 */
export async function compileCSharp(sources: CSharpSource[], options: CompileOptions = {}): Promise<CompileResult> {
  const mcs = options.mcs ?? process.env.MCS ?? 'mcs';
  const timeoutMs = options.timeoutMs ?? 120_000;
  const version = await run(mcs, ['--version'], timeoutMs);
  if (version.missing) return { ran: false, reason: `${mcs} is not installed (${MCS_INSTALL_HINT})` };
  const reference = await referenceAssembly(mcs, timeoutMs);
  const work = mkdtempSync(join(tmpdir(), 'customization-compile-'));
  try {
    // Each source gets a file of its own, numbered so that two sources of the same name do not collide.
    const names = new Map<string, string>();
    const paths = sources.map((source, i) => {
      const name = `${String(i).padStart(3, '0')}-${basename(source.file.replace(/\\/g, '/')).replace(/[^\w.-]/g, '_')}`;
      const path = join(work, name.endsWith('.cs') ? name : `${name}.cs`);
      writeFileSync(path, source.text);
      names.set(path, source.file);
      return path;
    });
    if (paths.length === 0) return { ran: true, problems: [] };
    const result = await run(
      mcs,
      ['-target:library', '-nologo', `-out:${join(work, 'Customization.dll')}`, `-r:${reference}`, ...paths],
      timeoutMs,
    );
    const problems = compilerErrors(result.output, (path) => names.get(path) ?? path);
    if (result.code !== 0 && problems.length === 0)
      problems.push({ file: sources[0]?.file ?? 'C#', message: `the C# compiler failed: ${result.output.trim()}` });
    return { ran: true, problems };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const ERROR_LINE = /^(.+?)\((\d+),(\d+)\): error (CS\d+): (.*)$/;

/** The errors of mcs's output (`file(line,column): error CSnnnn: message`); warnings and notes are left out. */
export function compilerErrors(output: string, fileOf: (path: string) => string = (path) => path): Problem[] {
  const problems: Problem[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = ERROR_LINE.exec(line.trim());
    if (!match) continue;
    const [, path, row, , code, message] = match as unknown as [string, string, string, string, string, string];
    problems.push({ file: fileOf(path), line: Number(row), message: `error ${code}: ${message}` });
  }
  return problems;
}

/**
 * The reference surface compiled into an assembly, kept in the temporary folder under the hash of its sources,
 * so it is compiled once for as long as it does not change. A surface that does not compile is a bug here.
 */
async function referenceAssembly(mcs: string, timeoutMs: number): Promise<string> {
  const files = readdirSync(REFERENCE_DIR)
    .filter((name) => name.endsWith('.cs'))
    .sort()
    .map((name) => join(REFERENCE_DIR, name));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(file));
  const dir = join(tmpdir(), 'customization-reference');
  const dll = join(dir, `Acumatica.Reference.${hash.digest('hex').slice(0, 16)}.dll`);
  if (existsSync(dll)) return dll;
  mkdirSync(dir, { recursive: true });
  const partial = `${dll}.${process.pid}.tmp`;
  const result = await run(mcs, ['-target:library', '-nologo', `-out:${partial}`, ...files], timeoutMs);
  if (result.code !== 0)
    throw new Error(`The reference surface in ${REFERENCE_DIR} does not compile:\n${result.output.trim()}`);
  renameSync(partial, dll);
  return dll;
}

interface Run {
  code: number;
  output: string;
  missing: boolean;
}

function run(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return resolve({ code: 0, output, missing: false });
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const code = typeof error.code === 'number' ? error.code : 1;
      resolve({ code, output: output || error.message, missing });
    });
  });
}
