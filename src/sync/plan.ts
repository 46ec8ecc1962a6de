import type {
  ConnectorConfiguration,
  Contact,
  Customer,
  CustomerLocation,
  SiteAssociation,
} from '../acumatica/entity-schemas';
import { unreadableReason, type UnreadableRecord } from '../acumatica/unreadable';
import type { AddressPayload, CompanyPayload, UserPayload } from '../b2b/resources';
import type { RecordRef } from './log-catalogue';
import { mapBillingAddress, mapCompany, mapLocationAddress, mapUser } from './mapping';
import {
  KNB,
  decideContact,
  decideLocation,
  includesContacts,
  includesLocations,
  isCompleteAddress,
  type Decision,
} from './rules';

/** What planning takes besides the records; the same for every customer of a run. */
export interface PlanSettings {
  connector: ConnectorConfiguration;
  /** Customer class ID → description (Better B2B shows the description). */
  classDescriptions: ReadonlyMap<string, string>;
  roleIds: { admin: number; contact: number };
}

/**
 * A customer as its page was read: the customer's own decision is made then (rules.ts), because only a
 * customer that syncs has its contacts and locations read.
 */
export interface CustomerFamily {
  customer: Customer;
  decision: Decision;
  contacts: Contact[];
  locations: CustomerLocation[];
  /** Its contacts and locations that could not be read (each fails alone: see FailedChild). */
  unreadable?: UnreadableRecord[];
}

/** Where a Commerce Reference ID goes back in Acumatica: the customer, the record, and its site association row. */
export interface WriteBackTarget {
  /** The customer whose IDs are written together (the record's own customer). */
  customerId: string;
  /** The record, as errors name it: "Customer C000000012", "Contact 288001", "Location MAIN of C000000012". */
  what: string;
  /** The record's id (its NoteID, which a new row's RefNoteID takes). */
  recordId: string | undefined;
  /** The row that holds the ID; undefined for a location that has none yet (one is added). */
  row: SiteAssociation | undefined;
}

export interface PlannedAddress {
  payload: AddressPayload;
  /** The location the address comes from; the main address has none to write back to. */
  writeBack?: WriteBackTarget;
}

export interface PlannedUser {
  payload: UserPayload;
  /** The contact the user comes from. */
  contactId: number;
  writeBack: WriteBackTarget;
}

/** A contact or location a rule turns down. */
export interface SkippedChild {
  /** Email of a contact, name of a location, as the report lists them. */
  key: string;
  reason: string;
  /** The record the decision was made on, for its log row. */
  record: RecordRef;
}

/**
 * A contact or location that cannot be synced as it is: it could not be read, or it clashes with another
 * (two contacts with one email). It is an ERROR row and fails its customer; what Better B2B holds for it
 * is left alone.
 */
export interface FailedChild extends SkippedChild {
  /** The external id Better B2B knows it by, when it can be told; without one no stale record is deleted. */
  externalId: string | undefined;
}

/** The addresses the company should have, the locations turned down, and those that fail. */
export interface AddressBookPlan {
  /** The customer whose address book this is (log rows name it). */
  customerId: string;
  desired: PlannedAddress[];
  skipped: SkippedChild[];
  failed: FailedChild[];
}

/** The users the company should have, the contacts turned down, and those that fail. */
export interface UsersPlan {
  /** The customer whose users these are (log rows name it). */
  customerId: string;
  desired: PlannedUser[];
  skipped: SkippedChild[];
  failed: FailedChild[];
}

/** Something a synced company lacks because of its records in Acumatica: a WARNING row, and in the summary. */
export interface PlanWarning {
  /** The part of the plan it comes with: its row is written when that part is written. */
  part: 'addresses' | 'users';
  text: string;
}

export interface SyncPlan {
  sync: true;
  customer: Customer;
  warnings: PlanWarning[];
  company: {
    payload: CompanyPayload;
    /** The company id Acumatica holds from an earlier sync, if any. */
    referenceId: string | undefined;
    writeBack: WriteBackTarget;
  };
  addresses: AddressBookPlan;
  /** Undefined when the connector does not include contacts: the company's users are then left alone. */
  users: UsersPlan | undefined;
}

export interface SkipPlan {
  sync: false;
  customer: Customer;
  reason: string;
}

/** A customer record that could not be read: it fails alone, with an ERROR row naming it and the fields. */
export interface UnreadablePlan {
  sync: false;
  customer: Pick<Customer, 'CustomerID' | 'CustomerName'>;
  reason: string;
  unreadable: UnreadableRecord;
}

/** Everything the sync will do for one customer, decided once; the writers apply it. */
export type CustomerPlan = SyncPlan | SkipPlan | UnreadablePlan;

/** The plan of a customer record that could not be read. */
export function planUnreadable(record: UnreadableRecord): UnreadablePlan {
  const customerId = record.keys.CustomerID ?? `(record ${record.id ?? '?'})`;
  return {
    sync: false,
    customer: { CustomerID: customerId, CustomerName: undefined },
    reason: unreadableReason(record),
    unreadable: record,
  };
}

/**
 * Decides the customer's contacts and locations and maps the customer, its address book and its users:
 * no request, no clock, no state, so the same records and settings always give the same plan.
 */
export function planCustomer(family: CustomerFamily, settings: PlanSettings): CustomerPlan {
  const { customer, decision } = family;
  if (!decision.eligible) return { sync: false, customer, reason: decision.reason };
  const addresses = planAddresses(family, settings.connector);
  const users = includesContacts(settings.connector) ? planUsers(family, settings) : undefined;
  return {
    sync: true,
    customer,
    warnings: warningsOf(customer, users),
    company: {
      payload: mapCompany(customer, settings.classDescriptions),
      referenceId: decision.association.CommerceReferenceID,
      writeBack: {
        customerId: customer.CustomerID,
        what: `Customer ${customer.CustomerID}`,
        recordId: customer.id,
        row: decision.association,
      },
    },
    addresses,
    users,
  };
}

/**
 * What the company will lack: a billing address (a main address begun but incomplete), a Primary Admin (a
 * Primary contact that does not sync).
 */
function warningsOf(customer: Customer, users: UsersPlan | undefined): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  // A main address left empty is no address; one begun but not complete is a billing address lost.
  const main = customer.MainContact?.Address;
  const begun = Boolean(main?.AddressLine1 || main?.City || main?.PostalCode);
  if (begun && !isCompleteAddress(main)) {
    const missing = [
      !main?.AddressLine1 && 'address line 1',
      !main?.City && 'city',
      !main?.PostalCode && 'postal code',
    ].filter(Boolean);
    warnings.push({
      part: 'addresses',
      text: `Customer ${customer.CustomerID} has no billing address in Better B2B: its main address has no ${missing.join(', ')} (address line 1, city and postal code are needed)`,
    });
  }
  const primary = customer.PrimaryContactID;
  if (users && primary !== undefined && !users.desired.some((user) => user.contactId === primary)) {
    const skipped = users.skipped.find((child) => child.record.key === String(primary));
    const failed = users.failed.find((child) => child.record.key === String(primary));
    if (!failed)
      warnings.push({
        part: 'users',
        text: `Customer ${customer.CustomerID} has no Primary Admin in Better B2B: its Primary contact ${primary} is not synced (${skipped ? skipped.reason : "it is not among the customer's contacts"})`,
      });
  }
  return warnings;
}

/** The main address for billing, then each location that qualifies (when the connector includes locations). */
function planAddresses(family: CustomerFamily, connector: ConnectorConfiguration): AddressBookPlan {
  const { customer, locations } = family;
  const desired: PlannedAddress[] = [];
  const skipped: SkippedChild[] = [];
  const failed = failedChildren(family, 'CustomerLocation');
  const book = { customerId: customer.CustomerID, desired, skipped, failed };
  const main = customer.MainContact?.Address;
  if (isCompleteAddress(main)) desired.push({ payload: mapBillingAddress(customer, main) });
  if (!includesLocations(connector)) return book;
  for (const location of locations) {
    const decision = decideLocation(location);
    if (!decision.eligible) {
      skipped.push({
        key: location.LocationName ?? location.LocationID,
        reason: decision.reason,
        record: { entity: 'CustomerLocation', key: `${customer.CustomerID}/${location.LocationID}` },
      });
      continue;
    }
    // Locations need no site association of their own to sync; the one for the connector's site holds the ID.
    const site = connector.ConfigSite ?? '';
    const row = location.SiteAssociations.find((r) => r.ConfigSite === site && r.ConnectorType === KNB);
    desired.push({
      payload: mapLocationAddress(location, decision.address, customer),
      writeBack: {
        customerId: customer.CustomerID,
        what: `Location ${location.LocationID} of ${customer.CustomerID}`,
        recordId: location.id,
        row,
      },
    });
  }
  return book;
}

/** The contacts that qualify as users; only the customer's Primary contact is Primary Admin. */
function planUsers(family: CustomerFamily, settings: PlanSettings): UsersPlan {
  const { customer, contacts } = family;
  const desired: PlannedUser[] = [];
  const skipped: SkippedChild[] = [];
  const failed = failedChildren(family, 'Contact');
  const decided = contacts.map((contact) => ({ contact, decision: decideContact(contact, settings.connector) }));
  const owners = emailOwners(
    decided.filter((d) => d.decision.eligible).map((d) => d.contact),
    customer.PrimaryContactID,
  );
  for (const { contact, decision } of decided) {
    if (!decision.eligible) {
      skipped.push({
        key: contact.Email ?? String(contact.ContactID),
        reason: decision.reason,
        record: { entity: 'Contact', key: String(contact.ContactID) },
      });
      continue;
    }
    const owner = owners.get(userEmail(contact));
    if (owner && owner !== contact) {
      failed.push({
        key: `contact ${contact.ContactID}`,
        reason:
          `${describeContact(contact, customer)} has the email ${userEmail(contact)} of ${describeContact(owner, customer, false)}; ` +
          `Better B2B keeps one user per email, so only contact ${owner.ContactID} becomes its user`,
        record: { entity: 'Contact', key: String(contact.ContactID) },
        externalId: String(contact.ContactID),
      });
      continue;
    }
    const isPrimary = customer.PrimaryContactID !== undefined && customer.PrimaryContactID === contact.ContactID;
    desired.push({
      payload: mapUser(contact, isPrimary, settings.roleIds),
      contactId: contact.ContactID,
      writeBack: {
        customerId: customer.CustomerID,
        what: `Contact ${contact.ContactID}`,
        recordId: contact.id,
        row: decision.association,
      },
    });
  }
  return { customerId: customer.CustomerID, desired, skipped, failed };
}

/** The email a contact's user gets (as mapUser writes it). */
function userEmail(contact: Contact): string {
  return (contact.Email ?? '').trim().toLowerCase();
}

/**
 * The contact each email's user belongs to, when several contacts share it: the Primary contact, else the
 * one with the lowest ContactID; so the same records always give the same owner, and nothing flips.
 */
function emailOwners(contacts: Contact[], primaryContactId: number | undefined): Map<string, Contact> {
  const rank = (contact: Contact) => (contact.ContactID === primaryContactId ? -Infinity : contact.ContactID);
  const owners = new Map<string, Contact>();
  for (const contact of [...contacts].sort((a, b) => rank(a) - rank(b))) {
    if (!owners.has(userEmail(contact))) owners.set(userEmail(contact), contact);
  }
  return owners;
}

function describeContact(contact: Contact, customer: Customer, capital = true): string {
  const name = contact.DisplayName ?? [contact.FirstName, contact.LastName].filter(Boolean).join(' ');
  return `${capital ? 'Contact' : 'contact'} ${contact.ContactID} of customer ${customer.CustomerID} (${name})`;
}

/** The family's contacts or locations that could not be read, as children that fail. */
function failedChildren(family: CustomerFamily, entity: 'Contact' | 'CustomerLocation'): FailedChild[] {
  return (family.unreadable ?? [])
    .filter((record) => record.entity === entity)
    .map((record) => {
      const id = entity === 'Contact' ? record.keys.ContactID : record.keys.LocationID;
      return {
        key: `${entity === 'Contact' ? 'contact' : 'location'} ${id ?? '?'}`,
        reason: unreadableReason(record),
        record: {
          entity,
          key: entity === 'Contact' ? (id ?? record.id ?? '?') : `${family.customer.CustomerID}/${id ?? '?'}`,
        },
        externalId: id === undefined ? undefined : entity === 'Contact' ? id : `location:${id}`,
      };
    });
}
