/**
 * The fields a Given step can set, by the label the Acumatica screens give them, and where each lives in
 * the record sent through the REST API. Checkbox fields take "checked" or "unchecked".
 */
export interface FieldSpec {
  path: string[];
  kind: 'text' | 'checkbox' | 'email';
}

const text = (...path: string[]): FieldSpec => ({ path, kind: 'text' });
const box = (...path: string[]): FieldSpec => ({ path, kind: 'checkbox' });
const email = (...path: string[]): FieldSpec => ({ path, kind: 'email' });

/** Customers screen: the General tab, the main contact and address, and the Kensium Commerce tab. */
export const CUSTOMER_FIELDS: Record<string, FieldSpec> = {
  'Customer Name': text('CustomerName'),
  'Customer Type': text('CustomerType'),
  'Customer Class': text('CustomerClass'),
  Status: text('Status'),
  'Price Class': text('PriceClassID'),
  'Account Email': email('MainContact', 'Email'),
  Attention: text('MainContact', 'Attention'),
  'Phone 1': text('MainContact', 'Phone1'),
  'Address Line 1': text('MainContact', 'Address', 'AddressLine1'),
  'Address Line 2': text('MainContact', 'Address', 'AddressLine2'),
  City: text('MainContact', 'Address', 'City'),
  State: text('MainContact', 'Address', 'State'),
  'Postal Code': text('MainContact', 'Address', 'PostalCode'),
  Country: text('MainContact', 'Address', 'Country'),
  'Enable Kensium Commerce Framework': box('KensiumCommerceEnabled'),
};

/** The contact pop-up: its summary and its own Kensium Commerce tab. */
export const CONTACT_FIELDS: Record<string, FieldSpec> = {
  Active: box('Active'),
  'First Name': text('FirstName'),
  'Last Name': text('LastName'),
  'Job Title': text('JobTitle'),
  Email: email('Email'),
  'Phone 1': text('Phone1'),
  'Enable Kensium Commerce Framework': box('KensiumCommerceEnabled'),
};

/** The Site Association grid of the Kensium Commerce tab (customer, contact or location), row of the connector's config site. */
export const SITE_ASSOCIATION_FIELDS: Record<string, { column: 'Active' | 'ConnectorType' | 'ConfigSite'; kind: 'text' | 'checkbox' }> = {
  'Site Association Active': { column: 'Active', kind: 'checkbox' },
  'Site Association Connector type': { column: 'ConnectorType', kind: 'text' },
  'Site Association Config Site': { column: 'ConfigSite', kind: 'text' },
};

/** "checked" / "unchecked" (also yes/no, true/false) as a boolean. */
export function parseCheckbox(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['checked', 'yes', 'true'].includes(v)) return true;
  if (['unchecked', 'no', 'false'].includes(v)) return false;
  throw new Error(`Expected "checked" or "unchecked" for a checkbox, got "${value}"`);
}

/** A cell's text as the value to send: "(empty)" clears a field. */
export function parseText(value: string): string {
  return value === '(empty)' ? '' : value;
}

/** The labels of a field list as a regular expression, longest first (for Cucumber parameter types). */
export function labelsPattern(...lists: Array<Record<string, unknown>>): RegExp {
  const labels = lists.flatMap((list) => Object.keys(list)).sort((a, b) => b.length - a.length);
  return new RegExp(labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** Sets `value` at `path` in a nested plain record. */
export function setPath(record: Record<string, any>, path: string[], value: unknown): void {
  let node = record;
  for (const segment of path.slice(0, -1)) node = node[segment] ??= {};
  node[path[path.length - 1] as string] = value;
}
