import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ConnectorConfiguration, Contact, Customer } from '../acumatica/entity-schemas';
import { address, connector, johnKenny, knbRow, markZ, primaryLocation } from '../../test/support/documented-records';
import {
  CONNECTOR_NOT_ENABLED,
  connectorProblem,
  decideContact,
  decideCustomer,
  decideLocation,
  isCompleteAddress,
} from './rules';

describe('decideCustomer', () => {
  const cases: Array<[string, Partial<Customer>, Partial<ConnectorConfiguration>, RegExp | 'eligible']> = [
    ['the documented customer', {}, {}, 'eligible'],
    ['an inactive customer', { Status: 'Inactive' }, {}, /is not active \(status Inactive\)/],
    [
      'Kensium Commerce not enabled',
      { KensiumCommerceEnabled: false },
      {},
      /does not have Kensium Commerce Framework enabled/,
    ],
    [
      'no site association for the site',
      { SiteAssociations: [{ ...knbRow, ConfigSite: 'OTHERSTORE' }] },
      {},
      /has no site association for B2BQASTORE/,
    ],
    [
      'an inactive site association',
      { SiteAssociations: [{ ...knbRow, Active: false }] },
      {},
      /site association for B2BQASTORE that is not active/,
    ],
    [
      'a connector type other than KNB',
      { SiteAssociations: [{ ...knbRow, ConnectorType: 'BC' }] },
      {},
      /of connector type BC, not KNB/,
    ],
    ['customer type B2C', { CustomerType: 'B2C' }, {}, /is of type B2C; only customers of type B2B are synced/],
    ['no customer type', { CustomerType: undefined }, {}, /is of type \(none\)/],
    [
      'no Account Email',
      { MainContact: { ...johnKenny.MainContact, Email: undefined } as Customer['MainContact'] },
      {},
      /has no Account Email; it is mandatory/,
    ],
    [
      'a blank Account Email',
      { MainContact: { ...johnKenny.MainContact, Email: '   ' } as Customer['MainContact'] },
      {},
      /has no Account Email/,
    ],
    [
      'a malformed Account Email',
      { MainContact: { ...johnKenny.MainContact, Email: 'john at test' } as Customer['MainContact'] },
      {},
      /not an email address: "john at test"/,
    ],
    [
      'a class outside the filter',
      { CustomerClass: 'INTL' },
      { CustomerClasses: 'LOCAL,DEFAULT' },
      /customer class INTL, outside the connector's Customer Class filter \(LOCAL, DEFAULT\)/,
    ],
    ['a class inside the filter', { CustomerClass: 'LOCAL' }, { CustomerClasses: 'LOCAL, DEFAULT' }, 'eligible'],
  ];
  for (const [name, customerChange, connectorChange, expected] of cases) {
    it(name, () => {
      const decision = decideCustomer({ ...johnKenny, ...customerChange }, { ...connector, ...connectorChange });
      if (expected === 'eligible') {
        assert.equal(decision.eligible, true, decision.eligible ? '' : decision.reason);
        assert.equal(decision.eligible && decision.association.id, 'row-1');
      } else {
        assert.equal(decision.eligible, false);
        assert.match(decision.eligible ? '' : decision.reason, expected);
      }
    });
  }
});

describe('decideContact', () => {
  const cases: Array<[string, Partial<Contact>, RegExp | 'eligible']> = [
    ['the documented contact Mark Z', {}, 'eligible'],
    ['an inactive contact', { Active: false }, /Contact 288001 of customer C000000288 \(Mark Z\) is not active/],
    [
      'Kensium Commerce not enabled on the contact',
      { KensiumCommerceEnabled: undefined },
      /does not have Kensium Commerce Framework enabled/,
    ],
    ['no site association of its own', { SiteAssociations: [] }, /has no site association for B2BQASTORE/],
    ['no email', { Email: undefined }, /has no email; a company user needs one/],
    ['a malformed email', { Email: 'markz' }, /not an email address: "markz"/],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const decision = decideContact({ ...markZ, ...change }, connector);
      if (expected === 'eligible') assert.equal(decision.eligible, true);
      else assert.match(decision.eligible ? 'eligible' : decision.reason, expected);
    });
  }
});

describe('decideLocation', () => {
  const base = primaryLocation;
  it('syncs an active location with an address, handing that address on to be mapped', () => {
    const decision = decideLocation(base);
    assert.equal(decision.eligible, true);
    assert.equal(decision.eligible && decision.address, base.LocationContact?.Address);
  });
  it('refuses an inactive location', () => {
    const decision = decideLocation({ ...base, Active: false });
    assert.match(decision.eligible ? '' : decision.reason, /Location MAIN of customer C000000012 is not active/);
  });
  it('refuses a location without a complete address', () => {
    const decision = decideLocation({
      ...base,
      LocationContact: {
        Attention: undefined,
        DisplayName: undefined,
        Email: undefined,
        Phone1: undefined,
        Address: { ...address, City: undefined },
      },
    });
    assert.match(decision.eligible ? '' : decision.reason, /no complete address/);
  });
});

describe('isCompleteAddress', () => {
  for (const [name, change, expected] of [
    ['an address with line 1, city and postal code', {}, true],
    ['no line 1', { AddressLine1: undefined }, false],
    ['an empty city', { City: '' }, false],
    ['no postal code', { PostalCode: undefined }, false],
  ] as const) {
    it(name, () => assert.equal(isCompleteAddress({ ...address, ...change }), expected));
  }
  it('no address at all', () => assert.equal(isCompleteAddress(undefined), false));
});

describe('connectorProblem', () => {
  it('is the documented message when the connector is not active', () => {
    assert.equal(connectorProblem({ ...connector, Active: false }, 'B2BQASTORE'), CONNECTOR_NOT_ENABLED);
  });
  it('names a connector that does not exist', () => {
    assert.equal(connectorProblem(undefined, 'NOPE'), 'The connector NOPE is not configured in Acumatica');
  });
  it('is undefined for an active connector with a site', () => {
    assert.equal(connectorProblem(connector, 'B2BQASTORE'), undefined);
  });
});
