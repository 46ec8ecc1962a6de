import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bSuite, body, type B2BTestClient } from './test-support';

/** Each case: a write, a bad body, and the fields the 422 must name (in any order). */
const CASES: Array<{ name: string; method: 'POST' | 'PUT'; path: string; json: unknown; fields: string[] }> = [
  {
    name: 'a company without required fields',
    method: 'POST',
    path: '/company',
    json: { company_phone: '1' },
    fields: ['company_name', 'acumatica_customer_id', 'company_email'],
  },
  {
    name: 'a company with a bad email, a blank name and an unknown field',
    method: 'POST',
    path: '/company',
    json: body.company({ company_email: 'nope', company_name: '   ', id: 5 }),
    fields: ['company_email', 'company_name', 'id'],
  },
  {
    name: 'a company with values of the wrong type or too long',
    method: 'PUT',
    path: '/company/801',
    json: body.company({ company_phone: 3333, customer_class: 'x'.repeat(101) }),
    fields: ['company_phone', 'customer_class'],
  },
  {
    name: 'an address without flags',
    method: 'POST',
    path: '/address/801',
    json: { ...body.address(), is_billing: undefined, is_default_shipping: 'yes' },
    fields: ['is_billing', 'is_default_shipping'],
  },
  {
    name: 'an address with a missing city and zip',
    method: 'PUT',
    path: '/address/801/1',
    json: { ...body.address(), city: undefined, zip_code: '' },
    fields: ['city', 'zip_code'],
  },
  {
    name: 'a user with a bad role id and email',
    method: 'POST',
    path: '/company/801/users',
    json: body.user({ role_id: 'Admin', email: 'markz' }),
    fields: ['role_id', 'email'],
  },
  {
    name: 'a user without is_primary_admin',
    method: 'PUT',
    path: '/company/801/users/1',
    json: { ...body.user(), is_primary_admin: undefined, company_id: 2 },
    fields: ['is_primary_admin', 'company_id'],
  },
  {
    name: 'a role without a name',
    method: 'POST',
    path: '/roles',
    json: { permissions: 'all' },
    fields: ['name', 'permissions'],
  },
  {
    name: 'a status in lower case',
    method: 'PUT',
    path: '/company/801/status',
    json: { status: 'approved' },
    fields: ['status'],
  },
  {
    name: 'an array instead of an object',
    method: 'POST',
    path: '/company',
    json: [body.company()],
    fields: ['(body)'],
  },
];

describe('Better B2B request validation', () => {
  const suite = b2bSuite();
  const setup = async (api: B2BTestClient) => {
    const company = await api.create('/company', body.company());
    await api.create(`/address/${company.id}`, body.address());
    await api.create(`/company/${company.id}/users`, body.user());
  };
  const state = async () => (await suite.api.get('/__mock/state')).body;

  for (const { name, method, path, json, fields } of CASES) {
    it(`answers 422 to ${name}, naming each failing field, and stores nothing`, async () => {
      await setup(suite.api);
      const before = await state();
      const answer = await suite.api.request(method, path, json);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.deepEqual(answer.body.errors.map((e: { field: string }) => e.field).sort(), [...fields].sort());
      for (const error of answer.body.errors) assert.ok(error.message.length > 0, `a message for ${error.field}`);
      assert.match(
        answer.body.message,
        /^Failed to .+: the body is invalid \(.+\)\. Fix the fields listed in errors\.$/,
      );
      assert.deepEqual(await state(), before);
    });
  }

  it('says a missing field is required', async () => {
    const answer = await suite.api.post('/company', body.company({ company_email: undefined }));
    assert.deepEqual(answer.body.errors, [{ field: 'company_email', message: 'is required' }]);
  });

  it('answers 422 to a write without a body (every required field named), and 400 to a body that is not JSON', async () => {
    const required = ['company_name', 'acumatica_customer_id', 'company_email'].map((field) => ({
      field,
      message: 'is required',
    }));
    assert.deepEqual((await suite.api.post('/company', undefined)).body.errors, required);
    const empty = await suite.api.request('POST', '/company', undefined, { 'Content-Type': 'application/json' });
    assert.deepEqual([empty.status, empty.body.errors], [422, required], 'an empty JSON body is an empty object');
    const response = await fetch(`${suite.api.baseUrl}/api/v1/company`, {
      method: 'POST',
      headers: { Authorization: 'Bearer b2b-mock-token', 'Content-Type': 'application/json' },
      body: '{ "company_name": ',
    });
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { message: string }).message,
      /^Failed to read the request: the body is not valid JSON/,
    );
    assert.deepEqual(suite.mock.store.companies, []);
  });

  it('answers an unknown route with 404 and a pointer to the README', async () => {
    const answer = await suite.api.get('/customers');
    assert.equal(answer.status, 404);
    assert.equal(
      answer.body.message,
      'There is no route for GET /api/v1/customers. The README lists the routes of the Better B2B mock.',
    );
  });
});
