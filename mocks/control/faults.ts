import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { isHarnessPath } from './harness-paths';

/** A fault to inject into matching requests, as posted to `POST /__mock/faults`. */
export const faultRuleSchema = z
  .strictObject({
    /** HTTP method to match; any when absent. */
    method: z.string().toUpperCase().optional(),
    /** Path to match; `*` stands for any characters (`/api/v1/company*`). */
    path: z.string().startsWith('/', 'expected a path starting with /'),
    /** Answer this late (the request is carried out at once); with status or drop, wait this long before that fault. */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Answer with this status instead of the real answer. */
    status: z.number().int().min(100).max(599).optional(),
    /** Body of that answer (JSON); a generic one when absent, none when it is the empty string. */
    body: z.unknown().optional(),
    /** Extra headers of that answer, such as Retry-After. */
    headers: z.record(z.string(), z.string()).optional(),
    /** Close the connection without answering (a connection reset). */
    drop: z.boolean().optional(),
    /**
     * Carry out the request, then send the fault's status and body in place of its answer: a server that did
     * the work but answers otherwise (an import answered 204).
     */
    carryOut: z.boolean().optional(),
    /** End every API session first, as a restart of the site does; the request then goes on without one. */
    endSessions: z.boolean().optional(),
    /** Let this many matching requests through untouched before the fault applies. */
    skip: z.number().int().positive().optional(),
    /** Apply to the next N matching requests only; always when absent. */
    times: z.number().int().positive().optional(),
    /** Apply to a matching request with this probability (0..1); always when absent. */
    probability: z.number().min(0).max(1).optional(),
  })
  .refine((rule) => rule.latencyMs !== undefined || rule.status !== undefined || rule.drop || rule.endSessions, {
    message: 'a fault needs latencyMs, status, drop or endSessions',
  })
  .refine((rule) => !rule.carryOut || rule.status !== undefined, {
    message: 'carryOut needs the status to answer with',
  });

export type FaultRule = z.infer<typeof faultRuleSchema>;
export interface ActiveFault extends FaultRule {
  id: number;
  /** How many requests it has hit so far. */
  hits: number;
  /** How many requests matched its method and path, hit or not (what `skip` counts). */
  seen: number;
}

/** What a mock lets faults do beyond answering: end its sessions (absent on a mock without sessions). */
export interface FaultHooks {
  endSessions?: () => void;
}

/** Fault rules that Given steps switch on ("Better B2B answers 503 twice"); the first matching rule applies. */
export class FaultInjector {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  constructor(
    private readonly random: () => number = Math.random,
    private readonly hooks: FaultHooks = {},
  ) {}

  /** Adds a rule; throws when it asks for what this mock cannot do (endSessions on a mock without sessions). */
  add(rule: FaultRule): ActiveFault {
    if (rule.endSessions && !this.hooks.endSessions)
      throw new Error('this mock has no sessions to end: leave out endSessions');
    const active = { ...rule, id: this.nextId++, hits: 0, seen: 0 };
    this.rules.push(active);
    return active;
  }

  list(): readonly ActiveFault[] {
    return this.rules;
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * The first rule that applies to a request (matching, past its skip, not used up, and drawn by its
   * probability), counted as used. Every matching rule counts the request as seen, so that rules with a skip
   * can follow one another (`skip: 2` applies from the third matching request, whichever rule took the first two).
   */
  take(method: string, path: string): ActiveFault | undefined {
    const matching = this.rules.filter(
      (rule) => (!rule.method || rule.method === method) && globMatches(rule.path, path),
    );
    for (const rule of matching) rule.seen += 1;
    for (const rule of matching) {
      if (rule.seen <= (rule.skip ?? 0) || (rule.times !== undefined && rule.hits >= rule.times)) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.hits += 1;
      return rule;
    }
    return undefined;
  }

  middleware() {
    return async (req: Request, res: Response, next: NextFunction) => {
      if (isHarnessPath(req.path)) return next();
      const rule = this.take(req.method, req.path);
      if (!rule) return next();
      if (rule.endSessions) this.hooks.endSessions?.();
      if (rule.latencyMs && rule.status === undefined && !rule.drop) return slowAnswer(res, rule.latencyMs, next);
      if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
      if (rule.drop) {
        req.socket.destroy();
        return;
      }
      if (rule.status === undefined) return next();
      if (rule.carryOut) return answerInstead(res, rule, next);
      sendFault(res, rule);
    };
  }
}

/** The fault's answer: its status, headers and body (JSON; none when the body is the empty string). */
function sendFault(res: Response, rule: FaultRule): void {
  const status = rule.status as number;
  if (rule.headers) res.set(rule.headers);
  if (rule.body === '' || status === 204 || status === 304) return void res.status(status).end();
  res.status(status).json(rule.body ?? { message: `Fault injected by the mock: HTTP ${status}` });
}

/** Lets the request be carried out, then sends the fault's answer in place of the one it would have had. */
function answerInstead(res: Response, rule: FaultRule, next: NextFunction): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = (() => {
    res.end = end as Response['end'];
    for (const header of res.getHeaderNames()) res.removeHeader(header);
    sendFault(res, rule);
    return res;
  }) as Response['end'];
  next();
}

/**
 * A slow server: the request is carried out at once and its answer held back. A client that gives up
 * waiting (a time-out) still finds the write done, as with a real server that was slow to answer.
 */
function slowAnswer(res: Response, latencyMs: number, next: NextFunction): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    setTimeout(() => end(...args), latencyMs);
    return res;
  }) as Response['end'];
  next();
}

export function globMatches(glob: string, path: string): boolean {
  const pattern = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(path);
}
