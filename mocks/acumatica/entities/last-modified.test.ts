import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, q, signedInMock, wire } from '../test-support';

describe('Acumatica LastModifiedDateTime', () => {
  const suite = signedInMock({}, { reset: true });
  const modified = async (path: string) =>
    (await suite.client.get(`${KENSIUM}/${path}${q({ $select: 'LastModifiedDateTime' })}`)).body.LastModifiedDateTime
      .value as string;

  const changes: Array<[string, Record<string, unknown>]> = [
    ['a field', { CustomerName: 'John Kenny Jr' }],
    [
      'a detail row',
      { SiteAssociations: [{ ConfigSite: 'OTHERSTORE', ConnectorType: 'KNB', CommerceReferenceID: '801' }] },
    ],
    ['a custom field', { custom: { CurrentCustomer: { UsrLoyaltyTier: { value: 'Gold' } } } }],
  ];
  for (const [what, change] of changes) {
    it(`moves forward when ${what} changes`, async () => {
      const before = await modified('Customer/C000000012');
      await suite.client.put(`${KENSIUM}/Customer`, {
        ...wire({ CustomerID: 'C000000012' }),
        ...wire(change),
        ...(change.custom ? { custom: change.custom } : {}),
      });
      assert.ok(Date.parse(await modified('Customer/C000000012')) > Date.parse(before));
    });
  }

  const stamps = async () => {
    const read = (
      await suite.client.get(
        `${KENSIUM}/Customer/C000000012${q({ $select: 'LastModifiedDateTime', $custom: 'DefContact.LastModifiedDateTime,DefAddress.LastModifiedDateTime' })}`,
      )
    ).body;
    return {
      customer: Date.parse(read.LastModifiedDateTime.value),
      contact: Date.parse(read.custom.DefContact.LastModifiedDateTime.value),
      address: Date.parse(read.custom.DefAddress.LastModifiedDateTime.value),
    };
  };
  const linkedChanges: Array<[string, Record<string, unknown>, 'contact' | 'address']> = [
    ['the account email', { MainContact: { Email: 'john.kenny@test.com' } }, 'contact'],
    ['the main contact', { MainContact: { Phone1: '1112223333' } }, 'contact'],
    ['the main address', { MainContact: { Address: { City: 'Brooklyn' } } }, 'address'],
  ];
  for (const [what, change, row] of linkedChanges) {
    it(`stays when only ${what} changes: that is the ${row === 'contact' ? 'DefContact' : 'DefAddress'} row, whose own stamp moves`, async () => {
      const before = await stamps();
      const answer = await suite.client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', ...change }));
      assert.equal(answer.status, 200);
      const after = await stamps();
      assert.equal(after.customer, before.customer);
      assert.ok(after[row] > before[row], `${row} stamp moved`);
      const other = row === 'contact' ? 'address' : 'contact';
      assert.equal(after[other], before[other], `${other} stamp stayed`);
    });
  }

  it('leaves MainContact/LastModifiedDateTime empty: the contract does not map it', async () => {
    const read = (await suite.client.get(`${KENSIUM}/Customer/C000000012${q({ $expand: 'MainContact' })}`)).body;
    assert.deepEqual(read.MainContact.LastModifiedDateTime, {});
  });

  it('finds the customers whose main contact changed after a time by filtering on DefContact.LastModifiedDateTime', async () => {
    const all = (await suite.client.get(`${KENSIUM}/Customer${q({ $select: 'LastModifiedDateTime' })}`)).body;
    const since = new Date(Math.max(...all.map((c: any) => Date.parse(c.LastModifiedDateTime.value)))).toISOString();
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', MainContact: { Email: 'jk@test.com' } }),
    );
    const byCustomer = (
      await suite.client.get(`${KENSIUM}/Customer${q({ $filter: `LastModifiedDateTime gt datetimeoffset'${since}'` })}`)
    ).body;
    assert.deepEqual(byCustomer, []);
    const byContact = (
      await suite.client.get(
        `${KENSIUM}/Customer${q({ $filter: `cf.DateTime(f='DefContact.LastModifiedDateTime') gt datetimeoffset'${since}'`, $select: 'CustomerID' })}`,
      )
    ).body;
    assert.deepEqual(
      byContact.map((c: { CustomerID: { value: string } }) => c.CustomerID.value),
      ['C000000012'],
    );
  });

  it('stays when a PUT changes nothing', async () => {
    const before = await modified('Customer/C000000012');
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny', MainContact: { Email: 'johnkenny@test.com' } }),
    );
    assert.equal(await modified('Customer/C000000012'), before);
  });

  it('moves forward on the contact, not on the customer, when the primary contact is changed through the customer', async () => {
    const customer = await modified('Customer/C000000288');
    const contact = await modified('Contact/288001');
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000288', PrimaryContact: { JobTitle: 'CEO' } }),
    );
    assert.equal(await modified('Customer/C000000288'), customer);
    assert.ok(Date.parse(await modified('Contact/288001')) > Date.parse(contact));
  });

  it('moves forward on a contact saved alone, and not on its customer', async () => {
    const customer = await modified('Customer/C000000288');
    const contact = await modified('Contact/288001');
    await suite.client.put(`${KENSIUM}/Contact`, wire({ ContactID: 288001, JobTitle: 'COO' }));
    assert.ok(Date.parse(await modified('Contact/288001')) > Date.parse(contact));
    assert.equal(await modified('Customer/C000000288'), customer);
  });

  it('is set on the rows of Customer.Contacts from their contacts', async () => {
    await suite.client.put(`${KENSIUM}/Contact`, wire({ ContactID: 288001, JobTitle: 'CTO' }));
    const [row] = (await suite.client.get(`${KENSIUM}/Customer/C000000288${q({ $expand: 'Contacts' })}`)).body.Contacts;
    assert.equal(row.LastModifiedDateTime.value, await modified('Contact/288001'));
  });

  it('lets a watermark query find exactly the records changed after it', async () => {
    const watermark = await modified('Customer/C000000300');
    await suite.client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000288', CustomerName: 'Meta' }));
    const changed = (
      await suite.client.get(
        `${KENSIUM}/Customer${q({ $filter: `LastModifiedDateTime gt datetimeoffset'${watermark}'` })}`,
      )
    ).body;
    assert.deepEqual(
      changed.map((c: { CustomerID: { value: string } }) => c.CustomerID.value),
      ['C000000288'],
    );
  });
});
