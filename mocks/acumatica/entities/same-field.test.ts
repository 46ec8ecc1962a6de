import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, q, signedInMock, wire } from '../test-support';

describe('Customer.Email and MainContact/Email: one database field (DefContact.EMail)', () => {
  const suite = signedInMock({}, { reset: true });
  const read = async () =>
    (await suite.client.get(`${DEFAULT}/Customer/C000000012${q({ $expand: 'MainContact' })}`)).body;

  it('reads the account email through both fields', async () => {
    const customer = await read();
    assert.deepEqual(customer.Email, { value: 'johnkenny@test.com' });
    assert.deepEqual(customer.MainContact.Email, { value: 'johnkenny@test.com' });
  });

  it('writes through Customer.Email what MainContact/Email then shows, and the other way round', async () => {
    await suite.client.put(`${DEFAULT}/Customer`, wire({ CustomerID: 'C000000012', Email: 'one@test.com' }));
    assert.equal((await read()).MainContact.Email.value, 'one@test.com');
    await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000012', MainContact: { Email: 'two@test.com' } }),
    );
    assert.equal((await read()).Email.value, 'two@test.com');
  });

  it('filters on either field', async () => {
    for (const field of ['Email', 'MainContact/Email']) {
      const found = (await suite.client.get(`${DEFAULT}/Customer${q({ $filter: `${field} eq 'johnkenny@test.com'` })}`))
        .body;
      assert.deepEqual(
        found.map((c: { CustomerID: { value: string } }) => c.CustomerID.value),
        ['C000000012'],
        field,
      );
    }
  });

  it('keeps MainContact/CompanyName and MainContact/DisplayName as one (DefContact.FullName)', async () => {
    await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000012', MainContact: { CompanyName: 'Kenny & Sons' } }),
    );
    const { MainContact } = await read();
    assert.equal(MainContact.DisplayName.value, 'Kenny & Sons');
    assert.equal(MainContact.CompanyName.value, 'Kenny & Sons');
  });
});
