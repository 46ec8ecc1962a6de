import type { NextFunction, Request, Response } from 'express';
import { globMatches } from './faults';
import { isHarnessPath } from './harness-paths';

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
  /** What the mock did to the request beyond answering it (a mock puts them on `res.locals.journalNotes`). */
  notes?: Record<string, unknown>;
}

/** Which entries `GET /__mock/journal?method=…&path=…` lists; `path` may hold `*`. */
export interface JournalFilter {
  method?: string;
  path?: string;
}

/** Records every request to the emulated API (not to the control API) with the status it got. */
export class Journal {
  /** Kept entries are `entries[start…]`; the head is cut off in one go once it is as long as the limit. */
  private entries: JournalEntry[] = [];
  private start = 0;
  /** Requests since the last clear, and those that were writes (not GET, not sign-in or sign-out); never capped. */
  private counted = { requests: 0, writes: 0 };

  constructor(private readonly limit = 10_000) {}

  /** How many requests, and writes, arrived since the last clear, however many entries the journal kept. */
  counts(): { requests: number; writes: number } {
    return { ...this.counted };
  }

  list(filter: JournalFilter = {}): readonly JournalEntry[] {
    const method = filter.method?.toUpperCase();
    return this.entries
      .slice(this.start)
      .filter(
        (entry) => (!method || entry.method === method) && (!filter.path || globMatches(filter.path, entry.path)),
      );
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
    this.counted = { requests: 0, writes: 0 };
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (isHarnessPath(req.path)) return next();
      const started = Date.now();
      const entry: JournalEntry = {
        method: req.method,
        path: req.path,
        query: { ...req.query },
        status: 0,
        time: new Date(started).toISOString(),
        durationMs: 0,
      };
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        entry.status = res.headersSent ? res.statusCode : 0;
        entry.durationMs = Date.now() - started;
        if (req.body !== undefined && req.method !== 'GET') entry.body = redact(req.body);
        const notes = res.locals.journalNotes as Record<string, unknown> | undefined;
        if (notes && Object.keys(notes).length > 0) entry.notes = notes;
        this.entries.push(entry);
        this.counted.requests += 1;
        if (entry.method !== 'GET' && !/\/auth\/(login|logout)$/.test(entry.path)) this.counted.writes += 1;
        if (this.entries.length - this.start > this.limit) this.start += 1;
        if (this.start >= this.limit) {
          this.entries = this.entries.slice(this.start);
          this.start = 0;
        }
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

const SECRET = /password|secret|token/i;

/** Passwords, client secrets and tokens in a body (sign-in, OAuth) are not kept. */
function redact(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, SECRET.test(key) ? '[redacted]' : value]));
}
