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
