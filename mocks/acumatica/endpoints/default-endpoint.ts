import type { EndpointDefinition, EntityDefinition } from './definitions';

/**
 * Acumatica's system endpoint Default/24.200.001, reduced to the entities a customer sync needs and to
 * the fields of their metadata that matter for it (names and types as in the product's endpoint XML).
 * Linked and detail fields name the entity definition they hold; `Contact` is both a top-level entity and
 * the type of every contact-like linked entity (MainContact, BillingContact, LocationContact, …).
 */
const timestamps = { CreatedDateTime: 'DateTimeValue', LastModifiedDateTime: 'DateTimeValue' } as const;
const readOnly = ['CreatedDateTime', 'LastModifiedDateTime', 'NoteID'];

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
  },
  views: ['BAccount', 'CurrentCustomer', 'DefContact', 'DefAddress'],
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
  readOnly,
  views: ['Location', 'LocationCurrent'],
};

const customerClass: EntityDefinition = {
  screen: 'AR201000',
  graph: 'PX.Objects.AR.CustomerClassMaint/CustomerClassRecord',
  fields: {
    ClassID: 'StringValue',
    Description: 'StringValue',
    CurrencyID: 'StringValue',
    Terms: 'StringValue',
    NoteID: 'GuidValue',
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

/** The system endpoints of the instance; published customizations add theirs (mocks/acumatica/customization). */
export const ENDPOINTS: EndpointDefinition[] = [DEFAULT_ENDPOINT];
