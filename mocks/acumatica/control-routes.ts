import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { licenseLimitsSchema, type RequestLimiter } from './license-limits';
import { subscriptionSchema, type PushNotifier } from './push/push-notifier';
import type { Sessions } from './auth/sessions';

export interface AcumaticaControlDeps {
  limiter: RequestLimiter;
  sessions: Sessions;
  push: PushNotifier;
  /** Entities a push subscription may watch. */
  entities: () => string[];
  /** The server's clock: record stamps and the Date header. */
  clock: { now: () => number; advance: (ms: number) => void };
}

const advanceSchema = z.object({
  advanceMs: z
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 3600 * 1000),
});

/**
 * The Acumatica mock's own part of the `/__mock` control API: license limits, API sessions, the server's
 * clock and push notification subscribers (the shared part is in mocks/control).
 */
export function acumaticaControlRouter(deps: AcumaticaControlDeps): Router {
  const router = Router();
  router.use(express.json());
  router.get('/limits', (_req, res) => {
    res.json({ ...deps.limiter.limits, ...deps.limiter.state(), sessions: deps.sessions.count });
  });
  router.put('/limits', (req, res) => {
    const parsed = licenseLimitsSchema.partial().safeParse(req.body);
    if (!parsed.success) return invalid(res, 'change the limits', parsed.error);
    deps.limiter.limits = { ...deps.limiter.limits, ...parsed.data };
    res.json(deps.limiter.limits);
  });
  router.get('/sessions', (_req, res) => {
    res.json(deps.sessions.list());
  });
  router.post('/sessions/expire', (_req, res) => {
    deps.sessions.expireAll();
    res.status(204).end();
  });
  router.get('/clock', (_req, res) => {
    res.json({ now: new Date(deps.clock.now()).toISOString() });
  });
  router.post('/clock', (req, res) => {
    const parsed = advanceSchema.safeParse(req.body);
    if (!parsed.success) return invalid(res, 'move the clock', parsed.error);
    deps.clock.advance(parsed.data.advanceMs);
    res.json({ now: new Date(deps.clock.now()).toISOString() });
  });
  router.get('/push-subscriptions', (_req, res) => {
    res.json(deps.push.list());
  });
  router.post('/push-subscriptions', (req, res) => {
    const parsed = subscriptionSchema.safeParse(req.body);
    if (!parsed.success) return invalid(res, 'add the push subscription', parsed.error);
    if (!deps.entities().includes(parsed.data.entity)) {
      return void res.status(422).json({
        message: `Failed to add the push subscription: there is no entity ${parsed.data.entity}. Use one of ${deps.entities().join(', ')}.`,
      });
    }
    res.status(201).json(deps.push.subscribe(parsed.data));
  });
  router.delete('/push-subscriptions', (_req, res) => {
    deps.push.clear();
    res.status(204).end();
  });
  router.delete('/push-subscriptions/:id', (req, res) => {
    res.status(deps.push.remove(Number(req.params.id)) ? 204 : 404).end();
  });
  router.get('/push-deliveries', async (req, res) => {
    if (req.query.settled === 'true') await deps.push.settled();
    res.json(deps.push.deliveries());
  });
  return router;
}

function invalid(res: Response, action: string, error: z.ZodError): void {
  res.status(422).json({
    message: `Failed to ${action}: ${error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}.`,
  });
}
