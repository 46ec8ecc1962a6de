import express, { Router } from 'express';
import { z } from 'zod';
import { faultRuleSchema, type FaultInjector } from './faults';
import type { Journal } from './journal';

/** What a mock lets the control API do to its state. */
export interface ControlHooks {
  /** Back to the state it started with (its fixtures loaded, nothing else). */
  reset(): void;
  /** Replace the data with a fixture document (the same format as the files in fixtures/). */
  seed(fixture: unknown): void;
  /** A snapshot of the data, for tests and for people exploring. */
  state(): unknown;
}

/**
 * The control API both mocks share, under `/__mock/`, clearly apart from the emulated API:
 * `POST /reset`, `POST /seed`, `GET /state`, `GET|DELETE /journal`, `GET|POST|DELETE /faults`, `GET /health`.
 */
export function controlRouter(hooks: ControlHooks, journal: Journal, faults: FaultInjector): Router {
  const router = Router();
  router.use(express.json({ limit: '20mb' }));
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.post('/reset', (_req, res) => {
    hooks.reset();
    journal.clear();
    faults.clear();
    res.status(204).end();
  });
  router.post('/seed', (req, res) => {
    try {
      hooks.seed(req.body);
    } catch (error) {
      res.status(422).json({ message: `Failed to seed the mock: ${(error as Error).message}` });
      return;
    }
    res.status(204).end();
  });
  router.get('/state', (_req, res) => {
    res.json(hooks.state());
  });
  router.get('/journal', (_req, res) => {
    res.json(journal.list());
  });
  router.delete('/journal', (_req, res) => {
    journal.clear();
    res.status(204).end();
  });
  router.get('/faults', (_req, res) => {
    res.json(faults.list());
  });
  router.post('/faults', (req, res) => {
    const parsed = faultRuleSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(422).json({ message: 'Failed to add the fault', errors: z.treeifyError(parsed.error) });
      return;
    }
    res.status(201).json(faults.add(parsed.data));
  });
  router.delete('/faults', (_req, res) => {
    faults.clear();
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    res.status(faults.remove(Number(req.params.id)) ? 204 : 404).end();
  });
  return router;
}
