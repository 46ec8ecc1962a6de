import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Contact, Customer, CustomerLocation } from '../acumatica/entity-schemas';
import {
  address,
  johnKenny as documentedCustomer,
  markZ as documentedContact,
  primaryLocation,
} from '../../test/support/documented-records';
import { mapBillingAddress, mapCompany, mapLocationAddress, mapUser, splitName } from './mapping';

const johnKenny: Customer = {
  ...documentedCustomer,
  SiteAssociations: [],
  MainContact: { ...documentedCustomer.MainContact, Email: ' johnkenny@test.com ' } as Customer['MainContact'],
};
const classes = new Map([['LOCAL', 'Domestic Customers']]);

describe('mapCompany', () => {
  it('maps the documented customer to the Basic Information of its company, company_name first as in the log message', () => {
    const company = mapCompany(johnKenny, classes);
    assert.deepEqual(company, {
      company_name: 'John Kenny',
      company_phone: '3333333333',
      acumatica_customer_id: 'C000000012',
      company_email: 'johnkenny@test.com',
      business_type: 'Default',
      customer_class: 'Domestic Customers',
      price_class: null,
    });
    assert.match(JSON.stringify(company), /^\{"company_name":"John Kenny","company_phone":"33333/);
  });
  it('sends an empty optional field as null, so that a value removed in Acumatica is removed in Better B2B', () => {
    const company = mapCompany(
      { ...johnKenny, MainContact: { ...johnKenny.MainContact, Phone1: '' } as Customer['MainContact'] },
      classes,
    );
    assert.equal(company.company_phone, null);
  });
  it('keeps the class ID when the class has no description, and carries the price class', () => {
    const company = mapCompany({ ...johnKenny, CustomerClass: 'INTL', PriceClassID: 'WHOLESALE' }, classes);
    assert.equal(company.customer_class, 'INTL');
    assert.equal(company.price_class, 'WHOLESALE');
  });
  it('uses the customer ID when the customer has no name', () => {
    assert.equal(mapCompany({ ...johnKenny, CustomerName: undefined }, classes).company_name, 'C000000012');
  });
});

describe('mapBillingAddress', () => {
  it('makes the main address the default billing address "Primary Address"', () => {
    assert.deepEqual(mapBillingAddress(johnKenny, address), {
      address_label: 'Primary Address',
      first_name: 'John',
      last_name: 'Kenny',
      address_line1: '156 10th Ave',
      address_line2: null,
      city: 'New York',
      state: 'NY',
      zip_code: '10011',
      country: 'US',
      phone: '3333333333',
      is_billing: true,
      is_shipping: false,
      is_default_billing: true,
      is_default_shipping: false,
      external_id: 'customer:C000000012',
    });
  });
});

describe('mapLocationAddress', () => {
  const location: CustomerLocation = primaryLocation;
  it('makes the default location the default shipping address, labelled with its name', () => {
    const mapped = mapLocationAddress(location, address, johnKenny);
    assert.equal(mapped.address_label, 'Primary Location');
    assert.equal(mapped.is_default_shipping, true);
    assert.equal(mapped.is_shipping, true);
    assert.equal(mapped.is_billing, false);
    assert.equal(mapped.external_id, 'location:MAIN');
    assert.match(
      JSON.stringify(mapped),
      /^\{"address_label":"Primary Location","first_name":"John","last_name":"Kenny"/,
    );
  });
  it('makes any other location a shipping address that is not the default', () => {
    const mapped = mapLocationAddress(
      { ...location, LocationID: 'WAREHOUSE', LocationName: 'Warehouse', Default: false },
      address,
      johnKenny,
    );
    assert.equal(mapped.is_default_shipping, false);
    assert.equal(mapped.address_label, 'Warehouse');
  });
});

describe('mapUser', () => {
  const markZ: Contact = { ...documentedContact, Email: 'MarkZ@Test.com', SiteAssociations: [] };
  const roles = { admin: 1, contact: 2 };
  it('makes the contact marked Primary the Primary Admin', () => {
    assert.deepEqual(mapUser(markZ, true, roles), {
      email: 'markz@test.com',
      first_name: 'Mark',
      last_name: 'Z',
      phone: '4444444444',
      role_id: 1,
      is_primary_admin: true,
      external_id: '288001',
    });
  });
  it('gives every other contact the contact role and no Primary Admin', () => {
    const user = mapUser(markZ, false, roles);
    assert.equal(user.role_id, 2);
    assert.equal(user.is_primary_admin, false);
  });
  it('takes first and last name from the display name when the contact has none', () => {
    const user = mapUser({ ...markZ, FirstName: undefined, LastName: undefined }, false, roles);
    assert.deepEqual([user.first_name, user.last_name], ['Mark', 'Z']);
  });
});

describe('splitName', () => {
  for (const [full, first, last] of [
    ['John Kenny', 'John', 'Kenny'],
    ['Mary Ann de Vries', 'Mary', 'Ann de Vries'],
    ['Facebook', 'Facebook', 'Facebook'],
    ['  Mark   Z ', 'Mark', 'Z'],
  ] as const) {
    it(`splits "${full}"`, () => assert.deepEqual(splitName(full), { first_name: first, last_name: last }));
  }
});
