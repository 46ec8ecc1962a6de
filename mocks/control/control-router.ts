import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** The folder `POST /__mock/seed/{file}` reads from; the repository's fixtures/ when absent. */
  fixturesDir?: string;
}

export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');
const FIXTURE_NAME = /^[\w.-]+\.json$/;

/**
 * The control API both mocks share, under `/__mock/`, clearly apart from the emulated API:
 * `POST /reset`, `POST /seed` (a fixture in the body), `POST /seed/{file}` (a file of fixtures/),
 * `GET /fixtures`, `GET /state`, `GET|DELETE /journal` (`?method=&path=` filter it), `GET|POST|DELETE /faults`,
 * `DELETE /faults/{id}`, `GET /health`.
 */
export function controlRouter(hooks: ControlHooks, journal: Journal, faults: FaultInjector): Router {
  const router = Router();
  const fixturesDir = hooks.fixturesDir ?? FIXTURES_DIR;
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
  const seed = (fixture: unknown, res: express.Response, from: string) => {
    try {
      hooks.seed(fixture);
    } catch (error) {
      res.status(422).json({
        message: `Failed to seed the mock from ${from}: ${(error as Error).message}. Fix the fixture; the data was left as it was.`,
      });
      return;
    }
    res.status(204).end();
  };
  router.post('/seed', (req, res) => seed(req.body, res, 'the request body'));
  router.get('/fixtures', (_req, res) => {
    res.json(
      existsSync(fixturesDir)
        ? readdirSync(fixturesDir)
            .filter((name) => FIXTURE_NAME.test(name))
            .sort()
        : [],
    );
  });
  router.post('/seed/:file', (req, res) => {
    const file = req.params.file;
    const path = join(fixturesDir, file);
    if (!FIXTURE_NAME.test(file) || !existsSync(path)) {
      res.status(404).json({
        message: `Failed to seed the mock: there is no fixture file ${file}. GET /__mock/fixtures lists them.`,
      });
      return;
    }
    let fixture: unknown;
    try {
      fixture = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      res
        .status(422)
        .json({ message: `Failed to seed the mock from ${file}: it is not valid JSON (${(error as Error).message}).` });
      return;
    }
    seed(fixture, res, file);
  });
  router.get('/state', (_req, res) => {
    res.json(hooks.state());
  });
  router.get('/journal', (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    res.json(journal.list({ method: text('method'), path: text('path') }));
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
      res.status(422).json({
        message: 'Failed to add the fault: the rule is invalid. See errors.',
        errors: z.treeifyError(parsed.error),
      });
      return;
    }
    try {
      res.status(201).json(faults.add(parsed.data));
    } catch (error) {
      res.status(422).json({ message: `Failed to add the fault: ${(error as Error).message}.` });
    }
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
