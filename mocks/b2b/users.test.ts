import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ADMIN_ROLE, b2bSuite, body, SENIOR_BUYER_ROLE } from './test-support';

const buyer = body.user({
  email: 'buyer@facebook.test',
  first_name: 'Sheryl',
  last_name: 'S',
  role_id: SENIOR_BUYER_ROLE,
  is_primary_admin: false,
  external_id: '288002',
});

describe('Better B2B company users', () => {
  const suite = b2bSuite();
  const facebook = () =>
    suite.api.create(
      '/company',
      body.company({
        company_name: 'Facebook',
        acumatica_customer_id: 'C000000288',
        company_email: 'accounts@facebook.test',
      }),
    );
  const usersOf = async (companyId: number) => (await suite.api.get(`/company/${companyId}/users`)).body;

  it('adds a user with names, phone and role, shown with the role name, and lists the Primary Admin', async () => {
    const { id } = await facebook();
    const created = await suite.api.post(`/company/${id}/users`, body.user());
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), `/api/v1/company/${id}/users/${created.body.data.id}`);
    assert.deepEqual(
      { ...created.body.data, created_at: undefined, updated_at: undefined },
      { id: 1, company_id: id, ...body.user(), role_name: 'Admin', created_at: undefined, updated_at: undefined },
    );
    await suite.api.create(`/company/${id}/users`, buyer);
    const list = await usersOf(id);
    assert.deepEqual(
      list.data.map((u: { email: string; role_name: string }) => [u.email, u.role_name]),
      [
        ['markz@test.com', 'Admin'],
        ['buyer@facebook.test', 'Senior Buyer'],
      ],
    );
    assert.deepEqual(list.meta, { total: 2, primary_admin_id: 1 });
    assert.deepEqual((await suite.api.get(`/company/${id}/users/1`)).body.data, created.body.data);
  });

  it('keeps emails unique in the whole store, in any case (409)', async () => {
    const first = await facebook();
    const second = await suite.api.create('/company', body.company());
    await suite.api.create(`/company/${first.id}/users`, body.user());
    const clash = await suite.api.post(
      `/company/${second.id}/users`,
      body.user({ email: 'MarkZ@Test.com', external_id: 'x' }),
    );
    assert.equal(clash.status, 409);
    assert.match(
      clash.body.message,
      /user 1 of company 801 already has email MarkZ@Test\.com; emails are unique in the store/,
    );
    assert.deepEqual(clash.body.errors, [{ field: 'email', message: 'is taken by user 1' }]);
    const other = await suite.api.create(`/company/${first.id}/users`, buyer);
    assert.equal(
      (await suite.api.put(`/company/${first.id}/users/${other.id}`, { ...buyer, email: 'markz@test.com' })).status,
      409,
    );
    assert.equal(
      (await suite.api.put(`/company/${first.id}/users/${other.id}`, { ...buyer, email: 'sheryl@facebook.test' }))
        .status,
      200,
    );
    assert.equal(
      (await suite.api.post(`/company/${second.id}/users`, { ...buyer, email: 'buyer@facebook.test' })).status,
      201,
      'the old email is free again',
    );
  });

  it('has at most one Primary Admin per company: a second is refused until the first is demoted', async () => {
    const { id } = await facebook();
    const mark = await suite.api.create(`/company/${id}/users`, body.user());
    const sheryl = await suite.api.create(`/company/${id}/users`, buyer);
    const promote = { ...buyer, role_id: ADMIN_ROLE, is_primary_admin: true };
    const refused = await suite.api.put(`/company/${id}/users/${sheryl.id}`, promote);
    assert.equal(refused.status, 409);
    assert.match(
      refused.body.message,
      /company 801 already has a Primary Admin, user 1 \(markz@test\.com\)\. Demote that user first/,
    );
    assert.equal(
      (await suite.api.post(`/company/${id}/users`, body.user({ email: 'third@facebook.test', external_id: '3' })))
        .status,
      409,
    );
    // The hand-over, in the order the sync writes it: demote first, then promote.
    assert.equal(
      (
        await suite.api.put(
          `/company/${id}/users/${mark.id}`,
          body.user({ role_id: SENIOR_BUYER_ROLE, is_primary_admin: false }),
        )
      ).status,
      200,
    );
    assert.equal((await suite.api.put(`/company/${id}/users/${sheryl.id}`, promote)).status, 200);
    assert.equal((await usersOf(id)).meta.primary_admin_id, sheryl.id);
    assert.equal(
      (await suite.api.put(`/company/${id}/users/${sheryl.id}`, promote)).status,
      200,
      'the Primary Admin may be written again',
    );
  });

  it('lets each company have its own Primary Admin, and none at all', async () => {
    const first = await facebook();
    const second = await suite.api.create('/company', body.company());
    await suite.api.create(`/company/${first.id}/users`, body.user());
    assert.equal(
      (await suite.api.post(`/company/${second.id}/users`, body.user({ email: 'john@test.com' }))).status,
      201,
    );
    const mark = (await usersOf(first.id)).data[0];
    assert.equal((await suite.api.delete(`/company/${first.id}/users/${mark.id}`)).status, 204);
    assert.deepEqual((await usersOf(first.id)).meta, { total: 0, primary_admin_id: null });
  });

  it('refuses a role that does not exist, or that belongs to another company, with 422', async () => {
    const first = await facebook();
    const second = await suite.api.create('/company', body.company());
    const own = await suite.api.create('/roles', {
      name: 'Kenny buyers',
      permissions: ['orders.view'],
      company_id: second.id,
    });
    for (const role_id of [99, own.id]) {
      const answer = await suite.api.post(`/company/${first.id}/users`, body.user({ role_id }));
      assert.equal(answer.status, 422, `role ${role_id}`);
      assert.deepEqual(answer.body.errors, [
        { field: 'role_id', message: `role ${role_id} does not exist for company ${first.id}` },
      ]);
    }
    assert.equal(
      (await suite.api.post(`/company/${second.id}/users`, body.user({ role_id: own.id, is_primary_admin: false })))
        .status,
      201,
    );
  });

  it('replaces a user on PUT (optional fields left out are cleared) and deletes one', async () => {
    const { id } = await facebook();
    const user = await suite.api.create(`/company/${id}/users`, body.user());
    const { phone: _phone, ...withoutPhone } = body.user({ first_name: 'Marcus' });
    const updated = (await suite.api.put(`/company/${id}/users/${user.id}`, withoutPhone)).body.data;
    assert.deepEqual([updated.first_name, updated.phone, updated.created_at], ['Marcus', null, user.created_at]);
    assert.equal((await suite.api.delete(`/company/${id}/users/${user.id}`)).status, 204);
    assert.equal((await suite.api.get(`/company/${id}/users/${user.id}`)).status, 404);
  });

  it('refuses a second user with the same external id in one company with 409', async () => {
    const { id } = await facebook();
    await suite.api.create(`/company/${id}/users`, body.user());
    const twin = await suite.api.post(`/company/${id}/users`, { ...buyer, external_id: '288001' });
    assert.equal(twin.status, 409);
    assert.deepEqual(twin.body.errors, [{ field: 'external_id', message: 'is taken by user 1' }]);
  });

  it('answers 404 for an unknown company, and for a user of another company', async () => {
    const first = await facebook();
    const second = await suite.api.create('/company', body.company());
    const user = await suite.api.create(`/company/${first.id}/users`, body.user());
    assert.equal((await suite.api.get('/company/999/users')).status, 404);
    assert.equal((await suite.api.post('/company/999/users', buyer)).status, 404);
    assert.equal((await suite.api.put(`/company/${second.id}/users/${user.id}`, body.user())).status, 404);
    assert.equal((await suite.api.delete(`/company/${second.id}/users/${user.id}`)).status, 404);
  });
});
