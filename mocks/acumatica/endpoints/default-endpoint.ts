import type { EndpointDefinition, EntityDefinition } from './definitions';

/**
 * Acumatica's system endpoint Default/24.200.001, reduced to the entities a customer sync needs and to
 * the fields of their metadata that matter for it (names and types as in the product's endpoint XML, held
 * against real-contract-facts.json by real-contract.test.ts). Linked and detail fields name the entity
 * definition they hold; `Contact` is both a top-level entity and the type of every contact-like linked entity
 * (MainContact, BillingContact, LocationContact, …), each of which maps only some of its fields.
 */
const timestamps = { CreatedDateTime: 'DateTimeValue', LastModifiedDateTime: 'DateTimeValue' } as const;
const readOnly = ['CreatedDateTime', 'LastModifiedDateTime', 'NoteID'];

const ADDRESS_FIELDS = ['AddressLine1', 'AddressLine2', 'City', 'Country', 'PostalCode', 'State', 'Validated'];

/** Contact fields that the contact-like entities of an account (its main, billing, shipping contact) do not map. */
const NOT_ON_ACCOUNT_CONTACTS = [
  'BusinessAccount',
  'Active',
  'ContactClass',
  'Status',
  'Type',
  'NoteID',
  'LastModifiedDateTime',
  'Address/Validated',
];

const unmappedIn = (place: string, fields: string[]): string[] => fields.map((field) => `${place}/${field}`);

const address: EntityDefinition = {
  fields: {
    AddressLine1: 'StringValue',
    AddressLine2: 'StringValue',
    City: 'StringValue',
    Country: 'StringValue',
    PostalCode: 'StringValue',
    State: 'StringValue',
    Validated: 'BooleanValue',
  },
};

const contact: EntityDefinition = {
  screen: 'CR302000',
  graph: 'PX.Objects.CR.ContactMaint/Contact',
  fields: {
    ContactID: 'IntValue',
    BusinessAccount: 'StringValue',
    Active: 'BooleanValue',
    Attention: 'StringValue',
    CompanyName: 'StringValue',
    ContactClass: 'StringValue',
    DisplayName: 'StringValue',
    Email: 'StringValue',
    Fax: 'StringValue',
    FirstName: 'StringValue',
    MiddleName: 'StringValue',
    LastName: 'StringValue',
    JobTitle: 'StringValue',
    Phone1: 'StringValue',
    Phone1Type: 'StringValue',
    Phone2: 'StringValue',
    Phone2Type: 'StringValue',
    Status: 'StringValue',
    Title: 'StringValue',
    Type: 'StringValue',
    WebSite: 'StringValue',
    NoteID: 'GuidValue',
    LastModifiedDateTime: 'DateTimeValue',
  },
  linked: { Address: 'Address' },
  keys: ['ContactID'],
  // The contact's address is validated through AddressValidated; Address/Validated is not mapped here.
  unmapped: ['Address/Validated'],
  autoNumber: { field: 'ContactID', type: 'IntValue' },
  readOnly: ['LastModifiedDateTime', 'NoteID'],
  custom: {
    'Contact.EMail': { type: 'CustomStringField', field: 'Email' },
    'Contact.BAccountID': { type: 'CustomStringField', field: 'BusinessAccount' },
  },
  views: ['Contact', 'ContactCurrent'],
};

/** The rows of Customer.Contacts: the contacts of the business account, each with its Contact. */
const customerContact: EntityDefinition = {
  fields: { ContactID: 'IntValue', LastModifiedDateTime: 'DateTimeValue' },
  linked: { Contact: 'Contact' },
  keys: ['ContactID'],
};

const customer: EntityDefinition = {
  screen: 'AR303000',
  graph: 'PX.Objects.AR.CustomerMaint/BAccount',
  fields: {
    CustomerID: 'StringValue',
    CustomerName: 'StringValue',
    CustomerClass: 'StringValue',
    CustomerCategory: 'StringValue',
    Status: 'StringValue',
    Email: 'StringValue',
    PriceClassID: 'StringValue',
    PrimaryContactID: 'IntValue',
    ParentRecord: 'StringValue',
    CurrencyID: 'StringValue',
    Terms: 'StringValue',
    StatementCycleID: 'StringValue',
    TaxZone: 'StringValue',
    ShipVia: 'StringValue',
    WarehouseID: 'StringValue',
    LocationName: 'StringValue',
    CreditLimit: 'DecimalValue',
    BillingAddressOverride: 'BooleanValue',
    BillingContactOverride: 'BooleanValue',
    ShippingAddressOverride: 'BooleanValue',
    ShippingContactOverride: 'BooleanValue',
    IsGuestCustomer: 'BooleanValue',
    NoteID: 'GuidValue',
    ...timestamps,
  },
  linked: { MainContact: 'Contact', BillingContact: 'Contact', ShippingContact: 'Contact', PrimaryContact: 'Contact' },
  details: { Contacts: 'CustomerContact' },
  keys: ['CustomerID'],
  readOnly,
  custom: {
    'BAccount.AcctCD': { type: 'CustomStringField', field: 'CustomerID' },
    'BAccount.AcctName': { type: 'CustomStringField', field: 'CustomerName' },
    'CurrentCustomer.CustomerClassID': { type: 'CustomStringField', field: 'CustomerClass' },
    'DefContact.EMail': { type: 'CustomStringField', field: 'MainContact/Email' },
    // The default contact and its address are rows of their own, with their own stamps.
    'DefContact.LastModifiedDateTime': { type: 'CustomDateTimeField', field: 'MainContact/LastModifiedDateTime' },
    'DefAddress.LastModifiedDateTime': {
      type: 'CustomDateTimeField',
      field: 'MainContact/Address/LastModifiedDateTime',
    },
  },
  views: ['BAccount', 'CurrentCustomer', 'DefContact', 'DefAddress'],
  sameField: { Email: 'MainContact/Email', 'MainContact/CompanyName': 'MainContact/DisplayName' },
  unmapped: [
    ...unmappedIn('MainContact', [...NOT_ON_ACCOUNT_CONTACTS]),
    ...unmappedIn('BillingContact', [...NOT_ON_ACCOUNT_CONTACTS, 'CompanyName']),
    ...unmappedIn('ShippingContact', [...NOT_ON_ACCOUNT_CONTACTS, 'CompanyName']),
    ...unmappedIn('PrimaryContact', ['Attention', ...ADDRESS_FIELDS.map((field) => `Address/${field}`)]),
    ...unmappedIn('Contacts/Contact', [
      'BusinessAccount',
      'Attention',
      'CompanyName',
      'ContactClass',
      'Status',
      'Type',
      'NoteID',
      'LastModifiedDateTime',
      'Address/Validated',
    ]),
  ],
};

const customerLocation: EntityDefinition = {
  screen: 'AR303020',
  graph: 'PX.Objects.AR.CustomerLocationMaint/Location',
  fields: {
    Customer: 'StringValue',
    LocationID: 'StringValue',
    LocationName: 'StringValue',
    Active: 'BooleanValue',
    Default: 'BooleanValue',
    Status: 'StringValue',
    AddressOverride: 'BooleanValue',
    ContactOverride: 'BooleanValue',
    PriceClass: 'StringValue',
    ShipVia: 'StringValue',
    TaxZone: 'StringValue',
    Warehouse: 'StringValue',
    NoteID: 'GuidValue',
    ...timestamps,
  },
  linked: { LocationContact: 'Contact' },
  keys: ['Customer', 'LocationID'],
  unmapped: unmappedIn('LocationContact', [...NOT_ON_ACCOUNT_CONTACTS, 'CompanyName']),
  readOnly,
  views: ['Location', 'LocationCurrent', 'Contact', 'Address'],
  custom: {
    // The location's contact and address are rows of their own, with their own stamps.
    'Contact.LastModifiedDateTime': { type: 'CustomDateTimeField', field: 'LocationContact/LastModifiedDateTime' },
    'Address.LastModifiedDateTime': {
      type: 'CustomDateTimeField',
      field: 'LocationContact/Address/LastModifiedDateTime',
    },
  },
};

const customerClass: EntityDefinition = {
  screen: 'AR201000',
  graph: 'PX.Objects.AR.CustomerClassMaint/CustomerClassRecord',
  fields: {
    ClassID: 'StringValue',
    Description: 'StringValue',
    CurrencyID: 'StringValue',
    Terms: 'StringValue',
    StatementCycleID: 'StringValue',
    ShipVia: 'StringValue',
    TaxZoneID: 'StringValue',
    ...timestamps,
  },
  keys: ['ClassID'],
  readOnly,
};

export const DEFAULT_ENDPOINT: EndpointDefinition = {
  name: 'Default',
  version: '24.200.001',
  topLevel: { Customer: customer, Contact: contact, CustomerLocation: customerLocation, CustomerClass: customerClass },
  shapes: { Address: address, CustomerContact: customerContact },
};

/**
 * The older Default versions a 24R2 site serves beside 24.200.001: the same entities without the fields
 * that version does not have (EndpointMetadata/Default_20.200.001, _22, _23 of Acumatica's REST client).
 */
const NOT_IN_VERSION: Record<string, Record<string, string[]>> = {
  '20.200.001': {
    Customer: ['CustomerCategory', 'Email', 'PrimaryContactID', 'CreditLimit', 'IsGuestCustomer', 'NoteID'],
    CustomerLocation: ['Default', 'Status', 'NoteID'],
    CustomerContact: ['LastModifiedDateTime'],
  },
  '22.200.001': {
    Customer: ['CustomerCategory', 'Email', 'PrimaryContactID'],
    CustomerLocation: ['Default', 'Status'],
    CustomerContact: ['LastModifiedDateTime'],
  },
  '23.200.001': {},
};

function olderVersion(version: string, absent: Record<string, string[]>): EndpointDefinition {
  const without = (name: string, entity: EntityDefinition): EntityDefinition => {
    const gone = new Set(absent[name] ?? []);
    if (gone.size === 0) return entity;
    return {
      ...entity,
      fields: Object.fromEntries(Object.entries(entity.fields).filter(([field]) => !gone.has(field))),
      keys: entity.keys?.filter((field) => !gone.has(field)),
      sameField: entity.sameField
        ? Object.fromEntries(Object.entries(entity.sameField).filter(([field]) => !gone.has(field)))
        : undefined,
    };
  };
  const map = (entities: Record<string, EntityDefinition>) =>
    Object.fromEntries(Object.entries(entities).map(([name, entity]) => [name, without(name, entity)]));
  return { name: 'Default', version, topLevel: map(DEFAULT_ENDPOINT.topLevel), shapes: map(DEFAULT_ENDPOINT.shapes) };
}

/** The system endpoints of the instance, oldest first; published customizations add theirs (mocks/acumatica/customization). */
export const ENDPOINTS: EndpointDefinition[] = [
  ...Object.entries(NOT_IN_VERSION).map(([version, absent]) => olderVersion(version, absent)),
  DEFAULT_ENDPOINT,
];
