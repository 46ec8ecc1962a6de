import { Router } from 'express';
import type { ApiDeps } from './company-routes';
import { ApiError, validate } from './errors';
import { companyRolesQuery, likePattern, roleListQuery } from './list-query';
import { findCompany, findRole } from './lookups';
import { grantedTree, PERMISSION_TREE } from './permissions';
import type { RoleRecord } from './stored-records';
import { roleInput } from './schemas';

const present = (role: RoleRecord) => ({ ...role, permission_tree: grantedTree(role.permissions) });

/**
 * `/roles` (stored and served by json-server once the rules have passed), the company's "User Roles" tab
 * and the permission tree. Predefined roles answer 403 to any change; a role in use cannot be deleted.
 */
export function roleRoutes({ store, collections }: ApiDeps): Router {
  const router = Router();
  const predefined = (role: RoleRecord, action: string) => {
    if (role.type === 'Predefined')
      throw new ApiError(
        403,
        `Failed to ${action} role ${role.id} (${role.name}): Predefined roles cannot be modified. Create a custom role instead.`,
      );
  };

  router.get('/permissions', (_req, res) => {
    res.json({ data: PERMISSION_TREE });
  });

  router.get('/roles', (req, res, next) => {
    const query = validate(roleListQuery, req.query, 'list the roles', 'query');
    const filters: Record<string, string> = {
      _sort: 'id',
      _order: 'asc',
      _start: String(query.offset),
      _limit: String(query.limit),
    };
    if (query.q) filters.name_like = likePattern(query.q);
    if (query.type) filters.type = query.type;
    if (query.company_id) filters.company_id = String(query.company_id);
    collections.forward(req, res, next, {
      path: '/roles',
      query: filters,
      present,
      page: { limit: query.limit, offset: query.offset },
    });
  });

  router.get('/roles/:id', (req, res, next) => {
    const role = findRole(store, req.params.id);
    collections.forward(req, res, next, { path: `/roles/${role.id}`, present });
  });

  router.post('/roles', (req, res, next) => {
    const input = validate(roleInput, req.body, 'create the role');
    store.checkRole(input);
    const stamp = new Date().toISOString();
    const body: RoleRecord = {
      id: store.claimRoleId(),
      ...input,
      type: 'Custom',
      created_at: stamp,
      updated_at: stamp,
    };
    collections.forward(req, res, next, { path: '/roles', body, present });
  });

  router.put('/roles/:id', (req, res, next) => {
    const role = findRole(store, req.params.id);
    predefined(role, 'change');
    const input = validate(roleInput, req.body, `change role ${role.id}`);
    store.checkRole(input, role);
    const body: Omit<RoleRecord, 'id'> = {
      ...input,
      type: 'Custom',
      created_at: role.created_at,
      updated_at: new Date().toISOString(),
    };
    collections.forward(req, res, next, { path: `/roles/${role.id}`, body, present });
  });

  router.delete('/roles/:id', (req, res, next) => {
    const role = findRole(store, req.params.id);
    predefined(role, 'delete');
    const holders = store.roleHolderCount(role.id);
    if (holders > 0)
      throw new ApiError(
        409,
        `Failed to delete role ${role.id} (${role.name}): ${holders} user(s) hold it. Give them another role first.`,
      );
    collections.forward(req, res, next, { path: `/roles/${role.id}` });
  });

  router.get('/company/:id/roles', (req, res) => {
    const company = findCompany(store, req.params.id);
    const { q } = validate(companyRolesQuery, req.query, `list the roles of company ${company.id}`, 'query');
    const roles = store
      .rolesOfCompany(company.id)
      .filter((role) => !q || role.name.toLowerCase().includes(q.toLowerCase()));
    res.json({ data: roles.map(present), meta: { total: roles.length } });
  });

  return router;
}
