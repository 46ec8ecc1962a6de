import type { NextFunction, Request, Response } from 'express';

/** One request a mock received, as `GET /__mock/journal` lists it. */
export interface JournalEntry {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  time: string;
  durationMs: number;
  /** The parsed JSON body of a write, when there was one. */
  body?: unknown;
}

/** Records every request to the emulated API (not to the control API) with the status it got. */
export class Journal {
  private entries: JournalEntry[] = [];

  constructor(private readonly limit = 10_000) {}

  list(): readonly JournalEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.path.startsWith('/__mock')) return next();
      const started = Date.now();
      const entry: JournalEntry = { method: req.method, path: req.path, query: { ...req.query }, status: 0, time: new Date(started).toISOString(), durationMs: 0 };
      const finish = () => {
        entry.status = res.headersSent ? res.statusCode : 0;
        entry.durationMs = Date.now() - started;
        if (req.body !== undefined && req.method !== 'GET') entry.body = req.body;
        this.entries.push(entry);
        if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
      };
      res.once('finish', finish);
      // A dropped connection never finishes; it is journalled with status 0.
      res.once('close', () => {
        if (!res.writableFinished) finish();
      });
      next();
    };
  }
}
