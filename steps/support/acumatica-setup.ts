import type { Plain } from './acumatica-view';
import { CONTACT_FIELDS, CUSTOMER_FIELDS, parseCheckbox, parseText, setPath, SITE_ASSOCIATION_FIELDS, type FieldSpec } from './fields';
import type { SyncWorld } from './world';

/**
 * What a person does on the Acumatica screens, done through the REST API (so it works against a sandbox
 * as well as the mock): create customers and contacts, tick boxes, fill the Site Association grid.
 */

/** Creates a customer anew: one left with that ID (the mocks' fixtures) is deleted first, with its contacts and locations. */
export async function createCustomer(world: SyncWorld, documentedId: string, record: Plain): Promise<void> {
  const customerId = await removeCustomer(world, documentedId);
  await world.acumatica.put('Customer', { ...record, CustomerID: customerId });
  if (typeof record.CustomerName === 'string') world.customerNames.set(record.CustomerName, documentedId);
}

/** Deletes a customer left with that ID, its contacts and locations first; answers the ID the scenario uses. */
export async function removeCustomer(world: SyncWorld, documentedId: string): Promise<string> {
  const customerId = world.customerId(documentedId);
  if (!(await world.acumatica.findCustomer(customerId))) return customerId;
  for (const contact of await world.acumatica.contacts(customerId)) await world.acumatica.delete('Contact', [contact.ContactID]);
  for (const location of await world.acumatica.locations(customerId)) await world.acumatica.delete('CustomerLocation', [customerId, location.LocationID]);
  await world.acumatica.delete('Customer', [customerId]);
  return customerId;
}

/** The value to send for a field of a Given step ("checked", "(empty)", an email made unique on live runs). */
function fieldValue(world: SyncWorld, spec: FieldSpec, value: string): unknown {
  if (spec.kind === 'checkbox') return parseCheckbox(value);
  const text = parseText(value);
  return spec.kind === 'email' && text ? world.ids.email(text) : text;
}

function fieldsRecord(world: SyncWorld, known: Record<string, FieldSpec>, screen: string, fields: Array<[string, string]>): { record: Plain; site: Array<[string, string]> } {
  const record: Plain = {};
  const site: Array<[string, string]> = [];
  for (const [label, value] of fields) {
    const spec = known[label];
    if (spec) setPath(record, spec.path, fieldValue(world, spec, value));
    else if (SITE_ASSOCIATION_FIELDS[label]) site.push([label, value]);
    else throw new Error(`The ${screen} has no field "${label}"; its fields are ${[...Object.keys(known), ...Object.keys(SITE_ASSOCIATION_FIELDS)].join(', ')}`);
  }
  return { record, site };
}

/** Sets fields of a customer by their screen labels. */
export async function setCustomerFields(world: SyncWorld, documentedId: string, fields: Array<[string, string]>): Promise<void> {
  const customerId = world.customerId(documentedId);
  const { record, site } = fieldsRecord(world, CUSTOMER_FIELDS, 'Customers screen', fields);
  if (Object.keys(record).length > 0) await world.acumatica.put('Customer', { ...record, CustomerID: customerId });
  for (const [label, value] of site) {
    const rows = (await world.acumatica.customer(customerId)).SiteAssociations ?? [];
    await world.acumatica.put('Customer', { CustomerID: customerId, SiteAssociations: changedSiteRows(rows, label, value) });
  }
}

/** Sets fields of a contact by their labels on the contact pop-up. */
export async function setContactFields(world: SyncWorld, name: string, fields: Array<[string, string]>): Promise<void> {
  const { contactId } = world.contact(name);
  const { record, site } = fieldsRecord(world, CONTACT_FIELDS, 'contact pop-up', fields);
  if (Object.keys(record).length > 0) await world.acumatica.put('Contact', { ...record, ContactID: contactId });
  for (const [label, value] of site) {
    const rows = (await world.acumatica.contact(contactId)).SiteAssociations ?? [];
    await world.acumatica.put('Contact', { ContactID: contactId, SiteAssociations: changedSiteRows(rows, label, value) });
  }
}

/**
 * The Site Association rows to send to change one column of the rows of config site B2BQASTORE (the
 * documents' site). Active is changed in place; Connector type and Config Site are part of a row's key, so
 * the row is deleted and a new one added, as a person does on the grid.
 */
function changedSiteRows(rows: Plain[], label: string, value: string): Plain[] {
  const { column, kind } = SITE_ASSOCIATION_FIELDS[label] as { column: string; kind: string };
  const mine = rows.filter((row) => row.ConfigSite === DOCUMENTED_SITE);
  if (mine.length === 0) throw new Error(`There is no Site Association row for config site ${DOCUMENTED_SITE} to change; add one first`);
  const newValue = kind === 'checkbox' ? parseCheckbox(value) : parseText(value);
  if (column === 'Active') return mine.map((row) => ({ id: row.id, Active: newValue }));
  return [
    ...mine.map((row) => ({ id: row.id, delete: true })),
    ...mine.map((row) => ({ ConfigSite: row.ConfigSite, Active: row.Active, ConnectorType: row.ConnectorType, [column]: newValue })),
  ];
}

/** The config site of the documents' Site Association grid. */
export const DOCUMENTED_SITE = 'B2BQASTORE';

/** Creates a contact of a customer ("Mark Z" → first name Mark, last name Z). */
export async function createContact(world: SyncWorld, name: string, documentedCustomer: string, fields: Plain): Promise<void> {
  const space = name.indexOf(' ');
  const saved = await world.acumatica.put('Contact', {
    BusinessAccount: world.customerId(documentedCustomer),
    DisplayName: name,
    FirstName: space > 0 ? name.slice(0, space) : name,
    LastName: space > 0 ? name.slice(space + 1) : name,
    Active: true,
    ...fields,
  }, { $select: 'ContactID' }); // a PUT answers only the fields sent or asked for: ask for the new ContactID
  if (typeof saved.ContactID !== 'number') throw new Error(`Acumatica saved the contact "${name}" without a ContactID: ${JSON.stringify(saved)}`);
  world.contacts.set(name, { contactId: saved.ContactID, customer: documentedCustomer });
}

/** Checks or unchecks the Primary box of a contact on its customer's Contacts tab (the customer's primary contact). */
export async function setPrimary(world: SyncWorld, name: string, primary: boolean): Promise<void> {
  const { contactId, customer } = world.contact(name);
  const customerId = world.customerId(customer);
  const current = (await world.acumatica.customer(customerId)).PrimaryContactID;
  if (primary) await world.acumatica.put('Customer', { CustomerID: customerId, PrimaryContactID: contactId });
  else if (current === contactId) await world.acumatica.put('Customer', { CustomerID: customerId, PrimaryContactID: null });
}
