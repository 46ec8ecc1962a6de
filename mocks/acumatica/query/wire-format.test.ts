import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, KENSIUM, q, signedInMock, wire } from '../test-support';

describe('Acumatica wire format', () => {
  const suite = signedInMock();

  it('sends id, rowNumber, note, every field wrapped (empty ones as {}), custom and _links', async () => {
    const [customer] = (await suite.client.get(`${KENSIUM}/Customer${q({ $filter: "CustomerID eq 'C000000012'" })}`))
      .body;
    assert.match(customer.id, /^[0-9a-f-]{36}$/);
    assert.equal(customer.rowNumber, 1);
    assert.deepEqual(customer.note, { value: '' });
    assert.deepEqual(customer.CustomerID, { value: 'C000000012' });
    assert.deepEqual(customer.KensiumCommerceEnabled, { value: true });
    assert.deepEqual(customer.PriceClassID, {});
    assert.deepEqual(customer.custom, {});
    assert.equal(customer._links.self, `${KENSIUM}/Customer/${customer.id}`);
    assert.equal(
      customer._links['files:put'],
      `${KENSIUM}/files/PX.Objects.AR.CustomerMaint/BAccount/${customer.id}/{filename}`,
    );
  });

  it('numbers the rows of a list and sends detail entities as arrays of rows', async () => {
    const list = (await suite.client.get(`${KENSIUM}/Customer${q({ $expand: 'SiteAssociations' })}`)).body;
    assert.deepEqual(
      list.map((c: { rowNumber: number }) => c.rowNumber),
      [1, 2, 3],
    );
    const rows = list[0].SiteAssociations;
    assert.ok(Array.isArray(rows));
    assert.deepEqual(
      {
        rowNumber: rows[0].rowNumber,
        ConfigSite: rows[0].ConfigSite,
        CommerceReferenceID: rows[0].CommerceReferenceID,
      },
      { rowNumber: 1, ConfigSite: { value: 'B2BQASTORE' }, CommerceReferenceID: {} },
    );
  });

  it('sends only the fields of the endpoint asked for: Default has no Kensium fields', async () => {
    const customer = (await suite.client.get(`${DEFAULT}/Customer/C000000012`)).body;
    assert.equal(customer.CustomerType, undefined);
    assert.equal(customer.SiteAssociations, undefined);
    assert.deepEqual(customer.CustomerName, { value: 'John Kenny' });
  });

  it('sends only the selected fields with $select, linked ones by path', async () => {
    const customer = (
      await suite.client.get(
        `${KENSIUM}/Customer/C000000012${q({ $select: 'CustomerID,MainContact/Email', $expand: 'MainContact' })}`,
      )
    ).body;
    assert.deepEqual(Object.keys(customer).sort(), [
      'CustomerID',
      'MainContact',
      '_links',
      'custom',
      'id',
      'note',
      'rowNumber',
    ]);
    assert.deepEqual(Object.keys(customer.MainContact).sort(), ['Email', 'custom', 'id', 'note', 'rowNumber']);
  });

  it('answers a PUT with the whole record, the linked entities it sent, and only what $select names when given', async () => {
    const answer = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny', MainContact: { Phone1: '3333333333' } }),
    );
    assert.equal(answer.status, 200);
    const fields = Object.keys(answer.body).filter((key) => /^[A-Z]/.test(key));
    const definition = suite.mock.endpoints.find((e) => e.name === 'KensiumCommerce')!.topLevel.Customer!;
    assert.deepEqual(fields.sort(), [...Object.keys(definition.fields), 'MainContact'].sort());
    assert.deepEqual(answer.body.CustomerClass, { value: 'LOCAL' }, 'a value the request did not send');
    assert.equal(answer.body.MainContact.Phone1.value, '3333333333');
    const selected = await suite.client.put(
      `${KENSIUM}/Customer${q({ $select: 'CustomerID,LastModifiedDateTime' })}`,
      wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny' }),
    );
    assert.deepEqual(
      Object.keys(selected.body)
        .filter((key) => /^[A-Z]/.test(key))
        .sort(),
      ['CustomerID', 'LastModifiedDateTime'],
    );
  });

  it('reads and writes custom fields through $custom and the custom object', async () => {
    const read = (
      await suite.client.get(
        `${DEFAULT}/Customer/C000000012${q({ $custom: 'BAccount.AcctName,DefContact.EMail,CurrentCustomer.UsrLoyaltyTier' })}`,
      )
    ).body;
    assert.deepEqual(read.custom, {
      BAccount: { AcctName: { type: 'CustomStringField', value: 'John Kenny' } },
      DefContact: { EMail: { type: 'CustomStringField', value: 'johnkenny@test.com' } },
      CurrentCustomer: { UsrLoyaltyTier: { type: 'CustomStringField' } },
    });
    const body = {
      CustomerID: { value: 'C000000012' },
      custom: { CurrentCustomer: { UsrLoyaltyTier: { type: 'CustomStringField', value: 'Gold' } } },
    };
    assert.equal((await suite.client.put(`${DEFAULT}/Customer`, body)).status, 200);
    const again = (
      await suite.client.get(`${DEFAULT}/Customer/C000000012${q({ $custom: 'CurrentCustomer.UsrLoyaltyTier' })}`)
    ).body;
    assert.deepEqual(again.custom.CurrentCustomer.UsrLoyaltyTier, { type: 'CustomStringField', value: 'Gold' });
    const unknown = await suite.client.get(`${DEFAULT}/Customer${q({ $custom: 'Nowhere.Field' })}`);
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.message, /Nowhere.Field is not a field of the Customer screen/);
  });
});
