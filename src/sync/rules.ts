import type {
  Address,
  ConnectorConfiguration,
  Contact,
  Customer,
  CustomerLocation,
  SiteAssociation,
} from '../acumatica/entity-schemas';

/** The connector type of Better B2B site associations. */
export const KNB = 'KNB';
export const B2B_CUSTOMER_TYPE = 'B2B';

/** A yes with the site association row to write the Commerce Reference ID into, or a no with its reason. */
export type Decision = { eligible: true; association: SiteAssociation } | { eligible: false; reason: string };

/** The documented message when the connector is switched off (it is what the Logs screen shows). */
export const CONNECTOR_NOT_ENABLED = 'The connector has not been enabled';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why the connector cannot run, or undefined when it can. */
export function connectorProblem(
  connector: ConnectorConfiguration | undefined,
  connectorId: string,
): string | undefined {
  if (!connector) return `The connector ${connectorId} is not configured in Acumatica`;
  if (connector.Active !== true) return CONNECTOR_NOT_ENABLED;
  if (!connector.ConfigSite) return `The connector ${connectorId} has no Config Site`;
  return undefined;
}

/** Whether a customer syncs: active, Kensium Commerce enabled, an active KNB site association, type B2B, a valid email, an allowed class. */
export function decideCustomer(customer: Customer, connector: ConnectorConfiguration): Decision {
  const who = `Customer ${customer.CustomerID}`;
  if (customer.Status && customer.Status !== 'Active') return no(`${who} is not active (status ${customer.Status})`);
  const site = siteDecision(who, customer.KensiumCommerceEnabled, customer.SiteAssociations, connector);
  if (!site.eligible) return site;
  if (customer.CustomerType !== B2B_CUSTOMER_TYPE) {
    return no(
      `${who} is of type ${customer.CustomerType ?? '(none)'}; only customers of type ${B2B_CUSTOMER_TYPE} are synced`,
    );
  }
  const email = customer.MainContact?.Email?.trim();
  if (!email) return no(`${who} has no Account Email; it is mandatory for B2B customers`);
  if (!EMAIL.test(email)) return no(`${who} has an Account Email that is not an email address: "${email}"`);
  const allowed = allowedClasses(connector);
  if (allowed.length > 0 && !allowed.includes(customer.CustomerClass ?? '')) {
    return no(
      `${who} is of customer class ${customer.CustomerClass ?? '(none)'}, outside the connector's Customer Class filter (${allowed.join(', ')})`,
    );
  }
  return site;
}

/** Whether a contact becomes a company user: active, Kensium Commerce enabled with its own active KNB site association, an email. */
export function decideContact(contact: Contact, connector: ConnectorConfiguration): Decision {
  const name = contact.DisplayName ?? [contact.FirstName, contact.LastName].filter(Boolean).join(' ');
  const who = `Contact ${contact.ContactID} of customer ${contact.BusinessAccount ?? '?'} (${name})`;
  if (contact.Active === false) return no(`${who} is not active`);
  const site = siteDecision(who, contact.KensiumCommerceEnabled, contact.SiteAssociations, connector);
  if (!site.eligible) return site;
  const email = contact.Email?.trim();
  if (!email) return no(`${who} has no email; a company user needs one`);
  if (!EMAIL.test(email)) return no(`${who} has an email that is not an email address: "${email}"`);
  return site;
}

/** Whether a location becomes an address: active, with a complete address (the one to map). */
export function decideLocation(
  location: CustomerLocation,
): { eligible: true; address: CompleteAddress } | { eligible: false; reason: string } {
  const who = `Location ${location.LocationID} of customer ${location.Customer ?? '?'}`;
  if (location.Active === false) return no(`${who} is not active`);
  const address = location.LocationContact?.Address;
  if (!isCompleteAddress(address))
    return no(`${who} has no complete address (line 1, city and postal code are needed)`);
  return { eligible: true, address };
}

/** An address Better B2B can take: it has an address line, a city and a postal code. */
export type CompleteAddress = Address & { AddressLine1: string; City: string; PostalCode: string };

export function isCompleteAddress(address: Address | undefined): address is CompleteAddress {
  return Boolean(address?.AddressLine1 && address.City && address.PostalCode);
}

/** The connector preference Include Contacts: contacts become company users (the default). */
export function includesContacts(connector: ConnectorConfiguration): boolean {
  return connector.IncludeContacts !== false;
}

/** The connector preference Include Location: locations become shipping addresses (the default). */
export function includesLocations(connector: ConnectorConfiguration): boolean {
  return connector.IncludeLocations !== false;
}

/** The customer classes the connector syncs; empty means all. Acumatica stores a multi-select as "A,B,C". */
export function allowedClasses(connector: ConnectorConfiguration): string[] {
  return (connector.CustomerClasses ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

function siteDecision(
  who: string,
  enabled: boolean | undefined,
  rows: SiteAssociation[],
  connector: ConnectorConfiguration,
): Decision {
  if (enabled !== true) return no(`${who} does not have Kensium Commerce Framework enabled`);
  const site = connector.ConfigSite ?? '';
  const forSite = rows.filter((row) => row.ConfigSite === site);
  if (forSite.length === 0) return no(`${who} has no site association for ${site}`);
  const active = forSite.filter((row) => row.Active === true);
  if (active.length === 0) return no(`${who} has a site association for ${site} that is not active`);
  const knb = active.find((row) => row.ConnectorType === KNB);
  if (!knb)
    return no(
      `${who} has a site association for ${site} of connector type ${active[0]?.ConnectorType ?? '(none)'}, not ${KNB}`,
    );
  return { eligible: true, association: knb };
}

function no(reason: string): { eligible: false; reason: string } {
  return { eligible: false, reason };
}
