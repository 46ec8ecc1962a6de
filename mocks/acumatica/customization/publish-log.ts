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

  warning(message: string): this {
    return this.add('warning', message);
  }

  error(message: string): this {
    return this.add('error', message);
  }
}

/** Where a problem is and what: as the file, line and column a compiler names it; a warning does not refuse. */
export interface CodeProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  severity?: 'warning';
}

/**
 * A problem as an entry of the publish log names it, as the C# compiler names its errors: the file, the line
 * and column, then `error:` and the message (`App_RuntimeCode\X.cs(12,5): error: …`), or the compiler's own
 * words where it gave them (`App_RuntimeCode\X.cs(33): error CS1061: …`); a warning says `warning:`.
 */
export function problemEntry(problem: CodeProblem): { logType: 'error' | 'warning'; message: string } {
  const position = problem.line === undefined ? '' : `(${problem.line}${problem.column ? `,${problem.column}` : ''})`;
  const logType = problem.severity === 'warning' ? 'warning' : 'error';
  const text = /^(error|warning) CS\d+: /.test(problem.message) ? problem.message : `${logType}: ${problem.message}`;
  return { logType, message: `${problem.file}${position}: ${text}` };
}
