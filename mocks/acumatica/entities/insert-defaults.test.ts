import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, q, signedInMock, wire } from '../test-support';

describe('a new customer gets what the Customers form fills in', () => {
  const suite = signedInMock({}, { reset: true });

  it('answers a PUT of CustomerID and CustomerName with the whole record: status, class and its defaults', async () => {
    const answer = await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000901', CustomerName: 'ACME' }),
    );
    assert.equal(answer.status, 200);
    const plain = Object.fromEntries(Object.entries(answer.body).map(([k, v]: [string, any]) => [k, v?.value]));
    assert.equal(plain.CustomerID, 'C000000901', 'numbering is off: the ID sent is kept');
    assert.equal(plain.Status, 'Active');
    assert.equal(plain.CustomerClass, 'DEFAULT');
    assert.equal(plain.CurrencyID, 'USD');
    assert.equal(plain.Terms, 'NET30');
    assert.equal(plain.StatementCycleID, 'DEFAULT');
    assert.equal(plain.ShipVia, 'TRUCK');
    assert.equal(plain.BillingContactOverride, false);
    assert.equal(plain.LocationName, 'Primary Location');
    assert.match(plain.CreatedDateTime, /\+00:00$/);
  });

  it('keeps what the request sent over the defaults', async () => {
    const answer = await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({
        CustomerID: 'C000000902',
        CustomerName: 'Local Co',
        CustomerClass: 'LOCAL',
        Terms: 'COD',
        Status: 'Hold',
      }),
    );
    assert.equal(answer.body.CustomerClass.value, 'LOCAL');
    assert.equal(answer.body.Terms.value, 'COD');
    assert.equal(answer.body.Status.value, 'Hold');
  });
});

describe('a tenant that numbers new customers (autoNumberCustomers)', () => {
  const suite = signedInMock({ autoNumberCustomers: true }, { reset: true });

  it('gives a new customer the next number, whatever ID was sent, and the answer says which', async () => {
    const answer = await suite.client.put(`${DEFAULT}/Customer`, wire({ CustomerID: '123', CustomerName: 'ACME' }));
    assert.equal(answer.status, 200);
    assert.equal(answer.body.CustomerID.value, 'C000000301');
    const read = await suite.client.get(`${DEFAULT}/Customer/C000000301${q({ $select: 'CustomerName' })}`);
    assert.equal(read.body.CustomerName.value, 'ACME');
    assert.equal((await suite.client.get(`${DEFAULT}/Customer/123`)).status, 500, 'no customer 123');
  });

  it('updates an existing customer named by its key, as without numbering', async () => {
    const answer = await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerName: 'J K' }),
    );
    assert.equal(answer.body.CustomerID.value, 'C000000012');
    assert.equal(answer.body.CustomerName.value, 'J K');
  });
});
