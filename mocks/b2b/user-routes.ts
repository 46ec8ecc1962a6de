import { Router } from 'express';
import type { ApiDeps } from './company-routes';
import { validate } from './errors';
import { findCompany, findUser } from './lookups';
import { userInput } from './schemas';
import type { UserRecord } from './store';

/** `/company/{id}/users`: the Company User(s) tab. Emails are unique in the store; at most one Primary Admin per company. */
export function userRoutes({ store }: ApiDeps): Router {
  const router = Router();
  const present = (user: UserRecord) => ({ ...user, role_name: store.role(user.role_id)?.name ?? null });

  router.get('/company/:id/users', (req, res) => {
    const users = store.usersOfCompany(findCompany(store, req.params.id).id);
    res.json({
      data: users.map(present),
      meta: { total: users.length, primary_admin_id: users.find((u) => u.is_primary_admin)?.id ?? null },
    });
  });

  router.post('/company/:id/users', (req, res) => {
    const company = findCompany(store, req.params.id);
    const user = store.createUser(company.id, validate(userInput, req.body, `add a user to company ${company.id}`));
    res
      .status(201)
      .location(`${req.baseUrl}/company/${company.id}/users/${user.id}`)
      .json({ data: present(user) });
  });

  router.get('/company/:id/users/:userId', (req, res) => {
    res.json({ data: present(findUser(store, req.params.id, req.params.userId)) });
  });

  router.put('/company/:id/users/:userId', (req, res) => {
    const user = findUser(store, req.params.id, req.params.userId);
    const input = validate(userInput, req.body, `update user ${user.id} of company ${user.company_id}`);
    res.json({ data: present(store.updateUser(user, input)) });
  });

  router.delete('/company/:id/users/:userId', (req, res) => {
    store.deleteUser(findUser(store, req.params.id, req.params.userId));
    res.status(204).end();
  });

  return router;
}
