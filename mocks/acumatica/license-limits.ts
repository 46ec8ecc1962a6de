import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';

/**
 * The license's limits on the web services API (License Monitoring Console, SM604000), as the mock
 * enforces them. `null` switches a limit off; every limit is off unless a test or the control API sets it.
 */
export const licenseLimitsSchema = z.strictObject({
  /** Maximum Number of Web Services API Users: open API sessions; one sign-in past it is refused. */
  maxSessions: z.number().int().positive().nullable(),
  /** Maximum Number of Concurrent Web Services API Requests: more wait in the queue. */
  maxConcurrentRequests: z.number().int().positive().nullable(),
  /** Maximum Number of Web Services API Requests per Minute: throttled from half of it on. */
  requestsPerMinute: z.number().int().positive().nullable(),
  /** A request is declined (429) when this many already wait in the queue (Acumatica: 20). */
  maxQueue: z.number().int().min(0),
  /** A request is declined (429) when it would wait longer than this (Acumatica: 10 minutes). */
  maxWaitMs: z.number().int().min(0),
});

export type LicenseLimits = z.infer<typeof licenseLimitsSchema>;

export const NO_LIMITS: LicenseLimits = {
  maxSessions: null,
  maxConcurrentRequests: null,
  requestsPerMinute: null,
  maxQueue: 20,
  maxWaitMs: 600_000,
};

const WINDOW_MS = 60_000;

export interface LimiterClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface LimiterState {
  active: number;
  queued: number;
  requestsInLastMinute: number;
}

/**
 * The API request queue: every request except sign-out waits for one of `maxConcurrentRequests` slots; once
 * the requests of the past minute reach half of `requestsPerMinute`, each new one is delayed by the time
 * left in the minute divided by the requests still allowed in it. Declined requests are not counted.
 */
export class RequestLimiter {
  limits: LicenseLimits;
  private active = 0;
  private throttled = 0;
  private waiting: Array<() => void> = [];
  private window: number[] = [];

  constructor(
    limits: LicenseLimits,
    private readonly clock: LimiterClock,
  ) {
    this.limits = { ...limits };
  }

  state(): LimiterState {
    this.prune(this.clock.now());
    return { active: this.active, queued: this.queued, requestsInLastMinute: this.window.length };
  }

  /** Forgets the past minute (the queue itself drains on its own). */
  resetWindow(): void {
    this.window = [];
  }

  middleware() {
    return async (req: Request, res: Response, next: NextFunction) => {
      if (!counts(req)) return next();
      const now = this.clock.now();
      this.prune(now);
      const full = `more than ${this.limits.maxQueue} requests wait in the queue`;
      const delay = this.throttleDelay(now);
      if (delay > 0 && this.queued >= this.limits.maxQueue) return decline(res, full);
      if (delay > this.limits.maxWaitMs)
        return decline(
          res,
          `the request would wait ${Math.ceil(delay)} ms for the per-minute limit of ${this.limits.requestsPerMinute}`,
        );
      const stamp = now;
      this.window.push(stamp);
      let gone = false; // the client may hang up while its request waits
      res.once('close', () => (gone = true));
      const notes: Record<string, unknown> = (res.locals.journalNotes ??= {});
      if (delay > 0) {
        notes.throttledMs = Math.round(delay);
        this.throttled += 1;
        await this.clock.sleep(delay);
        this.throttled -= 1;
      }
      const slot = await this.acquire();
      if (slot === 'declined') {
        this.window.splice(this.window.indexOf(stamp), 1);
        return decline(res, full);
      }
      if (slot === 'waited') notes.queued = true;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.active -= 1;
        this.waiting.shift()?.();
      };
      if (gone) return release();
      res.once('finish', release);
      res.once('close', release);
      next();
    };
  }

  private get queued(): number {
    return this.waiting.length + this.throttled;
  }

  /** Acumatica's formula: (time left in the window since its first request) / (limit − requests in it). */
  private throttleDelay(now: number): number {
    const limit = this.limits.requestsPerMinute;
    const processed = this.window.length;
    if (limit === null || processed < limit / 2 || processed === 0) return 0;
    const left = WINDOW_MS - (now - (this.window[0] as number));
    return limit - processed > 0 ? left / (limit - processed) : left;
  }

  /** Takes a processing slot, waiting in line when all are busy; declined when the line is full or the wait too long. */
  private async acquire(): Promise<'free' | 'waited' | 'declined'> {
    const max = this.limits.maxConcurrentRequests;
    if (max === null || this.active < max) {
      this.active += 1;
      return 'free';
    }
    if (this.queued >= this.limits.maxQueue) return 'declined';
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.active += 1;
        resolve('waited');
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((entry) => entry !== wake);
        resolve('declined');
      }, this.limits.maxWaitMs);
      this.waiting.push(wake);
    });
  }

  private prune(now: number): void {
    while (this.window.length > 0 && (this.window[0] as number) <= now - WINDOW_MS) this.window.shift();
  }
}

/** Every request to the API enters the queue, except sign-out, which Acumatica processes at once. */
function counts(req: Request): boolean {
  return (req.path.startsWith('/entity') || req.path.startsWith('/identity')) && req.path !== '/entity/auth/logout';
}

function decline(res: Response, reason: string): void {
  res
    .status(429)
    .json({ message: `The request was declined: ${reason}. The license limits API requests; retry later.` });
}
