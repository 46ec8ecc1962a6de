import { isAbsolute, relative } from 'node:path';
import { SyncError } from '../errors';

/** One thing wrong with the customization project: where (file, line, column) and what. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** A warning does not stop the build; it is printed. */
  severity?: 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = [shortPath(problem.file), problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/** The project cannot be packaged: each problem names its file and line. */
export class CustomizationError extends SyncError {
  constructor(
    readonly action: string,
    readonly problems: Problem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Failed to ${action}: ${count} in the customization project.\n  ${problems.map(formatProblem).join('\n  ')}\nFix ${problems.length === 1 ? 'it' : 'them'} and try again.`,
    );
  }
}

/** The 1-based line of the first occurrence of `needle` in `text` at or after `from`, if any. */
export function lineOf(text: string, needle: string, from = 0): number | undefined {
  const index = text.indexOf(needle, from);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/** A path relative to the working folder when it lies inside it; absolute otherwise. */
export function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
