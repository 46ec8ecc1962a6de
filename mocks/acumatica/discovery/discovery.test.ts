import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, signedInMock, TestClient } from '../test-support';

type Doc = {
  paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ $ref: string }> }>>;
  components: { schemas: Record<string, any>; parameters: Record<string, any> };
};

/**
 * Checks a value against a schema of the document; returns the problems found. An entity's properties are
 * closed, except `_links`: answers carry it although the real document leaves it out of `Entity`.
 */
function check(doc: Doc, value: unknown, schema: any, where: string): string[] {
  if (schema.$ref) return check(doc, value, doc.components.schemas[schema.$ref.split('/').pop()], where);
  if (schema.allOf) {
    const properties = Object.assign(
      {},
      ...schema.allOf.map(
        (part: any) => (part.$ref ? doc.components.schemas[part.$ref.split('/').pop()] : part).properties ?? {},
      ),
    );
    if (!schema.allOf.some((part: any) => part.$ref?.endsWith('/Entity')))
      return check(doc, value, schema.allOf[0], where);
    return check(doc, value, { type: 'object', properties: { ...properties, _links: {} }, closed: true }, where);
  }
  if (value === null || value === undefined)
    return schema.nullable || schema.type === undefined ? [] : [`${where}: null`];
  if (schema.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${where}: expected an object`];
    return Object.entries(value).flatMap(([name, inner]) => {
      const property =
        schema.properties?.[name] ??
        (schema.additionalProperties === undefined ? undefined : schema.additionalProperties || {});
      return property
        ? check(doc, inner, property, `${where}.${name}`)
        : schema.closed
          ? [`${where}.${name}: not in the schema`]
          : [];
    });
  }
  if (schema.type === 'array')
    return Array.isArray(value)
      ? value.flatMap((row, i) => check(doc, row, schema.items, `${where}[${i}]`))
      : [`${where}: expected an array`];
  const ok = {
    string: typeof value === 'string',
    integer: Number.isInteger(value),
    number: typeof value === 'number',
    boolean: typeof value === 'boolean',
  }[schema.type as string];
  return ok === false ? [`${where}: ${JSON.stringify(value)} is not ${schema.type}`] : [];
}

describe('Acumatica discovery: GET /entity and swagger.json', () => {
  const suite = signedInMock();

  it('lists only the system endpoints before sign-in, and the custom endpoint after', async () => {
    const anonymous = await new TestClient(suite.mock.url).get('/entity');
    assert.equal(anonymous.status, 200);
    assert.match(anonymous.body.version.acumaticaBuildVersion, /^\d+\.\d+\.\d+$/);
    assert.deepEqual([...new Set(anonymous.body.endpoints.map((e: { name: string }) => e.name))], ['Default']);
    const signedIn = await suite.client.get('/entity');
    assert.deepEqual(
      signedIn.body.endpoints,
      [
        ['Default', '20.200.001'],
        ['Default', '22.200.001'],
        ['Default', '23.200.001'],
        ['Default', '24.200.001'],
        ['KensiumCommerce', '24.200.001'],
      ].map(([name, version]) => ({ name, version, href: `${suite.mock.url}/entity/${name}/${version}/` })),
    );
  });

  it('serves swagger.json to a signed-in user or with ?company=, and 401 otherwise', async () => {
    assert.equal((await new TestClient(suite.mock.url).get(`${KENSIUM}/swagger.json`)).status, 401);
    assert.equal((await new TestClient(suite.mock.url).get(`${KENSIUM}/swagger.json?company=Company`)).status, 200);
    assert.equal(
      (await new TestClient(suite.mock.url).get('/entity/swagger.json')).body.paths['/entity/auth/login'].post
        .operationId,
      'Auth_Login',
    );
  });

  it('describes each entity of the endpoint, with its fields and operations, as OpenAPI 3', async () => {
    const doc = (await suite.client.get(`${KENSIUM}/swagger.json`)).body;
    assert.equal(doc.openapi, '3.0.1');
    assert.equal(doc.servers[0].url, `${suite.mock.url}${KENSIUM}`);
    const customer = doc.components.schemas.Customer.allOf[1].properties;
    assert.deepEqual(customer.CustomerType, { $ref: '#/components/schemas/StringValue' });
    assert.deepEqual(customer.KensiumCommerceEnabled, { $ref: '#/components/schemas/BooleanValue' });
    assert.deepEqual(customer.MainContact, { $ref: '#/components/schemas/Contact' });
    assert.deepEqual(customer.SiteAssociations, {
      type: 'array',
      items: { $ref: '#/components/schemas/SiteAssociation' },
    });
    assert.ok(doc.components.schemas.Address.allOf[1].properties.City);
    for (const entity of [
      'Customer',
      'Contact',
      'CustomerLocation',
      'CustomerClass',
      'ConnectorLog',
      'ConnectorConfiguration',
    ]) {
      const ids = Object.values(doc.paths as Doc['paths']).flatMap((item) =>
        Object.values(item).map((op) => op.operationId),
      );
      for (const op of ['GetList', 'PutEntity', 'GetById', 'GetByKeys', 'DeleteById', 'DeleteByKeys'])
        assert.ok(ids.includes(`${entity}_${op}`), `${entity}_${op}`);
    }
    const defaultDoc = (await suite.client.get('/entity/Default/24.200.001/swagger.json')).body;
    assert.equal(
      defaultDoc.components.schemas.Customer.allOf[1].properties.CustomerType,
      undefined,
      'Default has no Kensium fields',
    );
  });

  it('lets a client driven only by the document create, read and list records whose answers match it', async () => {
    const doc: Doc = (await suite.client.get(`${KENSIUM}/swagger.json`)).body;
    const operation = (id: string) => {
      for (const [path, item] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(item))
          if (op.operationId === id) return { path, method: method.toUpperCase(), op };
      throw new Error(`no operation ${id}`);
    };
    const base = new URL((doc as unknown as { servers: Array<{ url: string }> }).servers[0]!.url).pathname;
    const fields = doc.components.schemas.Customer.allOf[1].properties;
    const record = {
      CustomerID: 'C000000777',
      CustomerName: 'Generated Client Inc',
      CustomerClass: 'LOCAL',
      CustomerType: 'B2C',
    };
    for (const name of Object.keys(record)) assert.ok(fields[name], `the document describes ${name}`);
    const put = operation('Customer_PutEntity');
    const saved = await suite.client.request(put.method, `${base}${put.path}`, {
      json: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { value: v }])),
    });
    assert.equal(saved.status, 200);
    const spoiled = { ...saved.body, Bogus: { value: 1 }, CustomerName: { value: 5 } };
    assert.deepEqual(
      check(doc, spoiled, { $ref: '#/components/schemas/Customer' }, 'PUT').sort(),
      ['PUT.Bogus: not in the schema', 'PUT.CustomerName.value: 5 is not string'],
      'the check finds problems',
    );
    assert.deepEqual(check(doc, saved.body, { $ref: '#/components/schemas/Customer' }, 'PUT'), []);
    const byKeys = operation('Customer_GetByKeys');
    const read = await suite.client.request(
      byKeys.method,
      `${base}${byKeys.path.replace('{ids}', record.CustomerID)}?$expand=MainContact,SiteAssociations`,
    );
    assert.equal(read.body.CustomerName.value, record.CustomerName);
    assert.deepEqual(check(doc, read.body, { $ref: '#/components/schemas/Customer' }, 'GetByKeys'), []);
    const list = operation('Customer_GetList');
    assert.ok(
      list.op.parameters?.some((p) => doc.components.parameters[p.$ref.split('/').pop() as string].name === '$filter'),
    );
    const listed = await suite.client.request(
      list.method,
      `${base}${list.path}?$expand=MainContact/Address,MainContact,SiteAssociations`,
    );
    assert.equal(listed.status, 200);
    assert.deepEqual(
      check(doc, listed.body, { type: 'array', items: { $ref: '#/components/schemas/Customer' } }, 'GetList'),
      [],
    );
  });
});
