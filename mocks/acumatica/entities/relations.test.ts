import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, q, signedInMock, wire } from '../test-support';

describe('Acumatica customer contacts and locations', () => {
  const suite = signedInMock({}, { reset: true });
  const customer = async (id: string, expand: string) =>
    (await suite.client.get(`${DEFAULT}/Customer/${id}${q({ $expand: expand })}`)).body;

  it('shows the main contact as billing and shipping contact until they are overridden', async () => {
    const before = await customer('C000000012', 'BillingContact,BillingContact/Address,ShippingContact');
    assert.deepEqual(before.BillingContact.Email, { value: 'johnkenny@test.com' });
    assert.deepEqual(before.BillingContact.Address.City, { value: 'New York' });
    await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000012', BillingContact: { Email: 'ignored@test.com' } }),
    );
    assert.deepEqual(
      (await customer('C000000012', 'BillingContact')).BillingContact.Email,
      { value: 'johnkenny@test.com' },
      'ignored without the override',
    );
    await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({
        CustomerID: 'C000000012',
        BillingContactOverride: true,
        BillingContact: { Email: 'billing@test.com', Address: { City: 'Boston' } },
      }),
    );
    const after = await customer('C000000012', 'MainContact,BillingContact,BillingContact/Address,ShippingContact');
    assert.deepEqual(after.BillingContact.Email, { value: 'billing@test.com' });
    assert.deepEqual(
      after.BillingContact.Address.City,
      { value: 'New York' },
      'the address needs BillingAddressOverride',
    );
    assert.deepEqual(after.MainContact.Email, { value: 'johnkenny@test.com' });
    assert.deepEqual(after.ShippingContact.Email, { value: 'johnkenny@test.com' });
  });

  it('reads the primary contact and the contacts of the customer from the Contact records', async () => {
    const facebook = await customer('C000000288', 'PrimaryContact,Contacts,Contacts/Contact');
    assert.deepEqual(facebook.PrimaryContact.Email, { value: 'markz@test.com' });
    assert.deepEqual(
      facebook.Contacts.map((row: { ContactID: { value: number }; Contact: { DisplayName: { value: string } } }) => [
        row.ContactID.value,
        row.Contact.DisplayName.value,
      ]),
      [[288001, 'Mark Z']],
    );
    const created = await suite.client.put(
      `${DEFAULT}/Contact${q({ $select: 'ContactID' })}`,
      wire({ BusinessAccount: 'C000000288', FirstName: 'Sheryl', LastName: 'S', Email: 'sheryl@test.com' }),
    );
    assert.equal(created.status, 200);
    assert.equal(created.body.ContactID.value, 288002, 'ContactID is numbered by the mock');
    assert.equal((await customer('C000000288', 'Contacts')).Contacts.length, 2);
    assert.deepEqual(
      (await customer('C000000012', 'PrimaryContact')).PrimaryContact.Email,
      {},
      'no PrimaryContactID: an empty primary contact',
    );
  });

  it('writes the primary contact and new contacts through the customer into Contact records', async () => {
    await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({
        CustomerID: 'C000000288',
        PrimaryContact: { Phone1: '5550001' },
        Contacts: [{ Contact: { FirstName: 'New', LastName: 'Buyer', Email: 'buyer@test.com' } }],
      }),
    );
    const contacts = suite.mock.store.all('Contact').filter((c) => c.BusinessAccount === 'C000000288');
    assert.deepEqual(contacts.map((c) => [c.ContactID, c.Phone1 ?? null, c.Email]).sort(), [
      [288001, '5550001', 'markz@test.com'],
      [288002, null, 'buyer@test.com'],
    ]);
    const wrong = await suite.client.put(
      `${DEFAULT}/Customer`,
      wire({ CustomerID: 'C000000012', PrimaryContactID: 288001 }),
    );
    assert.equal(wrong.status, 422, "another customer's contact cannot be primary");
    assert.equal(wrong.body.PrimaryContactID.error, "'Primary Contact' cannot be found in the system.");
  });

  it('keeps locations apart from the customer, with the address under LocationContact/Address and one Default per customer', async () => {
    const main = (
      await suite.client.get(
        `${DEFAULT}/CustomerLocation/C000000012/MAIN${q({ $expand: 'LocationContact,LocationContact/Address' })}`,
      )
    ).body;
    assert.deepEqual(main.LocationContact.Address.AddressLine1, { value: '156 10th Ave' });
    assert.deepEqual(main.Default, { value: true });
    const created = await suite.client.put(
      `${DEFAULT}/CustomerLocation`,
      wire({
        Customer: 'C000000012',
        LocationID: 'WAREHOUSE',
        LocationName: 'Warehouse',
        Active: true,
        Default: true,
        LocationContact: { Address: { City: 'Newark' } },
      }),
    );
    assert.equal(created.status, 200);
    const locations = (
      await suite.client.get(`${DEFAULT}/CustomerLocation${q({ $filter: "Customer eq 'C000000012'" })}`)
    ).body;
    assert.deepEqual(
      locations.map((l: { LocationID: { value: string }; Default: { value: boolean } }) => [
        l.LocationID.value,
        l.Default.value,
      ]),
      [
        ['MAIN', false],
        ['WAREHOUSE', true],
      ],
    );
    const orphan = await suite.client.put(
      `${DEFAULT}/CustomerLocation`,
      wire({ Customer: 'C999', LocationID: 'MAIN' }),
    );
    assert.equal(orphan.status, 422);
    assert.equal(orphan.body.Customer.error, "'Customer' cannot be found in the system.");
  });
});
