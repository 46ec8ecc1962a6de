import { z } from 'zod';
import { literal, type AcumaticaClient } from '../acumatica/client';
import {
  connectorConfigurationSchema,
  contactSchema,
  customerClassSchema,
  customerSchema,
  locationSchema,
  siteAssociationRecordSchema,
  type ConnectorConfiguration,
  type Contact,
  type Customer,
  type CustomerLocation,
  type SiteAssociationRecord,
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

/*
 * No list expands a detail: Acumatica answers a list it cannot optimise with a 500 ("Optimization cannot be
 * performed"). The site associations are read as records of their own (SiteAssociationRecord), for a page
 * of customers at a time, and matched to their records by RefNoteID (a record's NoteID is its `id`).
 */
const CUSTOMER_EXPAND = ['MainContact', 'MainContact/Address'];
const LOCATION_EXPAND = ['LocationContact', 'LocationContact/Address'];
/** The form the connector writes site associations on (CommerceReferences): rows saved there are its own writes. */
export const CONNECTOR_SCREEN = 'KN301000';
/** Site association rows read per request: a page of customers has a few each (its own, its contacts', its locations'). */
const ASSOCIATIONS_PER_PAGE = 1000;
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
   * IDs of the customers whose contacts, locations or site associations changed after `since` (a contact change
   * does not touch its customer; a site association is a table of its own). The connector's own write-backs
   * (saved on its form, KN301000) are not changes to sync.
   */
  async ownersChangedSince(since: Date, configSite: string): Promise<Set<string>> {
    const filter = `LastModifiedDateTime gt ${dateTimeLiteral(since)}`;
    const owners = new Set<string>();
    const associationFilter = `ConfigSite eq ${literal(configSite)} and ${filter} and LastModifiedByScreenID ne ${literal(CONNECTOR_SCREEN)}`;
    for await (const page of this.client.pages(
      'SiteAssociationRecord',
      ownerOfAssociation,
      { filter: associationFilter, select: ['CustomerID'] },
      ASSOCIATIONS_PER_PAGE,
    )) {
      for (const row of page) if (row.CustomerID) owners.add(row.CustomerID);
    }
    for await (const page of this.client.pages(
      'Contact',
      ownerOfContact,
      { filter, select: ['BusinessAccount'] },
      this.pageSize,
    )) {
      for (const contact of page) if (contact.BusinessAccount) owners.add(contact.BusinessAccount);
    }
    for await (const page of this.client.pages(
      'CustomerLocation',
      ownerOfLocation,
      { filter, select: ['Customer'] },
      this.pageSize,
    )) {
      for (const location of page) if (location.Customer) owners.add(location.Customer);
    }
    return owners;
  }

  /** The site associations for the config site of several customers, their contacts and locations, by record id. */
  async associationsOf(customerIds: string[], configSite: string): Promise<Map<string, SiteAssociationRecord[]>> {
    const site = `ConfigSite eq ${literal(configSite)}`;
    const rows = await eachChunk(customerIds, 'CustomerID', (chunk) =>
      this.client.pages(
        'SiteAssociationRecord',
        siteAssociationRecordSchema,
        { filter: `${site} and (${chunk})` },
        ASSOCIATIONS_PER_PAGE,
      ),
    );
    return groupBy(rows, (row) => row.RefNoteID?.toLowerCase());
  }

  /** The contacts of several customers, grouped by customer ID. */
  async contactsOf(customerIds: string[]): Promise<Map<string, Contact[]>> {
    const contacts = await this.byCustomer('Contact', contactSchema, 'BusinessAccount', customerIds, []);
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

  private byCustomer<S extends z.ZodType>(
    entity: string,
    schema: S,
    field: string,
    customerIds: string[],
    expand: string[],
  ): Promise<z.output<S>[]> {
    return eachChunk(customerIds, field, (filter) =>
      this.client.pages(entity, schema, { filter, expand }, this.pageSize),
    );
  }
}

/** The records of every chunk of `field eq …` filters, the chunks read at the same time, in chunk order. */
async function eachChunk<T>(
  values: string[],
  field: string,
  read: (filter: string) => AsyncGenerator<T[]>,
): Promise<T[]> {
  const chunks = await Promise.all(
    chunkFilters(field, values).map(async (filter) => {
      const records: T[] = [];
      for await (const page of read(filter)) records.push(...page);
      return records;
    }),
  );
  return chunks.flat();
}

const ownerOfContact = z.looseObject({ BusinessAccount: stringField });
const ownerOfAssociation = z.looseObject({ CustomerID: stringField });
const ownerOfLocation = z.looseObject({ Customer: stringField });

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
