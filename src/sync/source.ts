import { z } from 'zod';
import { literal, type AcumaticaClient } from '../acumatica/client';
import {
  connectorConfigurationSchema,
  contactSchema,
  customerClassSchema,
  customerSchema,
  locationSchema,
  type ConnectorConfiguration,
  type Contact,
  type Customer,
  type CustomerLocation,
} from '../acumatica/entity-schemas';
import { stringField } from '../acumatica/wire';

/**
 * Which customers a run reads: all; one; a list (push notifications, `sync retry`); those changed since a
 * time; or `incremental`: changed since the saved watermark, with those whose contacts or locations
 * changed and those whose last attempt failed.
 */
export type Selection =
  | { kind: 'all' }
  | { kind: 'customer'; customerId: string }
  | { kind: 'customers'; customerIds: string[] }
  | { kind: 'since'; since: Date }
  | { kind: 'incremental' };

const CUSTOMER_EXPAND = ['MainContact', 'MainContact/Address', 'SiteAssociations'];
const CONTACT_EXPAND = ['SiteAssociations'];
const LOCATION_EXPAND = ['LocationContact', 'LocationContact/Address', 'SiteAssociations'];
/** IIS refuses query strings over 2,048 bytes by default; `or` filters are cut into chunks below that. */
const MAX_FILTER_LENGTH = 1500;

/** Reads what a sync needs from Acumatica through the Kensium endpoint. */
export class AcumaticaSource {
  constructor(
    private readonly client: AcumaticaClient,
    private readonly pageSize: number,
  ) {}

  async connector(connectorId: string): Promise<ConnectorConfiguration | undefined> {
    const rows = await this.client.list('ConnectorConfiguration', connectorConfigurationSchema, {
      filter: `ConnectorID eq ${literal(connectorId)}`,
    });
    return rows[0];
  }

  /** Customer class ID → description (Better B2B shows "Domestic Customers" for class LOCAL). */
  async classDescriptions(): Promise<Map<string, string>> {
    const rows = await this.client.list('CustomerClass', customerClassSchema, { select: ['ClassID', 'Description'] });
    return new Map(rows.map((row) => [row.ClassID, row.Description ?? row.ClassID]));
  }

  /** All customers, or those changed after `since`, one page at a time in key order. */
  customers(since?: Date): AsyncGenerator<Customer[]> {
    const filter = since ? `LastModifiedDateTime gt ${dateTimeLiteral(since)}` : undefined;
    return this.client.pages('Customer', customerSchema, { filter, expand: CUSTOMER_EXPAND }, this.pageSize);
  }

  /** The customers with these IDs, in pages (IDs that do not exist are simply absent). */
  async *customersById(customerIds: string[]): AsyncGenerator<Customer[]> {
    for (const filter of chunkFilters('CustomerID', customerIds)) {
      yield* this.client.pages('Customer', customerSchema, { filter, expand: CUSTOMER_EXPAND }, this.pageSize);
    }
  }

  /**
   * IDs of the customers whose contacts, locations, main contact or main address changed after `since`.
   * None of those moves the customer's own LastModifiedDateTime: in Acumatica it is the Customer row's alone,
   * while a contact, a location, the account's default contact and address (DefContact, DefAddress) and a
   * location's contact and address are rows of their own, whose stamps `$filter` reaches as custom fields.
   */
  async ownersChangedSince(since: Date): Promise<Set<string>> {
    const after = dateTimeLiteral(since);
    const changed = (stamp: string) => `${stamp} gt ${after}`;
    const customField = (field: string) => `cf.DateTime(f='${field}')`;
    const owners = new Set<string>();
    const collect = async (entity: string, field: string, filter: string) => {
      const schema = z.looseObject({ [field]: stringField });
      for await (const page of this.client.pages(entity, schema, { filter, select: [field] }, this.pageSize))
        for (const row of page) {
          const owner = row[field];
          if (typeof owner === 'string') owners.add(owner);
        }
    };
    await collect('Contact', 'BusinessAccount', changed('LastModifiedDateTime'));
    await collect('CustomerLocation', 'Customer', changed('LastModifiedDateTime'));
    await collect(
      'Customer',
      'CustomerID',
      `${changed(customField('DefContact.LastModifiedDateTime'))} or ${changed(customField('DefAddress.LastModifiedDateTime'))}`,
    );
    await collect(
      'CustomerLocation',
      'Customer',
      `${changed(customField('Contact.LastModifiedDateTime'))} or ${changed(customField('Address.LastModifiedDateTime'))}`,
    );
    return owners;
  }

  /** The contacts of several customers, grouped by customer ID. */
  async contactsOf(customerIds: string[]): Promise<Map<string, Contact[]>> {
    const contacts = await this.byCustomer('Contact', contactSchema, 'BusinessAccount', customerIds, CONTACT_EXPAND);
    return groupBy(contacts, (contact) => contact.BusinessAccount);
  }

  /** The locations of several customers, grouped by customer ID. */
  async locationsOf(customerIds: string[]): Promise<Map<string, CustomerLocation[]>> {
    const locations = await this.byCustomer(
      'CustomerLocation',
      locationSchema,
      'Customer',
      customerIds,
      LOCATION_EXPAND,
    );
    return groupBy(locations, (location) => location.Customer);
  }

  private async byCustomer<S extends z.ZodType>(
    entity: string,
    schema: S,
    field: string,
    customerIds: string[],
    expand: string[],
  ): Promise<z.output<S>[]> {
    const all: z.output<S>[] = [];
    for (const chunk of chunkFilters(field, customerIds)) {
      for await (const page of this.client.pages(entity, schema, { filter: chunk, expand }, this.pageSize))
        all.push(...page);
    }
    return all;
  }
}

function dateTimeLiteral(time: Date): string {
  return `datetimeoffset'${time.toISOString()}'`;
}

/** `Field eq 'A' or Field eq 'B' …`, cut so that each filter stays under MAX_FILTER_LENGTH characters. */
export function chunkFilters(field: string, values: string[]): string[] {
  const filters: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    const term = `${field} eq ${literal(value)}`;
    if (current.length > 0 && length + term.length + 4 > MAX_FILTER_LENGTH) {
      filters.push(current.join(' or '));
      current = [];
      length = 0;
    }
    current.push(term);
    length += term.length + 4;
  }
  if (current.length > 0) filters.push(current.join(' or '));
  return filters;
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
