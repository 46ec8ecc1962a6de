import type { ConnectorConfiguration, Contact, Customer, CustomerLocation } from '../../src/acumatica/entity-schemas';

/**
 * The documents' examples as the sync reads them from Acumatica, for unit tests: the B2BQASTORE / KNB
 * connector, customer C000000012 John Kenny with its Primary Location, and contact Mark Z of Facebook.
 * Tests spread and override them (`{ ...johnKenny, CustomerType: 'B2C' }`).
 */
export const connector: ConnectorConfiguration = {
  ConnectorID: 'B2BQASTORE',
  Name: 'QA store',
  Active: true,
  ConfigSite: 'B2BQASTORE',
  ConnectorType: 'KNB',
  CustomerClasses: '',
  IncludeContacts: true,
  IncludeLocations: true,
};

export const knbRow = {
  id: 'row-1',
  ConfigSite: 'B2BQASTORE',
  Active: true,
  ConnectorType: 'KNB',
  CommerceReferenceID: undefined,
};

export const address = {
  AddressLine1: '156 10th Ave',
  AddressLine2: undefined,
  City: 'New York',
  State: 'NY',
  PostalCode: '10011',
  Country: 'US',
};

export const johnKenny: Customer = {
  CustomerID: 'C000000012',
  CustomerName: 'John Kenny',
  CustomerClass: 'LOCAL',
  Status: 'Active',
  PriceClassID: undefined,
  PrimaryContactID: undefined,
  LastModifiedDateTime: undefined,
  CustomerType: 'B2B',
  KensiumCommerceEnabled: true,
  MainContact: {
    Attention: undefined,
    DisplayName: 'John Kenny',
    Email: 'johnkenny@test.com',
    Phone1: '3333333333',
    Address: address,
  },
  SiteAssociations: [knbRow],
};

export const primaryLocation: CustomerLocation = {
  Customer: 'C000000012',
  LocationID: 'MAIN',
  LocationName: 'Primary Location',
  Active: true,
  Default: true,
  LastModifiedDateTime: undefined,
  LocationContact: {
    Attention: 'John Kenny',
    DisplayName: undefined,
    Email: undefined,
    Phone1: '3333333333',
    Address: address,
  },
  SiteAssociations: [],
};

export const markZ: Contact = {
  ContactID: 288001,
  BusinessAccount: 'C000000288',
  Active: true,
  FirstName: 'Mark',
  LastName: 'Z',
  DisplayName: 'Mark Z',
  Email: 'markz@test.com',
  Phone1: '4444444444',
  JobTitle: undefined,
  LastModifiedDateTime: undefined,
  KensiumCommerceEnabled: true,
  SiteAssociations: [knbRow],
};
