import type {
  ConnectorConfiguration,
  Contact,
  Customer,
  CustomerLocation,
  SiteAssociation,
} from '../acumatica/entity-schemas';
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

/** The addresses the company should have, and the locations turned down. */
export interface AddressBookPlan {
  desired: PlannedAddress[];
  skipped: SkippedChild[];
}

/** The users the company should have, and the contacts turned down. */
export interface UsersPlan {
  desired: PlannedUser[];
  skipped: SkippedChild[];
}

export interface SyncPlan {
  sync: true;
  customer: Customer;
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

/** Everything the sync will do for one customer, decided once; the writers apply it. */
export type CustomerPlan = SyncPlan | SkipPlan;

/**
 * Decides the customer's contacts and locations and maps the customer, its address book and its users:
 * no request, no clock, no state, so the same records and settings always give the same plan.
 */
export function planCustomer(family: CustomerFamily, settings: PlanSettings): CustomerPlan {
  const { customer, decision } = family;
  if (!decision.eligible) return { sync: false, customer, reason: decision.reason };
  return {
    sync: true,
    customer,
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
    addresses: planAddresses(family, settings.connector),
    users: includesContacts(settings.connector) ? planUsers(family, settings) : undefined,
  };
}

/** The main address for billing, then each location that qualifies (when the connector includes locations). */
function planAddresses({ customer, locations }: CustomerFamily, connector: ConnectorConfiguration): AddressBookPlan {
  const desired: PlannedAddress[] = [];
  const skipped: SkippedChild[] = [];
  const main = customer.MainContact?.Address;
  if (isCompleteAddress(main)) desired.push({ payload: mapBillingAddress(customer, main) });
  if (!includesLocations(connector)) return { desired, skipped };
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
  return { desired, skipped };
}

/** The contacts that qualify as users; only the customer's Primary contact is Primary Admin. */
function planUsers({ customer, contacts }: CustomerFamily, settings: PlanSettings): UsersPlan {
  const desired: PlannedUser[] = [];
  const skipped: SkippedChild[] = [];
  for (const contact of contacts) {
    const decision = decideContact(contact, settings.connector);
    if (!decision.eligible) {
      skipped.push({
        key: contact.Email ?? String(contact.ContactID),
        reason: decision.reason,
        record: { entity: 'Contact', key: String(contact.ContactID) },
      });
      continue;
    }
    const isPrimary = customer.PrimaryContactID !== undefined && customer.PrimaryContactID === contact.ContactID;
    desired.push({
      payload: mapUser(contact, isPrimary, settings.roleIds),
      writeBack: {
        customerId: customer.CustomerID,
        what: `Contact ${contact.ContactID}`,
        recordId: contact.id,
        row: decision.association,
      },
    });
  }
  return { desired, skipped };
}
