import express, { type Express, type Router } from 'express';
import { controlRouter, type ControlHooks } from './control-router';
import type { FaultInjector } from './faults';
import type { Journal } from './journal';

/**
 * The start both mocks share: an Express app that journals every request and serves the control API under
 * `/__mock` (the shared routes, then the mock's own). The emulated API, and the fault middleware in front of
 * it, come after.
 */
export function mockApp(
  journal: Journal,
  faults: FaultInjector,
  hooks: ControlHooks,
  ...ownControl: Router[]
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(journal.middleware());
  app.use('/__mock', controlRouter(hooks, journal, faults));
  for (const router of ownControl) app.use('/__mock', router);
  return app;
}
