import type { EndpointDefinition } from '../endpoints/definitions';
import type { AcumaticaStore, StoredRecord } from '../entities/store';

/**
 * What the screens read from the tenant, straight from the store (not through the authenticated API):
 * customers, their contacts and locations, customer classes, and the connector log rows, which the mock
 * keeps in the store's table of the KensiumCommerce endpoint's ConnectorLog entity.
 */
export const KENSIUM_ENDPOINT = 'KensiumCommerce';
export const LOG_ENTITY = 'ConnectorLog';

export class Tenant {
  constructor(
    readonly store: AcumaticaStore,
    private readonly endpoints: () => EndpointDefinition[],
  ) {}

  /** Whether the Kensium Commerce customization is published (its endpoint, with the log entity, is served). */
  get kensiumPublished(): boolean {
    return this.endpoints().some((endpoint) => endpoint.name === KENSIUM_ENDPOINT && LOG_ENTITY in endpoint.topLevel);
  }

  customers(): StoredRecord[] {
    return this.store.all('Customer').sort((a, b) => text(a, 'CustomerID').localeCompare(text(b, 'CustomerID')));
  }

  customer(customerId: string): StoredRecord | undefined {
    return this.store.findByKeys('Customer', ['CustomerID'], { CustomerID: customerId });
  }

  contactsOf(customer: StoredRecord): StoredRecord[] {
    return this.store
      .where('Contact', 'BusinessAccount', customer.CustomerID)
      .sort((a, b) => Number(a.ContactID) - Number(b.ContactID));
  }

  contact(contactId: number): StoredRecord | undefined {
    return this.store.findByKeys('Contact', ['ContactID'], { ContactID: contactId });
  }

  locationsOf(customer: StoredRecord): StoredRecord[] {
    return this.store
      .where('CustomerLocation', 'Customer', customer.CustomerID)
      .sort((a, b) => text(a, 'LocationID').localeCompare(text(b, 'LocationID')));
  }

  /** "LOCAL - Domestic Customers", as the Customer Class box shows a class; the bare id when the class is unknown. */
  customerClass(classId: string): string {
    if (!classId) return '';
    const found = this.store.findByKeys('CustomerClass', ['ClassID'], { ClassID: classId });
    const description = found ? text(found, 'Description') : '';
    return description ? `${classId} - ${description}` : classId;
  }

  /** The connector log rows, newest first (the Logs graph orders them by LogID descending). */
  logRows(): StoredRecord[] {
    return this.store.all(LOG_ENTITY).sort((a, b) => Number(b.LogID ?? 0) - Number(a.LogID ?? 0));
  }
}

/** A field of a stored record by its path (`MainContact/Address/City`), as text; empty when absent. */
export function text(record: StoredRecord | undefined, path: string): string {
  let value: unknown = record;
  for (const name of path.split('/')) {
    if (typeof value !== 'object' || value === null) return '';
    value = (value as Record<string, unknown>)[name];
  }
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A boolean field (a checkbox on the screen). */
export function flag(record: StoredRecord | undefined, field: string): boolean {
  return record?.[field] === true;
}

/** The site association rows of a customer, contact or location (the Kensium Commerce tab's grid). */
export function siteAssociations(record: StoredRecord): StoredRecord[] {
  return Array.isArray(record.SiteAssociations) ? (record.SiteAssociations as StoredRecord[]) : [];
}
