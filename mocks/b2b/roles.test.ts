import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ADMIN_ROLE, b2bSuite, body } from './test-support';

const leaves = (tree: Array<{ label: string; code?: string; children?: Array<{ label: string }> }>) =>
  tree.map((node) => (node.children ? [node.label, node.children.map((child) => child.label)] : node.label));

describe('Better B2B roles and permissions', () => {
  const suite = b2bSuite();

  it('seeds the predefined Admin role with every permission of the documents’ tree ticked', async () => {
    const answer = await suite.api.get(`/roles/${ADMIN_ROLE}`);
    assert.equal(answer.status, 200);
    const admin = answer.body.data;
    assert.deepEqual([admin.name, admin.type, admin.company_id], ['Admin', 'Predefined', null]);
    assert.deepEqual(leaves(admin.permission_tree), [
      ['Manage Companies', ['View Company information', 'Edit Company Information']],
      ['Manage Users', ['View Users', 'Add New User', 'Edit User', 'Delete User']],
      ['Manage Roles', ['View Roles', 'Add New Role', 'Edit Role', 'Delete Role']],
      'View Orders',
      'Place Order',
      'Order Credit Limit Value',
    ]);
    assert.ok(admin.permission_tree.every((node: { granted: boolean }) => node.granted));
    assert.equal(admin.permissions.length, 13);
  });

  it('lists the predefined roles, and the permission tree with codes', async () => {
    const roles = (await suite.api.get('/roles')).body;
    assert.deepEqual(
      roles.data.map((r: { name: string; type: string }) => [r.name, r.type]),
      [
        ['Admin', 'Predefined'],
        ['Senior Buyer', 'Predefined'],
        ['Junior Buyer', 'Predefined'],
      ],
    );
    assert.deepEqual(roles.meta, { total: 3, limit: 100, offset: 0 });
    const junior = roles.data[2].permission_tree;
    assert.deepEqual(junior[0], {
      label: 'Manage Companies',
      granted: false,
      children: [
        { code: 'companies.view', label: 'View Company information', granted: true },
        { code: 'companies.edit', label: 'Edit Company Information', granted: false },
      ],
    });
    const tree = (await suite.api.get('/permissions')).body.data;
    assert.deepEqual(tree[3], { code: 'orders.view', label: 'View Orders' });
  });

  it('answers 403 "Predefined roles cannot be modified" to a change or a deletion of a predefined role', async () => {
    const change = await suite.api.put(`/roles/${ADMIN_ROLE}`, { name: 'Boss', permissions: [] });
    assert.equal(change.status, 403);
    assert.equal(
      change.body.message,
      'Failed to change role 1 (Admin): Predefined roles cannot be modified. Create a custom role instead.',
    );
    const deletion = await suite.api.delete(`/roles/${ADMIN_ROLE}`);
    assert.equal(deletion.status, 403);
    assert.match(deletion.body.message, /Predefined roles cannot be modified/);
    const admin = (await suite.api.get(`/roles/${ADMIN_ROLE}`)).body.data;
    assert.deepEqual([admin.name, admin.permissions.length], ['Admin', 13]);
  });

  it('creates, changes and deletes a custom role', async () => {
    const created = await suite.api.post('/roles', {
      name: 'Approver',
      permissions: ['orders.view', 'orders.credit_limit'],
    });
    assert.equal(created.status, 201);
    const role = created.body.data;
    assert.deepEqual(
      [role.id, role.name, role.type, role.company_id, role.permissions],
      [4, 'Approver', 'Custom', null, ['orders.view', 'orders.credit_limit']],
    );
    assert.equal(created.headers.get('location'), '/api/v1/roles/4');
    const changed = await suite.api.put('/roles/4', { name: 'Order approver', permissions: ['orders.view'] });
    assert.equal(changed.status, 200);
    assert.deepEqual(
      [changed.body.data.id, changed.body.data.name, changed.body.data.type, changed.body.data.created_at],
      [4, 'Order approver', 'Custom', role.created_at],
    );
    assert.deepEqual(
      (await suite.api.get('/roles?type=Custom')).body.data.map((r: { name: string }) => r.name),
      ['Order approver'],
    );
    assert.equal((await suite.api.delete('/roles/4')).status, 204);
    assert.equal((await suite.api.get('/roles/4')).status, 404);
    assert.equal(
      (await suite.api.create('/roles', { name: 'Next', permissions: [] })).id,
      5,
      'a deleted role’s id is not reused',
    );
  });

  it('refuses a name a company would see twice (409), and deleting a role users hold (409)', async () => {
    const company = await suite.api.create('/company', body.company());
    assert.equal((await suite.api.post('/roles', { name: 'admin', permissions: [] })).status, 409);
    const own = await suite.api.create('/roles', {
      name: 'Buyers',
      permissions: ['orders.place'],
      company_id: company.id,
    });
    const clash = await suite.api.post('/roles', { name: 'BUYERS', permissions: [] });
    assert.equal(clash.status, 409);
    assert.deepEqual(clash.body.errors, [{ field: 'name', message: `is taken by role ${own.id}` }]);
    await suite.api.create(`/company/${company.id}/users`, body.user({ role_id: own.id, is_primary_admin: false }));
    const held = await suite.api.delete(`/roles/${own.id}`);
    assert.equal(held.status, 409);
    assert.match(held.body.message, /1 user\(s\) hold it\. Give them another role first\./);
    assert.equal(
      (await suite.api.put(`/roles/${own.id}`, { name: 'Buyers', permissions: [], company_id: null })).status,
      422,
      'a role stays with its company',
    );
  });

  it('shows a company’s User Roles: predefined, store-wide custom and its own, searchable by name', async () => {
    const kenny = await suite.api.create('/company', body.company());
    const facebook = await suite.api.create('/company', body.company({ acumatica_customer_id: 'C000000288' }));
    await suite.api.create('/roles', { name: 'Kenny buyers', permissions: [], company_id: kenny.id });
    await suite.api.create('/roles', { name: 'Store auditors', permissions: ['orders.view'] });
    const view = (await suite.api.get(`/company/${facebook.id}/roles`)).body;
    assert.deepEqual(
      view.data.map((r: { name: string; type: string }) => [r.name, r.type]),
      [
        ['Admin', 'Predefined'],
        ['Senior Buyer', 'Predefined'],
        ['Junior Buyer', 'Predefined'],
        ['Store auditors', 'Custom'],
      ],
    );
    assert.deepEqual(view.meta, { total: 4 });
    assert.deepEqual(
      (await suite.api.get(`/company/${kenny.id}/roles?q=BUYER`)).body.data.map((r: { name: string }) => r.name),
      ['Senior Buyer', 'Junior Buyer', 'Kenny buyers'],
    );
    assert.deepEqual(
      (await suite.api.get(`/roles?company_id=${kenny.id}`)).body.data.map((r: { name: string }) => r.name),
      ['Kenny buyers'],
    );
    assert.equal((await suite.api.get('/company/999/roles')).status, 404);
  });

  it('answers 422 to an unknown permission or company, and 404 to an unknown role', async () => {
    const bad = await suite.api.post('/roles', {
      name: 'Odd',
      permissions: ['orders.view', 'orders.refund'],
      company_id: 999,
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.errors.map((e: { field: string }) => e.field),
      ['permissions.1'],
    );
    const noCompany = await suite.api.post('/roles', { name: 'Odd', permissions: [], company_id: 999 });
    assert.deepEqual(
      [noCompany.status, noCompany.body.errors],
      [422, [{ field: 'company_id', message: 'company 999 does not exist' }]],
    );
    assert.equal((await suite.api.put('/roles/99', { name: 'X', permissions: [] })).status, 404);
    assert.equal((await suite.api.delete('/roles/99')).status, 404);
    assert.equal(suite.mock.store.roles.length, 3);
  });
});
