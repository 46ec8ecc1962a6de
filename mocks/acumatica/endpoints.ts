/**
 * The web service endpoints the mock serves: which entities each exposes, with which fields, keys, linked
 * entities and detail rows. Records live once in the store; an endpoint is a view of them, as in Acumatica.
 * Field lists follow Acumatica's Default/24.200.001 endpoint metadata (a subset: the fields the sync and
 * the documents need); the KensiumCommerce extension adds the fields of the customization.
 */
export type FieldType =
  | 'StringValue'
  | 'IntValue'
  | 'ShortValue'
  | 'LongValue'
  | 'BooleanValue'
  | 'DecimalValue'
  | 'DoubleValue'
  | 'DateTimeValue'
  | 'GuidValue'
  | 'ByteValue';

export interface EntityDefinition {
  fields: Record<string, FieldType>;
  /** Linked entities: field name → entity definition name. */
  linked?: Record<string, string>;
  /** Detail rows: field name → entity definition name. */
  details?: Record<string, string>;
  /** Key fields in the order of the form (top-level entities); a PUT without `id` matches on them. */
  keys?: string[];
  /** A key field the mock numbers itself when a new record leaves it empty. */
  autoNumber?: { field: string; type: 'IntValue' | 'StringValue' };
  /** Fields Acumatica fills and a client cannot write. */
  readOnly?: string[];
}

export interface EndpointDefinition {
  name: string;
  version: string;
  /** Top-level entities by name, and the linked/detail entity shapes they refer to. */
  topLevel: Record<string, EntityDefinition>;
  shapes: Record<string, EntityDefinition>;
}

const address: EntityDefinition = {
  fields: { AddressLine1: 'StringValue', AddressLine2: 'StringValue', City: 'StringValue', Country: 'StringValue', PostalCode: 'StringValue', State: 'StringValue', Validated: 'BooleanValue' },
};

const contactInfo: EntityDefinition = {
  fields: {
    Attention: 'StringValue',
    DisplayName: 'StringValue',
    Email: 'StringValue',
    Fax: 'StringValue',
    FirstName: 'StringValue',
    LastName: 'StringValue',
    Phone1: 'StringValue',
    Phone2: 'StringValue',
    WebSite: 'StringValue',
  },
  linked: { Address: 'Address' },
};

const siteAssociation: EntityDefinition = {
  fields: { ConfigSite: 'StringValue', Active: 'BooleanValue', ConnectorType: 'StringValue', CommerceReferenceID: 'StringValue' },
  keys: ['ConfigSite', 'ConnectorType'],
};

const timestamps = { CreatedDateTime: 'DateTimeValue', LastModifiedDateTime: 'DateTimeValue' } as const;

const customer: EntityDefinition = {
  fields: {
    CustomerID: 'StringValue',
    CustomerName: 'StringValue',
    CustomerClass: 'StringValue',
    Status: 'StringValue',
    Email: 'StringValue',
    PriceClassID: 'StringValue',
    PrimaryContactID: 'IntValue',
    CurrencyID: 'StringValue',
    Terms: 'StringValue',
    ...timestamps,
  },
  linked: { MainContact: 'ContactInfo' },
  keys: ['CustomerID'],
  readOnly: ['CreatedDateTime', 'LastModifiedDateTime'],
};

const contact: EntityDefinition = {
  fields: {
    ContactID: 'IntValue',
    BusinessAccount: 'StringValue',
    Active: 'BooleanValue',
    DisplayName: 'StringValue',
    FirstName: 'StringValue',
    LastName: 'StringValue',
    Email: 'StringValue',
    Phone1: 'StringValue',
    JobTitle: 'StringValue',
    ContactClass: 'StringValue',
    ...timestamps,
  },
  linked: { Address: 'Address' },
  keys: ['ContactID'],
  autoNumber: { field: 'ContactID', type: 'IntValue' },
  readOnly: ['CreatedDateTime', 'LastModifiedDateTime'],
};

const customerLocation: EntityDefinition = {
  fields: {
    Customer: 'StringValue',
    LocationID: 'StringValue',
    LocationName: 'StringValue',
    Active: 'BooleanValue',
    Default: 'BooleanValue',
    Status: 'StringValue',
    ...timestamps,
  },
  linked: { LocationContact: 'ContactInfo' },
  keys: ['Customer', 'LocationID'],
  readOnly: ['CreatedDateTime', 'LastModifiedDateTime'],
};

const customerClass: EntityDefinition = {
  fields: { ClassID: 'StringValue', Description: 'StringValue', ...timestamps },
  keys: ['ClassID'],
  readOnly: ['CreatedDateTime', 'LastModifiedDateTime'],
};

export const DEFAULT_ENDPOINT: EndpointDefinition = {
  name: 'Default',
  version: '24.200.001',
  topLevel: { Customer: customer, Contact: contact, CustomerLocation: customerLocation, CustomerClass: customerClass },
  shapes: { Address: address, ContactInfo: contactInfo },
};

const withFields = (base: EntityDefinition, extra: Partial<EntityDefinition>): EntityDefinition => ({
  ...base,
  fields: { ...base.fields, ...extra.fields },
  linked: { ...base.linked, ...extra.linked },
  details: { ...base.details, ...extra.details },
});

/** The endpoint extension published by the Kensium Commerce customization (see DESIGN.md, "contracts"). */
export const KENSIUM_ENDPOINT: EndpointDefinition = {
  name: 'KensiumCommerce',
  version: '24.200.001',
  topLevel: {
    Customer: withFields(customer, { fields: { CustomerType: 'StringValue', KensiumCommerceEnabled: 'BooleanValue' }, details: { SiteAssociations: 'SiteAssociation' } }),
    Contact: withFields(contact, { fields: { KensiumCommerceEnabled: 'BooleanValue' }, details: { SiteAssociations: 'SiteAssociation' } }),
    CustomerLocation: withFields(customerLocation, { details: { SiteAssociations: 'SiteAssociation' } }),
    CustomerClass: customerClass,
    ConnectorLog: {
      fields: {
        LogID: 'IntValue',
        Level: 'StringValue',
        ActionType: 'StringValue',
        Message: 'StringValue',
        EndpointUrl: 'StringValue',
        Description: 'StringValue',
        LoginUser: 'StringValue',
        CreatedDateTime: 'DateTimeValue',
      },
      keys: ['LogID'],
      autoNumber: { field: 'LogID', type: 'IntValue' },
      readOnly: ['CreatedDateTime'],
    },
    ConnectorConfiguration: {
      fields: {
        ConnectorID: 'StringValue',
        Name: 'StringValue',
        Active: 'BooleanValue',
        ConfigSite: 'StringValue',
        ConnectorType: 'StringValue',
        CustomerClasses: 'StringValue',
        IncludeLocations: 'BooleanValue',
        IncludeContacts: 'BooleanValue',
        ...timestamps,
      },
      keys: ['ConnectorID'],
      readOnly: ['CreatedDateTime', 'LastModifiedDateTime'],
    },
  },
  shapes: { ...DEFAULT_ENDPOINT.shapes, SiteAssociation: siteAssociation },
};

export const ENDPOINTS: EndpointDefinition[] = [DEFAULT_ENDPOINT, KENSIUM_ENDPOINT];

export function findEndpoint(endpoints: EndpointDefinition[], name: string, version: string): EndpointDefinition | undefined {
  return endpoints.find((e) => e.name === name && e.version === version);
}

/** The definition of a linked or detail field's shape. */
export function shapeOf(endpoint: EndpointDefinition, name: string): EntityDefinition {
  const shape = endpoint.shapes[name];
  if (!shape) throw new Error(`The endpoint ${endpoint.name}/${endpoint.version} has no entity shape ${name}`);
  return shape;
}
