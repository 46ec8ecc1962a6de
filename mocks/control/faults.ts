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
    /** Body of that answer (JSON); a generic one when absent. */
    body: z.unknown().optional(),
    /** Extra headers of that answer, such as Retry-After. */
    headers: z.record(z.string(), z.string()).optional(),
    /** Close the connection without answering. */
    drop: z.boolean().optional(),
    /** Apply to the next N matching requests only; always when absent. */
    times: z.number().int().positive().optional(),
    /** Apply to a matching request with this probability (0..1); always when absent. */
    probability: z.number().min(0).max(1).optional(),
  })
  .refine((rule) => rule.latencyMs !== undefined || rule.status !== undefined || rule.drop, {
    message: 'a fault needs latencyMs, status or drop',
  });

export type FaultRule = z.infer<typeof faultRuleSchema>;
export interface ActiveFault extends FaultRule {
  id: number;
  /** How many requests it has hit so far. */
  hits: number;
}

/** Fault rules that Given steps switch on ("Better B2B answers 503 twice"); the first matching rule applies. */
export class FaultInjector {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number = Math.random) {}

  add(rule: FaultRule): ActiveFault {
    const active = { ...rule, id: this.nextId++, hits: 0 };
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

  /** The first rule that applies to a request (matching, not used up, and drawn by its probability), counted as used. */
  take(method: string, path: string): ActiveFault | undefined {
    for (const rule of this.rules) {
      if (
        (rule.method && rule.method !== method) ||
        !globMatches(rule.path, path) ||
        (rule.times !== undefined && rule.hits >= rule.times)
      )
        continue;
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
      if (rule.latencyMs && rule.status === undefined && !rule.drop) return slowAnswer(res, rule.latencyMs, next);
      if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
      if (rule.drop) {
        req.socket.destroy();
        return;
      }
      if (rule.status === undefined) return next();
      if (rule.headers) res.set(rule.headers);
      res.status(rule.status).json(rule.body ?? { message: `Fault injected by the mock: HTTP ${rule.status}` });
    };
  }
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
