import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bSuite, body } from './test-support';

describe('Better B2B companies', () => {
  const suite = b2bSuite();

  it('creates a company with the Basic Information fields, approved at once by default, with a Location', async () => {
    const answer = await suite.api.post('/company', body.company());
    assert.equal(answer.status, 201);
    const company = answer.body.data;
    assert.equal(company.id, 801, 'ids count up from 801, as in the documents');
    assert.equal(answer.headers.get('location'), `/api/v1/company/${company.id}`);
    assert.deepEqual(
      { ...company, created_at: undefined, updated_at: undefined, approved_at: undefined },
      {
        id: 801,
        ...body.company(),
        status: 'APPROVED',
        created_at: undefined,
        updated_at: undefined,
        approved_at: undefined,
      },
    );
    assert.ok(!Number.isNaN(Date.parse(company.created_at)));
    assert.equal(company.approved_at, company.created_at, 'Approved / Rejected On');
  });

  it('stores optional fields left out as null', async () => {
    const { company_phone: _p, business_type: _b, customer_class: _c, price_class: _pc, ...required } = body.company();
    const company = await suite.api.create('/company', required);
    assert.deepEqual(
      [company.company_phone, company.business_type, company.customer_class, company.price_class],
      [null, null, null, null],
    );
  });

  it('reads a company by id, and answers 404 for one that does not exist', async () => {
    const company = await suite.api.create('/company', body.company());
    assert.deepEqual((await suite.api.get(`/company/${company.id}`)).body, { data: company });
    for (const id of ['999', 'abc', '0']) {
      const missing = await suite.api.get(`/company/${id}`);
      assert.equal(missing.status, 404, id);
      assert.equal(missing.body.message, `There is no company with id ${id}.`);
    }
  });

  it('replaces the whole record on PUT: optional fields left out or null are cleared; status and dates stay', async () => {
    const company = await suite.api.create('/company', body.company({ price_class: 'RETAIL' }));
    const { company_phone: _phone, ...withoutPhone } = body.company({
      company_name: 'John Kenny Jr',
      business_type: null,
    });
    const answer = await suite.api.put(`/company/${company.id}`, withoutPhone);
    assert.equal(answer.status, 200);
    const updated = answer.body.data;
    assert.equal(updated.company_name, 'John Kenny Jr');
    assert.equal(updated.company_phone, null);
    assert.equal(updated.business_type, null);
    assert.equal(updated.price_class, null);
    assert.equal(updated.status, 'APPROVED');
    assert.equal(updated.created_at, company.created_at);
    assert.equal(updated.approved_at, company.approved_at);
    assert.equal((await suite.api.put('/company/999', body.company())).status, 404);
  });

  it('refuses a second company with the same Acumatica customer id (any case) with 409, on create and on update', async () => {
    const first = await suite.api.create('/company', body.company());
    const duplicate = await suite.api.post(
      '/company',
      body.company({ acumatica_customer_id: 'c000000012', company_name: 'Other' }),
    );
    assert.equal(duplicate.status, 409);
    assert.match(duplicate.body.message, /company 801 already has Acumatica customer id c000000012/);
    assert.deepEqual(duplicate.body.errors, [{ field: 'acumatica_customer_id', message: 'is taken by company 801' }]);
    const second = await suite.api.create(
      '/company',
      body.company({ acumatica_customer_id: 'C000000288', company_name: 'Facebook' }),
    );
    assert.equal(
      (await suite.api.put(`/company/${second.id}`, body.company({ company_name: 'Facebook' }))).status,
      409,
    );
    assert.deepEqual(
      suite.mock.store.companies.map((c) => [c.id, c.acumatica_customer_id, c.company_name]),
      [
        [first.id, 'C000000012', 'John Kenny'],
        [second.id, 'C000000288', 'Facebook'],
      ],
    );
    assert.equal(
      (await suite.api.put(`/company/${first.id}`, body.company({ acumatica_customer_id: 'C000000999' }))).status,
      200,
      'a company may change its own id',
    );
    assert.equal((await suite.api.post('/company', body.company())).status, 201, 'the old id is free again');
  });

  it('deletes a company with its addresses, users and own roles', async () => {
    const company = await suite.api.create('/company', body.company());
    await suite.api.create(`/address/${company.id}`, body.address());
    await suite.api.create(`/company/${company.id}/users`, body.user());
    await suite.api.create('/roles', { name: 'Kenny buyers', permissions: ['orders.view'], company_id: company.id });
    assert.equal((await suite.api.delete(`/company/${company.id}`)).status, 204);
    assert.equal((await suite.api.get(`/company/${company.id}`)).status, 404);
    assert.equal((await suite.api.get(`/address/${company.id}`)).status, 404);
    assert.deepEqual([suite.mock.store.addresses, suite.mock.store.users, suite.mock.store.roles.length], [[], [], 3]);
    const other = await suite.api.create('/company', body.company({ acumatica_customer_id: 'C2' }));
    assert.equal(
      (await suite.api.post(`/company/${other.id}/users`, body.user())).status,
      201,
      'the email is free again',
    );
  });
});

describe('Better B2B company list', () => {
  const suite = b2bSuite();
  const seedCompanies = () =>
    suite.mock.seed({
      roles: [],
      companies: [
        {
          ...body.company({ company_name: 'John Kenny', acumatica_customer_id: 'C000000012' }),
          created_at: '2023-11-21T10:00:00Z',
        },
        {
          ...body.company({
            company_name: 'Facebook',
            acumatica_customer_id: 'C000000288',
            company_email: 'accounts@facebook.test',
          }),
          created_at: '2023-11-20T10:00:00Z',
        },
        {
          ...body.company({
            company_name: 'Abraham Lincon',
            acumatica_customer_id: 'C000000280',
            company_email: 'abe@test.com',
          }),
          created_at: '2023-11-22T10:00:00Z',
          status: 'PENDING',
        },
        {
          ...body.company({
            company_name: 'Test Company',
            acumatica_customer_id: 'C000000279',
            company_email: 'test@test.com',
          }),
          created_at: '2023-11-21T10:00:00Z',
          status: 'REJECTED',
        },
      ],
    });
  const names = async (query: string) => {
    const answer = await suite.api.get(`/company${query}`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body.data.map((c: { company_name: string }) => c.company_name);
  };

  it('lists newest first, with meta total, limit and offset', async () => {
    seedCompanies();
    const answer = await suite.api.get('/company');
    assert.deepEqual(answer.body.meta, { total: 4, limit: 20, offset: 0 });
    assert.deepEqual(
      answer.body.data.map((c: { company_name: string }) => c.company_name),
      ['Abraham Lincon', 'Test Company', 'John Kenny', 'Facebook'],
      'created_at descending; equal dates by id, descending too',
    );
  });

  it('sorts by created date, approval date or name, either way', async () => {
    seedCompanies();
    assert.deepEqual(await names('?sort=created_at&order=asc'), [
      'Facebook',
      'John Kenny',
      'Test Company',
      'Abraham Lincon',
    ]);
    assert.deepEqual(await names('?sort=company_name&order=asc'), [
      'Abraham Lincon',
      'Facebook',
      'John Kenny',
      'Test Company',
    ]);
    assert.deepEqual(
      await names('?sort=approved_at&order=desc'),
      ['Abraham Lincon', 'Test Company', 'John Kenny', 'Facebook'],
      'no date yet (PENDING) sorts as the latest',
    );
  });

  it('pages with limit and offset, the total counting every match', async () => {
    seedCompanies();
    const page = await suite.api.get('/company?sort=created_at&order=asc&limit=2&offset=1');
    assert.deepEqual(
      page.body.data.map((c: { company_name: string }) => c.company_name),
      ['John Kenny', 'Test Company'],
    );
    assert.deepEqual(page.body.meta, { total: 4, limit: 2, offset: 1 });
    assert.deepEqual((await suite.api.get('/company?offset=10')).body, {
      data: [],
      meta: { total: 4, limit: 20, offset: 10 },
    });
  });

  it('searches by company name or Acumatica customer id, as the Companies screen does', async () => {
    seedCompanies();
    assert.deepEqual(await names('?q=kenny'), ['John Kenny']);
    assert.deepEqual(await names('?q=C000000288'), ['Facebook']);
    assert.deepEqual(await names('?q=C00000028&sort=company_name&order=asc'), ['Abraham Lincon', 'Facebook']);
    assert.deepEqual(await names('?company_name=LINCON'), ['Abraham Lincon']);
    assert.deepEqual(await names('?company_name=a.c'), [], 'the name is matched as text, not as a pattern');
  });

  it('finds a company by exact Acumatica customer id, in any case, alone or with other filters', async () => {
    seedCompanies();
    assert.deepEqual(await names('?acumatica_customer_id=c000000288'), ['Facebook']);
    assert.deepEqual(await names('?acumatica_customer_id=C00000028'), [], 'exact, not a prefix');
    assert.deepEqual(await names('?acumatica_customer_id=C000000280&status=PENDING'), ['Abraham Lincon']);
    assert.deepEqual(await names('?acumatica_customer_id=C000000280&status=APPROVED'), []);
    assert.deepEqual((await suite.api.get('/company?acumatica_customer_id=C000000012')).body.meta, {
      total: 1,
      limit: 20,
      offset: 0,
    });
  });

  it('filters by status', async () => {
    seedCompanies();
    assert.deepEqual(await names('?status=APPROVED&sort=company_name&order=asc'), ['Facebook', 'John Kenny']);
    assert.deepEqual(await names('?status=REJECTED'), ['Test Company']);
  });

  it('sees companies created through the API, and changes made since', async () => {
    const company = await suite.api.create('/company', body.company());
    await suite.api.put(`/company/${company.id}`, body.company({ company_name: 'Renamed' }));
    assert.deepEqual(await names('?q=renamed'), ['Renamed']);
  });

  it('answers 422 naming each bad or unknown query parameter', async () => {
    const answer = await suite.api.get('/company?limit=0&offset=-1&sort=name&status=ACTIVE&customer_id=C1');
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.errors.map((e: { field: string }) => e.field).sort(), [
      'customer_id',
      'limit',
      'offset',
      'sort',
      'status',
    ]);
    assert.equal((await suite.api.get('/company?limit=251')).status, 422);
  });
});
