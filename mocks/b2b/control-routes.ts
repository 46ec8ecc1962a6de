import express, { Router } from 'express';
import { fieldErrors } from './errors';
import { settingsInput } from './schemas';
import type { B2BStore } from './store';

/**
 * The Better B2B mock's own part of the `/__mock` control API (the shared part is in mocks/control): the
 * store settings a scenario flips, such as whether new companies are approved at once.
 */
export function b2bControlRouter(store: B2BStore): Router {
  const router = Router();
  router.use(express.json());
  router.get('/settings', (_req, res) => {
    res.json(store.settings);
  });
  router.put('/settings', (req, res) => {
    const parsed = settingsInput.safeParse(req.body);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return void res.status(422).json({
        message: `Failed to change the settings: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}. Send { "auto_approve": true|false }.`,
        errors,
      });
    }
    Object.assign(store.settings, parsed.data);
    res.json(store.settings);
  });
  return router;
}
