/** One entry of the log the Customization API returns (`logType`: trace, information, warning or error). */
export interface LogEntry {
  timestamp: string;
  logType: 'trace' | 'information' | 'warning' | 'error';
  message: string;
}

/** A request the Customization API refuses (HTTP 400), with the reason as an error entry of the log. */
export class CustomizationRequestError extends Error {}

/** A log that stamps each entry with the clock, in .NET's seven-digit ISO form (`…:55.6658507Z`). */
export class PublishLog {
  readonly entries: LogEntry[] = [];

  constructor(private readonly now: () => number) {}

  add(logType: LogEntry['logType'], message: string): this {
    this.entries.push({ timestamp: new Date(this.now()).toISOString().replace('Z', '0000Z'), logType, message });
    return this;
  }

  info(message: string): this {
    return this.add('information', message);
  }

  error(message: string): this {
    return this.add('error', message);
  }
}

/** Where a problem is and what: as the file, line and column a compiler names it. */
export interface CodeProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** A problem as an error entry of the publish log names it: `App_RuntimeCode\X.cs(12,5): error: message`. */
export function compileError(problem: CodeProblem): string {
  const position = problem.line === undefined ? '' : `(${problem.line}${problem.column ? `,${problem.column}` : ''})`;
  return `${problem.file}${position}: error: ${problem.message}`;
}
