import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, q, signedInMock, TestClient, wire } from '../test-support';

describe('a 24R2 site: several Default versions side by side', () => {
  const suite = signedInMock({}, { reset: true });

  it('lists every Default version in GET /entity, each with an absolute href', async () => {
    const { endpoints } = (await suite.client.get('/entity')).body;
    const defaults = endpoints.filter((e: { name: string }) => e.name === 'Default');
    assert.deepEqual(
      defaults.map((e: { version: string }) => e.version),
      ['20.200.001', '22.200.001', '23.200.001', '24.200.001'],
    );
    for (const endpoint of endpoints) assert.match(endpoint.href, /^http:\/\/127\.0\.0\.1:\d+\/entity\/\w+\/[\d.]+\/$/);
  });

  it('serves the same records through an older version, without the fields it does not have', async () => {
    const old = (await suite.client.get(`/entity/Default/20.200.001/Customer/C000000012`)).body;
    const current = (await suite.client.get(`${DEFAULT}/Customer/C000000012`)).body;
    assert.equal(old.id, current.id);
    assert.equal(old.CustomerName.value, 'John Kenny');
    assert.equal(old.Email, undefined, 'Email is new in 23.200.001');
    assert.deepEqual(current.Email, { value: 'johnkenny@test.com' });
    const refused = await suite.client.put(
      '/entity/Default/22.200.001/Customer',
      wire({ CustomerID: 'C000000012', Email: 'x@test.com' }),
    );
    assert.equal(refused.status, 400);
    const saved = await suite.client.put(
      '/entity/Default/23.200.001/Customer',
      wire({ CustomerID: 'C000000012', Email: 'new@test.com' }),
    );
    assert.equal(saved.status, 200);
    assert.equal(saved.body._links.self, `/entity/Default/23.200.001/Customer/${current.id}`);
  });
});

describe('a site under a virtual directory (/AcumaticaERP)', () => {
  const suite = signedInMock({ basePath: '/AcumaticaERP' });

  it('serves sign-in, the endpoints, the control API and every href under it, and nothing at the root', async () => {
    assert.match(suite.mock.url, /\/AcumaticaERP$/);
    const origin = suite.mock.url.replace(/\/AcumaticaERP$/, '');
    const { endpoints } = (await suite.client.get('/entity')).body;
    assert.ok(endpoints.every((e: { href: string }) => e.href.startsWith(`${suite.mock.url}/entity/`)));
    const customer = (await suite.client.get(`${DEFAULT}/Customer/C000000012${q({ $select: 'CustomerID' })}`)).body;
    assert.equal(customer._links.self, `/AcumaticaERP${DEFAULT}/Customer/${customer.id}`);
    const swagger = (await suite.client.get(`${DEFAULT}/swagger.json`)).body;
    assert.equal(swagger.servers[0].url, `${suite.mock.url}${DEFAULT}`);
    assert.equal((await suite.client.get('/__mock/state')).status, 200);
    const atRoot = await new TestClient(origin).get('/entity');
    assert.equal(atRoot.status, 404);
  });
});

describe('$adHocSchema and $filter beside the keys', () => {
  const suite = signedInMock();

  it('answers GET …/Customer/$adHocSchema with the custom fields and their types, not as a key', async () => {
    const answer = await suite.client.get(`${DEFAULT}/Customer/$adHocSchema`);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.custom.BAccount.AcctCD, { type: 'CustomStringField' });
    assert.deepEqual(answer.body.CustomerID, {});
  });

  it('finds a record by its keys only when it also satisfies the $filter', async () => {
    const hit = await suite.client.get(`${DEFAULT}/Customer/C000000012${q({ $filter: "CustomerClass eq 'LOCAL'" })}`);
    assert.equal(hit.status, 200);
    const miss = await suite.client.get(`${DEFAULT}/Customer/C000000012${q({ $filter: "CustomerClass eq 'OTHER'" })}`);
    assert.equal(miss.status, 500);
    assert.equal(miss.body.exceptionType, 'PX.Api.ContractBased.NoEntitySatisfiesTheConditionException');
  });
});
