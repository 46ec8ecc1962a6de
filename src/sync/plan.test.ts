import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ConnectorConfiguration, Contact, Customer, CustomerLocation } from '../acumatica/entity-schemas';
import { address, connector, johnKenny, knbRow, markZ, primaryLocation } from '../../test/support/documented-records';
import { fingerprintOf, joinParts, splitParts } from './fingerprint';
import { planCustomer, type CustomerPlan, type SyncPlan } from './plan';
import { decideCustomer } from './rules';

const settings = {
  connector,
  classDescriptions: new Map([['LOCAL', 'Domestic Customers']]),
  roleIds: { admin: 1, contact: 2 },
};

interface Records {
  customer?: Partial<Customer>;
  contacts?: Contact[];
  locations?: CustomerLocation[];
  connector?: Partial<ConnectorConfiguration>;
}

/** The plan of John Kenny (changed as asked), decided as the read stage decides it. */
function plan(records: Records = {}): CustomerPlan {
  const customer = { ...johnKenny, ...records.customer };
  const withConnector = { ...settings, connector: { ...connector, ...records.connector } };
  return planCustomer(
    {
      customer,
      decision: decideCustomer(customer, withConnector.connector),
      contacts: records.contacts ?? [],
      locations: records.locations ?? [],
    },
    withConnector,
  );
}

function synced(records: Records = {}): SyncPlan {
  const made = plan(records);
  assert.ok(made.sync, made.sync ? '' : made.reason);
  return made;
}

// Mark Z as a contact of John Kenny, and a second contact; the customer marks Mark Z as its Primary contact.
const mark: Contact = { ...markZ, BusinessAccount: 'C000000012' };
const ann: Contact = {
  ...markZ,
  ContactID: 12002,
  DisplayName: 'Ann B',
  FirstName: 'Ann',
  LastName: 'B',
  Email: 'ann@test.com',
};
const warehouse: CustomerLocation = { ...primaryLocation, LocationID: 'WH', LocationName: 'Warehouse', Default: false };

describe('planCustomer: the decision', () => {
  it('skips a customer a rule turns down, with the rule’s reason, and plans nothing for it', () => {
    assert.deepEqual(plan({ customer: { CustomerType: 'B2C' }, contacts: [mark], locations: [primaryLocation] }), {
      sync: false,
      customer: { ...johnKenny, CustomerType: 'B2C' },
      reason: 'Customer C000000012 is of type B2C; only customers of type B2B are synced',
    });
  });
  it('syncs the documented customer: its company, with the customer’s site association row to write the id back to', () => {
    const made = synced({ customer: { SiteAssociations: [{ ...knbRow, CommerceReferenceID: '801' }] } });
    assert.deepEqual(made.company, {
      payload: {
        company_name: 'John Kenny',
        company_phone: '3333333333',
        acumatica_customer_id: 'C000000012',
        company_email: 'johnkenny@test.com',
        business_type: 'Default',
        customer_class: 'Domestic Customers',
        price_class: null,
      },
      referenceId: '801',
      writeBack: {
        customerId: 'C000000012',
        what: 'Customer C000000012',
        recordId: undefined,
        row: { ...knbRow, CommerceReferenceID: '801' },
      },
    });
  });
});

describe('planCustomer: the address book', () => {
  const cases: Array<[string, Records, string[], Array<[string, RegExp]>]> = [
    ['the main address only', {}, ['Primary Address'], []],
    [
      'the main address, then each location in order',
      { locations: [primaryLocation, warehouse] },
      ['Primary Address', 'Primary Location', 'Warehouse'],
      [],
    ],
    [
      'no Primary Address when the main address lacks a city',
      {
        customer: {
          MainContact: {
            ...johnKenny.MainContact,
            Address: { ...address, City: undefined },
          } as Customer['MainContact'],
        },
        locations: [primaryLocation],
      },
      ['Primary Location'],
      [],
    ],
    [
      'an inactive location skipped, by its name, with its reason',
      { locations: [primaryLocation, { ...warehouse, Active: false }] },
      ['Primary Address', 'Primary Location'],
      [['Warehouse', /Location WH of customer C000000012 is not active/]],
    ],
    [
      'a location without a complete address skipped; without a name it is known by its ID',
      {
        locations: [
          {
            ...warehouse,
            LocationName: undefined,
            LocationContact: { ...primaryLocation.LocationContact!, Address: undefined },
          },
        ],
      },
      ['Primary Address'],
      [['WH', /has no complete address/]],
    ],
    [
      'locations neither planned nor skipped when the connector does not include them',
      { locations: [primaryLocation, { ...warehouse, Active: false }], connector: { IncludeLocations: false } },
      ['Primary Address'],
      [],
    ],
  ];
  for (const [name, records, labels, skipped] of cases) {
    it(name, () => {
      const { addresses } = synced(records);
      assert.deepEqual(
        addresses.desired.map((a) => a.payload.address_label),
        labels,
      );
      assert.deepEqual(
        addresses.skipped.map((s) => s.key),
        skipped.map(([key]) => key),
      );
      addresses.skipped.forEach((s, i) => assert.match(s.reason, skipped[i]![1]));
    });
  }

  it('names the location record of a skip for its log row', () => {
    const { addresses } = synced({ locations: [{ ...warehouse, Active: false }] });
    assert.deepEqual(addresses.skipped[0]?.record, { entity: 'CustomerLocation', key: 'C000000012/WH' });
  });

  it('writes the address id back to the location: into its row for the connector’s site, or a new row', () => {
    const otherSite = { ...knbRow, id: 'row-9', ConfigSite: 'OTHERSTORE' };
    const ownRow = { ...knbRow, id: 'row-7' };
    const { addresses } = synced({
      locations: [
        { ...primaryLocation, id: 'loc-main', SiteAssociations: [otherSite] },
        { ...warehouse, id: 'loc-wh', SiteAssociations: [otherSite, ownRow] },
      ],
    });
    assert.deepEqual(
      addresses.desired.map((a) => a.writeBack),
      [
        undefined,
        { customerId: 'C000000012', what: 'Location MAIN of C000000012', recordId: 'loc-main', row: undefined },
        { customerId: 'C000000012', what: 'Location WH of C000000012', recordId: 'loc-wh', row: ownRow },
      ],
    );
  });
});

describe('planCustomer: the users', () => {
  it('makes the contact marked Primary the Primary Admin and every other one a Senior Buyer, in contact order', () => {
    const { users } = synced({ customer: { PrimaryContactID: 288001 }, contacts: [ann, mark] });
    assert.deepEqual(
      users?.desired.map((u) => [u.payload.email, u.payload.role_id, u.payload.is_primary_admin]),
      [
        ['ann@test.com', 2, false],
        ['markz@test.com', 1, true],
      ],
    );
  });
  it('writes the user id back into the contact’s own site association row', () => {
    const { users } = synced({ contacts: [{ ...mark, id: 'contact-1' }] });
    assert.deepEqual(users?.desired[0]?.writeBack, {
      customerId: 'C000000012',
      what: 'Contact 288001',
      recordId: 'contact-1',
      row: knbRow,
    });
  });
  it('skips a contact a rule turns down, by its email, else by its ID, naming the contact record', () => {
    const { users } = synced({
      contacts: [
        { ...mark, Active: false },
        { ...ann, Email: undefined },
      ],
    });
    assert.deepEqual(users?.desired, []);
    assert.deepEqual(
      users?.skipped.map((s) => [s.key, s.record]),
      [
        ['markz@test.com', { entity: 'Contact', key: '288001' }],
        ['12002', { entity: 'Contact', key: '12002' }],
      ],
    );
    assert.match(users?.skipped[0]?.reason ?? '', /Contact 288001 of customer C000000012 \(Mark Z\) is not active/);
    assert.match(users?.skipped[1]?.reason ?? '', /has no email; a company user needs one/);
  });
  it('leaves the company’s users alone when the connector does not include contacts', () => {
    assert.equal(synced({ contacts: [mark], connector: { IncludeContacts: false } }).users, undefined);
  });
});

describe('fingerprintOf', () => {
  const family: Records = {
    customer: { PrimaryContactID: 288001 },
    contacts: [mark, { ...ann, Active: false }],
    locations: [primaryLocation, { ...warehouse, Active: false }],
  };
  it('is the fingerprint earlier versions saved for the same records, so a saved sync state stays valid', () => {
    // Computed by the sync before plans existed (commit db81449) for these records.
    assert.equal(joinParts(fingerprintOf(synced(family))), PINNED);
  });
  it('changes only the part whose plan changed', () => {
    const before = fingerprintOf(synced(family));
    const newReason = fingerprintOf(
      synced({
        ...family,
        locations: [primaryLocation, { ...warehouse, Active: undefined, LocationContact: undefined }],
      }),
    );
    assert.equal(newReason.company, before.company);
    assert.notEqual(newReason.addresses, before.addresses, 'another reason for the same skip is another address book');
    assert.equal(newReason.users, before.users);
    const newPhone = fingerprintOf(
      synced({
        ...family,
        contacts: [
          { ...mark, Phone1: '5550000000' },
          { ...ann, Active: false },
        ],
      }),
    );
    assert.deepEqual([newPhone.company, newPhone.addresses], [before.company, before.addresses]);
    assert.notEqual(newPhone.users, before.users);
  });
  it('splits back into its parts, and a malformed one into nothing', () => {
    const parts = fingerprintOf(synced(family));
    assert.deepEqual(splitParts(joinParts(parts)), parts);
    assert.equal(splitParts('abc'), undefined);
    assert.equal(splitParts(undefined), undefined);
  });
});

const PINNED = 'b35a9cf29a7f33f59eb1.6886c8989a81176a1815.ae9701cd01d7e1b7d46f';
