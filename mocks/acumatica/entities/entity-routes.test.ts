import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, q, signedInMock, wire, type Answer } from '../test-support';

const NO_ENTITY = 'PX.Api.ContractBased.NoEntitySatisfiesTheConditionException';

describe('Acumatica records: PUT, GET, DELETE', () => {
  const suite = signedInMock({}, { reset: true });

  const customers = () => suite.mock.store.all('Customer');
  const assertNoEntity = (answer: Answer) => {
    assert.equal(answer.status, 500);
    assert.deepEqual(
      {
        message: answer.body.message,
        exceptionMessage: answer.body.exceptionMessage,
        exceptionType: answer.body.exceptionType,
      },
      {
        message: 'An error has occurred.',
        exceptionMessage: 'No entity satisfies the condition.',
        exceptionType: NO_ENTITY,
      },
    );
    assert.equal(typeof answer.body.stackTrace, 'string');
  };

  it('creates a record with PUT, and updates the same one when its key fields come again', async () => {
    const created = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000400', CustomerName: 'New Co', CustomerClass: 'LOCAL' }),
    );
    assert.equal(created.status, 200);
    const updated = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'c000000400 ', CustomerName: 'New Co Ltd' }),
    );
    assert.equal(updated.body.id, created.body.id, 'key fields match without case or trailing spaces');
    assert.equal(customers().length, 4);
    assert.equal(suite.mock.store.get('Customer', created.body.id)?.CustomerName, 'New Co Ltd');
  });

  it('updates the record named by id, and the one a $filter in the URL finds', async () => {
    const { id } = (await suite.client.get(`${KENSIUM}/Customer/C000000288`)).body;
    assert.equal((await suite.client.put(`${KENSIUM}/Customer`, { id, CustomerName: { value: 'Meta' } })).status, 200);
    assert.equal(suite.mock.store.get('Customer', id)?.CustomerName, 'Meta');
    const byFilter = await suite.client.put(
      `${KENSIUM}/Customer${q({ $filter: "MainContact/Email eq 'walkin@retail.test'" })}`,
      wire({ CustomerClass: 'INTL' }),
    );
    assert.equal(byFilter.status, 200);
    assert.equal(
      suite.mock.store.findByKeys('Customer', ['CustomerID'], { CustomerID: 'C000000300' })?.CustomerClass,
      'INTL',
    );
  });

  it('answers the 500 NoEntitySatisfiesTheCondition when an id, a filter or keys match nothing', async () => {
    assertNoEntity(
      await suite.client.put(`${KENSIUM}/Customer`, {
        id: '00000000-0000-0000-0000-000000000000',
        CustomerName: { value: 'x' },
      }),
    );
    assertNoEntity(
      await suite.client.put(
        `${KENSIUM}/Customer${q({ $filter: "CustomerID eq 'NOPE'" })}`,
        wire({ CustomerName: 'x' }),
      ),
    );
    assertNoEntity(await suite.client.get(`${KENSIUM}/Customer/NOPE`));
    assertNoEntity(await suite.client.get(`${KENSIUM}/Customer/00000000-0000-0000-0000-000000000000`));
    assertNoEntity(await suite.client.delete(`${KENSIUM}/CustomerLocation/C000000012/NOPE`));
  });

  it('only inserts with If-None-Match: * and only updates with If-Match: *, else 412', async () => {
    const exists = wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny' });
    assert.equal((await suite.client.put(`${KENSIUM}/Customer`, exists, { 'If-None-Match': '*' })).status, 412);
    const missing = wire({ CustomerID: 'C000000500', CustomerName: 'Nobody', CustomerClass: 'LOCAL' });
    assert.equal((await suite.client.put(`${KENSIUM}/Customer`, missing, { 'If-Match': '*' })).status, 412);
    assert.equal(customers().length, 3);
    assert.equal((await suite.client.put(`${KENSIUM}/Customer`, missing, { 'If-None-Match': '*' })).status, 200);
    assert.equal((await suite.client.put(`${KENSIUM}/Customer`, exists, { 'If-Match': '*' })).status, 200);
  });

  it('updates detail rows by id, adds new ones, and removes those sent with delete: true', async () => {
    const path = `${KENSIUM}/Customer/C000000012${q({ $expand: 'SiteAssociations' })}`;
    const [row] = (await suite.client.get(path)).body.SiteAssociations;
    await suite.client.put(`${KENSIUM}/Customer`, {
      CustomerID: { value: 'C000000012' },
      SiteAssociations: [
        { id: row.id, CommerceReferenceID: { value: '801' } },
        wire({ ConfigSite: 'OTHERSTORE', ConnectorType: 'KNB', Active: true }),
      ],
    });
    let rows = (await suite.client.get(path)).body.SiteAssociations;
    assert.deepEqual(
      rows.map((r: { ConfigSite: { value: string }; CommerceReferenceID: { value?: string } }) => [
        r.ConfigSite.value,
        r.CommerceReferenceID.value,
      ]),
      [
        ['B2BQASTORE', '801'],
        ['OTHERSTORE', undefined],
      ],
    );
    await suite.client.put(`${KENSIUM}/Customer`, {
      CustomerID: { value: 'C000000012' },
      SiteAssociations: [{ ...wire({ ConfigSite: 'OTHERSTORE', ConnectorType: 'KNB' }), delete: true }],
    });
    rows = (await suite.client.get(path)).body.SiteAssociations;
    assert.deepEqual(
      rows.map((r: { ConfigSite: { value: string } }) => r.ConfigSite.value),
      ['B2BQASTORE'],
    );
    await suite.client.put(`${KENSIUM}/Customer`, {
      CustomerID: { value: 'C000000012' },
      SiteAssociations: [{ id: row.id, delete: true }],
    });
    assert.deepEqual((await suite.client.get(path)).body.SiteAssociations, []);
  });

  it('reads a record by its key fields (separated by / or |) and by its id', async () => {
    const byKeys = await suite.client.get(`${KENSIUM}/CustomerLocation/C000000012/MAIN`);
    assert.equal(byKeys.status, 200);
    assert.deepEqual(byKeys.body.LocationName, { value: 'Primary Location' });
    assert.equal((await suite.client.get(`${KENSIUM}/CustomerLocation/C000000012|MAIN`)).body.id, byKeys.body.id);
    assert.equal((await suite.client.get(`${KENSIUM}/CustomerLocation/${byKeys.body.id}`)).body.id, byKeys.body.id);
    assert.deepEqual((await suite.client.get(`${KENSIUM}/Contact/288001`)).body.Email, { value: 'markz@test.com' });
  });

  it('deletes a record by its key fields and by its id, with 204', async () => {
    const location = await suite.client.delete(`${KENSIUM}/CustomerLocation/C000000300/MAIN`);
    assert.equal(location.status, 204);
    assert.equal(suite.mock.store.all('CustomerLocation').length, 2);
    const { id } = (await suite.client.get(`${KENSIUM}/Customer/C000000300`)).body;
    assert.equal((await suite.client.delete(`${KENSIUM}/Customer/${id}`)).status, 204);
    assert.equal(customers().length, 2);
  });

  it('answers 400 with the reason for a body it cannot read, and 404 for an entity the endpoint lacks', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ CustomerID: 'C1' }, /Customer.CustomerID: expected an object such as \{ "value": … \}/],
      [{ CustomerID: { value: 12 } }, /Customer.CustomerID: 12 is not a valid StringValue/],
      [{ Nickname: { value: 'x' } }, /has no field Nickname/],
      [{ SiteAssociations: {} }, /expected an array of detail rows/],
    ];
    for (const [body, message] of cases) {
      const answer = await suite.client.put(`${KENSIUM}/Customer`, body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.match(answer.body.message, message);
    }
    const notJson = await fetch(`${suite.mock.url}${KENSIUM}/Customer`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: suite.client.cookie ?? '' },
      body: '{"CustomerID":',
    });
    assert.equal(notJson.status, 400);
    assert.match(((await notJson.json()) as { exceptionMessage: string }).exceptionMessage, /not valid JSON/);
    assert.equal((await suite.client.get(`${KENSIUM}/SalesOrder`)).status, 404);
    assert.equal(
      (await suite.client.get('/entity/Default/24.200.001/ConnectorLog')).status,
      404,
      'ConnectorLog is in the extension only',
    );
  });
});
