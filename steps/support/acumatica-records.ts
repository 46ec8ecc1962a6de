import { literal, unwrap } from './acumatica-view';
import { CHECKBOX_FIELDS, fieldOf, nestedRecord } from './labels';
import { checkbox } from './text-match';
import { Scratch } from './scratch';
import type { SyncWorld } from './world';

/** ContactIDs of the contacts the scenario created, by customer and name. */
const CONTACT_IDS = new Scratch(() => new Map<string, number>());
const contactKey = (customerId: string, name: string) => `${customerId.toLowerCase()}/${name}`;

/**
 * What the Given steps do in Acumatica, through its REST API as a tester's tools would: create a customer
 * from nothing, fill fields by their screen labels, tick the Kensium Commerce boxes, fill Site Association
 * grids, add contacts and locations.
 */

/**
 * A record from a table of `label | value` pairs; checkbox labels take yes/no, an empty value clears the
 * field. An email gets its name in the systems (a new one too: live, emails must be unique per scenario).
 */
export function recordFromLabels(
  world: SyncWorld,
  labels: Record<string, string>,
  pairs: Array<[string, string]>,
  where: string,
): Record<string, unknown> {
  return nestedRecord(
    pairs.map(([label, text]) => {
      const value = /Email/.test(label) ? world.aliases.email(text) : world.aliases.translate(text);
      return [
        fieldOf(labels, label, where),
        CHECKBOX_FIELDS.has(label) ? checkbox(value) : value === '' ? null : value,
      ];
    }),
  );
}

/**
 * A customer exactly as the scenario describes it: any customer with that ID, its contacts and locations are
 * deleted first. A tenant that numbers new customers answers with a key of its own: the scenario's name for
 * the customer stands for that key from then on. Returns the key.
 */
export async function createCustomer(
  world: SyncWorld,
  customerId: string,
  fields: Record<string, unknown>,
): Promise<string> {
  await deleteCustomer(world, customerId);
  const saved = await world.acumatica.put('Customer', { CustomerID: customerId, Status: 'Active', ...fields });
  const given = String(unwrap(saved).CustomerID ?? customerId);
  world.aliases.renameCustomer(customerId, given);
  return given;
}

/** Deletes a customer with its contacts and locations (nothing, when there is no such customer). */
export async function deleteCustomer(world: SyncWorld, customerId: string): Promise<void> {
  for (const contact of await world.acumatica.contactsOf(customerId))
    await world.acumatica.delete('Contact', String(contact.id));
  for (const location of await world.acumatica.locationsOf(customerId))
    await world.acumatica.delete('CustomerLocation', String(location.id));
  await world.acumatica.delete('Customer', customerId);
}

export async function updateCustomer(
  world: SyncWorld,
  customerId: string,
  fields: Record<string, unknown>,
): Promise<void> {
  await world.acumatica.put('Customer', { CustomerID: customerId, ...fields });
}

/** A record of a kind that has a Kensium Commerce tab, named by its key fields. */
export interface KensiumRecord {
  entity: 'Customer' | 'Contact' | 'CustomerLocation';
  keys: Record<string, unknown>;
}

export const customerRecord = (customerId: string): KensiumRecord => ({
  entity: 'Customer',
  keys: { CustomerID: customerId },
});

export async function contactRecord(world: SyncWorld, customerId: string, name: string): Promise<KensiumRecord> {
  return { entity: 'Contact', keys: { ContactID: await contactId(world, customerId, name) } };
}

/** Replaces the rows of a Site Association grid (Config Site, Active, Connector type). */
export async function setSiteAssociations(
  world: SyncWorld,
  record: KensiumRecord,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  const [current] = await world.acumatica.list(record.entity, {
    $filter: filterOf(record.keys),
    $expand: 'SiteAssociations',
  });
  const old = (current?.SiteAssociations ?? []) as Array<{ id: string }>;
  if (old.length > 0)
    await world.acumatica.put(record.entity, {
      ...record.keys,
      SiteAssociations: old.map((row) => ({ id: row.id, delete: true })),
    });
  if (rows.length > 0) await world.acumatica.put(record.entity, { ...record.keys, SiteAssociations: rows });
}

/** Enable Kensium Commerce Framework, on the Kensium Commerce tab of a customer or contact. */
export async function setKensiumCommerce(world: SyncWorld, record: KensiumRecord, enabled: boolean): Promise<void> {
  await world.acumatica.put(record.entity, { ...record.keys, KensiumCommerceEnabled: enabled });
}

/** Step 2 (customer) or 3 (contact) in one: the framework enabled and an active KNB row for the Config Site. */
export async function setUpKensiumCommerce(world: SyncWorld, record: KensiumRecord, configSite: string): Promise<void> {
  await setKensiumCommerce(world, record, true);
  await setSiteAssociations(world, record, [{ ConfigSite: configSite, Active: true, ConnectorType: 'KNB' }]);
}

/** A new contact of a customer, active, its name split into first and last name. */
export async function createContact(
  world: SyncWorld,
  customerId: string,
  name: string,
  email: string,
): Promise<number> {
  const [first, ...rest] = name.trim().split(/\s+/);
  const saved = await world.acumatica.put(
    'Contact',
    { BusinessAccount: customerId, FirstName: first, LastName: rest.join(' ') || first, Email: email, Active: true },
    { $select: 'ContactID' },
  );
  const id = Number(unwrap(saved).ContactID);
  world.scratch(CONTACT_IDS).set(contactKey(customerId, name), id);
  return id;
}

/** The ContactID of a customer's contact, by the name the Contacts tab shows. */
export async function contactId(world: SyncWorld, customerId: string, name: string): Promise<number> {
  const known = world.scratch(CONTACT_IDS).get(contactKey(customerId, name));
  if (known !== undefined) return known;
  const contacts = await world.acumatica.contactsOf(customerId);
  const found = contacts.find((contact) => contactName(contact) === name);
  if (!found)
    throw new Error(
      `Customer ${customerId} has no contact named "${name}"; it has ${contacts.map(contactName).join(', ') || 'none'}`,
    );
  return Number(found.ContactID);
}

export function contactName(contact: Record<string, any>): string {
  return contact.DisplayName || [contact.FirstName, contact.LastName].filter(Boolean).join(' ');
}

/** The Primary box of a contact: checked makes it the customer's primary contact; unchecked clears it if it was. */
export async function setPrimary(world: SyncWorld, customerId: string, name: string, primary: boolean): Promise<void> {
  const id = await contactId(world, customerId, name);
  const customer = unwrap(await world.acumatica.customer(customerId, 'MainContact'));
  if (primary) await updateCustomer(world, customerId, { PrimaryContactID: id });
  else if (customer.PrimaryContactID === id) await updateCustomer(world, customerId, { PrimaryContactID: null });
}

function filterOf(keys: Record<string, unknown>): string {
  return Object.entries(keys)
    .map(([field, value]) => `${field} eq ${typeof value === 'number' ? value : literal(String(value))}`)
    .join(' and ');
}
