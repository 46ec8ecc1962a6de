/**
 * The endpoint the sync reads (DESIGN.md, "The contracts the pieces meet on"): the KensiumCommerce
 * extension of Default/24.200.001 and the fields it adds. The customization's EntityEndpoint must expose
 * at least these, with these types; it may expose more.
 */
export interface EndpointContract {
  name: string;
  version: string;
  extends: { name: string; version: string };
  /** Top-level entities: field name → type as the endpoint XML writes it (`SiteAssociation[]` is a detail). */
  entities: Record<string, Record<string, string>>;
  /** Detail entities: field name → type. */
  details: Record<string, Record<string, string>>;
}

const text = 'StringValue';
const bool = 'BooleanValue';
const siteAssociations = 'SiteAssociation[]';

export const KENSIUM_CONTRACT: EndpointContract = {
  name: 'KensiumCommerce',
  version: '24.200.001',
  extends: { name: 'Default', version: '24.200.001' },
  entities: {
    Customer: { CustomerType: text, KensiumCommerceEnabled: bool, SiteAssociations: siteAssociations },
    Contact: { KensiumCommerceEnabled: bool, SiteAssociations: siteAssociations },
    CustomerLocation: { SiteAssociations: siteAssociations },
    ConnectorLog: {
      Level: text,
      ActionType: text,
      Message: text,
      EndpointUrl: text,
      Description: text,
      LoginUser: text,
      CreatedDateTime: 'DateTimeValue',
    },
    ConnectorLogBatch: { Rows: 'ConnectorLog[]' },
    SiteAssociationRecord: {
      RefNoteID: 'GuidValue',
      CustomerID: text,
      ConfigSite: text,
      ConnectorType: text,
      Active: bool,
      CommerceReferenceID: text,
      LastModifiedDateTime: 'DateTimeValue',
      LastModifiedByScreenID: text,
    },
    CommerceReferences: { CustomerID: text, Associations: 'SiteAssociationRecord[]' },
    ConnectorConfiguration: {
      ConnectorID: text,
      Name: text,
      Active: bool,
      ConfigSite: text,
      ConnectorType: text,
      CustomerClasses: text,
      IncludeLocations: bool,
      IncludeContacts: bool,
    },
  },
  details: {
    SiteAssociation: { ConfigSite: text, Active: bool, ConnectorType: text, CommerceReferenceID: text },
  },
};
