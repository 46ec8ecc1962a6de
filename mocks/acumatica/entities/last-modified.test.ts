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
    ['a linked entity', { MainContact: { Phone1: '1112223333' } }],
    ['a field two levels down', { MainContact: { Address: { City: 'Brooklyn' } } }],
    [
      'a detail row',
      { SiteAssociations: [{ ConfigSite: 'B2BQASTORE', ConnectorType: 'KNB', CommerceReferenceID: '801' }] },
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
      assert.ok((await modified('Customer/C000000012')) > before);
    });
  }

  it('stays when a PUT changes nothing', async () => {
    const before = await modified('Customer/C000000012');
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny', MainContact: { Email: 'johnkenny@test.com' } }),
    );
    assert.equal(await modified('Customer/C000000012'), before);
  });

  it('moves forward on the customer and on the contact when the primary contact is changed through the customer', async () => {
    const customer = await modified('Customer/C000000288');
    const contact = await modified('Contact/288001');
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000288', PrimaryContact: { JobTitle: 'CEO' } }),
    );
    assert.ok((await modified('Customer/C000000288')) > customer);
    assert.ok((await modified('Contact/288001')) > contact);
  });

  it('moves forward on a contact saved alone, and not on its customer', async () => {
    const customer = await modified('Customer/C000000288');
    const contact = await modified('Contact/288001');
    await suite.client.put(`${KENSIUM}/Contact`, wire({ ContactID: 288001, JobTitle: 'COO' }));
    assert.ok((await modified('Contact/288001')) > contact);
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
