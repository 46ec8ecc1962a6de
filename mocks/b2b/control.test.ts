import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bFixture } from '../fixtures';
import { b2bSuite, body } from './test-support';

/** The documents' Facebook company with Mark Z as Primary Admin, as a Given step would seed it. */
const facebook = () => ({
  ...b2bFixture(),
  companies: [
    {
      _source: 'a note, ignored',
      id: 805,
      ...body.company({
        company_name: 'Facebook',
        acumatica_customer_id: 'C000000288',
        company_email: 'accounts@facebook.test',
      }),
      status: 'PENDING',
      created_at: '2023-11-21T10:00:00Z',
      addresses: [body.address()],
      users: [{ id: 7, ...body.user() }],
    },
  ],
});

describe('Better B2B control API (/__mock)', () => {
  const suite = b2bSuite();

  it('seeds companies with their addresses and users, and new ids follow the seeded ones', async () => {
    assert.equal((await suite.api.post('/__mock/seed', facebook())).status, 204);
    const company = (await suite.api.get('/company/805')).body.data;
    assert.deepEqual(
      [company.company_name, company.status, company.approved_at, company.created_at],
      ['Facebook', 'PENDING', null, '2023-11-21T10:00:00Z'],
    );
    assert.deepEqual((await suite.api.get('/company/805/users')).body.meta, { total: 1, primary_admin_id: 7 });
    assert.equal((await suite.api.get('/address/805')).body.meta.default_billing_id, 1);
    assert.equal((await suite.api.create('/company', body.company())).id, 806);
    assert.equal(
      (
        await suite.api.create(
          '/company/805/users',
          body.user({ email: 'x@facebook.test', external_id: '2', is_primary_admin: false }),
        )
      ).id,
      8,
    );
  });

  for (const { name, change, error } of [
    {
      name: 'two companies with one customer id',
      change: (f: any) => f.companies.push({ ...f.companies[0], id: 806, addresses: [], users: [] }),
      error: /companies\[1\]: acumatica_customer_id is taken by company 805/,
    },
    {
      name: 'a user whose role does not exist',
      change: (f: any) => (f.companies[0].users[0].role_id = 42),
      error: /companies\[0\]\.users\[0\]: role_id role 42 does not exist/,
    },
    {
      name: 'two Primary Admins',
      change: (f: any) => f.companies[0].users.push(body.user({ email: 'b@test.com', external_id: '2' })),
      error: /users\[1\]: is_primary_admin user 7 is the Primary Admin/,
    },
    {
      name: 'an unknown permission',
      change: (f: any) => f.roles[0].permissions.push('orders.refund'),
      error: /roles\.0\.permissions\.13/,
    },
    { name: 'an unknown key', change: (f: any) => (f.customers = []), error: /customers: is not a known field/ },
    { name: 'a role id used twice', change: (f: any) => (f.roles[1].id = 1), error: /role id 1 is used twice/ },
  ]) {
    it(`refuses a fixture with ${name} with 422, and leaves the data as it was`, async () => {
      await suite.api.create('/company', body.company());
      const fixture = facebook();
      change(fixture);
      const answer = await suite.api.post('/__mock/seed', fixture);
      assert.equal(answer.status, 422);
      assert.match(answer.body.message, /^Failed to seed the mock from the request body: /);
      assert.match(answer.body.message, error);
      assert.deepEqual(
        suite.mock.store.companies.map((c) => c.company_name),
        ['John Kenny'],
      );
    });
  }

  it('resets to the last fixture, emptying the journal and the faults', async () => {
    await suite.api.post('/__mock/seed', facebook());
    await suite.api.put('/company/805', body.company({ company_name: 'Meta', acumatica_customer_id: 'C000000288' }));
    await suite.api.post('/__mock/faults', { path: '/api/v1/roles', status: 503 });
    assert.equal((await suite.api.post('/__mock/reset', {})).status, 204);
    assert.equal((await suite.api.get('/company/805')).body.data.company_name, 'Facebook');
    assert.deepEqual(
      (await suite.api.get('/__mock/journal')).body.map((e: { path: string }) => e.path),
      ['/api/v1/company/805'],
    );
    assert.equal((await suite.api.get('/roles')).status, 200);
  });

  it('seeds from fixtures/b2b.json by name', async () => {
    await suite.api.post('/__mock/seed', facebook());
    assert.equal((await suite.api.post('/__mock/seed/b2b.json', {})).status, 204);
    assert.deepEqual((await suite.api.get('/__mock/state')).body.companies, []);
  });

  it('injects faults into the API: a status for the next N calls, then the real answer', async () => {
    await suite.api.post('/__mock/faults', {
      method: 'POST',
      path: '/api/v1/company',
      status: 503,
      times: 1,
      headers: { 'Retry-After': '1' },
    });
    const failed = await suite.api.post('/company', body.company());
    assert.deepEqual([failed.status, failed.headers.get('retry-after')], [503, '1']);
    assert.deepEqual(suite.mock.store.companies, [], 'a faulted request does not reach the store');
    assert.equal((await suite.api.post('/company', body.company())).status, 201);
  });

  it('journals each API request with its status and body', async () => {
    await suite.api.post('/company', body.company());
    await suite.api.post('/company', body.company());
    await suite.api.as('wrong').get('/company');
    await suite.api.post('/roles', { name: 'Approver', permissions: ['orders.view'] });
    const journal = (await suite.api.get('/__mock/journal')).body;
    assert.deepEqual(
      journal.map((e: { method: string; path: string; status: number }) => `${e.method} ${e.path} ${e.status}`),
      ['POST /api/v1/company 201', 'POST /api/v1/company 409', 'GET /api/v1/company 401', 'POST /api/v1/roles 201'],
    );
    assert.deepEqual(journal[0].body, body.company());
    assert.deepEqual(
      journal[3].body,
      { name: 'Approver', permissions: ['orders.view'] },
      'what the client sent, not what json-server stored',
    );
    assert.deepEqual((await suite.api.get('/__mock/journal?method=POST&path=/api/v1/roles')).body.length, 1);
  });

  it('shows every record in the state view', async () => {
    await suite.api.post('/__mock/seed', facebook());
    const state = (await suite.api.get('/__mock/state')).body;
    assert.deepEqual(Object.keys(state), ['settings', 'companies', 'addresses', 'users', 'roles']);
    assert.deepEqual(
      [state.companies.length, state.addresses.length, state.users.length, state.roles.length],
      [1, 1, 1, 3],
    );
  });
});
