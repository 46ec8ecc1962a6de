import { z } from 'zod';
import { literal, type AcumaticaClient, type ReadPage } from '../acumatica/client';
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
import type { UnreadableRecord } from '../acumatica/unreadable';
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

/** The contacts or locations of several customers, by customer ID, with those that could not be read. */
export interface ByCustomer<T> {
  records: Map<string, T[]>;
  unreadable: Map<string, UnreadableRecord[]>;
}

/**
 * Reads what a sync needs from Acumatica through the Kensium endpoint. Customers, contacts and locations
 * are read one record at a time: one that does not read as expected is returned as unreadable, and fails
 * its customer alone.
 */
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
  customers(since?: Date): AsyncGenerator<ReadPage<Customer>> {
    const filter = since ? `LastModifiedDateTime gt ${dateTimeLiteral(since)}` : undefined;
    return this.client.readPages('Customer', customerSchema, { filter, expand: CUSTOMER_EXPAND }, this.pageSize);
  }

  /** The customers with these IDs, in pages (IDs that do not exist are simply absent). */
  async *customersById(customerIds: string[]): AsyncGenerator<ReadPage<Customer>> {
    for (const filter of chunkFilters('CustomerID', customerIds)) {
      yield* this.client.readPages('Customer', customerSchema, { filter, expand: CUSTOMER_EXPAND }, this.pageSize);
    }
  }

  /**
   * IDs of the customers whose contacts, locations, main contact, main address or site associations changed
   * after `since`.
   * None of those moves the customer's own LastModifiedDateTime: in Acumatica it is the Customer row's alone,
   * while a contact, a location, the account's default contact and address (DefContact, DefAddress) and a
   * location's contact and address are rows of their own, whose stamps `$filter` reaches as custom fields;
   * a site association is a table of its own. The connector's own write-backs (saved on its form, KN301000)
   * are not changes to sync.
   */
  async ownersChangedSince(since: Date, configSite: string): Promise<Set<string>> {
    const after = dateTimeLiteral(since);
    const changed = (stamp: string) => `${stamp} gt ${after}`;
    const customField = (field: string) => `cf.DateTime(f='${field}')`;
    const owners = new Set<string>();
    const collect = async (entity: string, field: string, filter: string, pageSize = this.pageSize) => {
      const schema = z.looseObject({ [field]: stringField.catch(undefined) });
      for await (const page of this.client.pages(entity, schema, { filter, select: [field] }, pageSize))
        for (const row of page) {
          const owner = row[field];
          if (typeof owner === 'string') owners.add(owner);
        }
    };
    const ownWrites = `LastModifiedByScreenID ne ${literal(CONNECTOR_SCREEN)}`;
    await collect(
      'SiteAssociationRecord',
      'CustomerID',
      `ConfigSite eq ${literal(configSite)} and ${changed('LastModifiedDateTime')} and ${ownWrites}`,
      ASSOCIATIONS_PER_PAGE,
    );
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
  contactsOf(customerIds: string[]): Promise<ByCustomer<Contact>> {
    return this.byCustomer('Contact', contactSchema, 'BusinessAccount', customerIds, []);
  }

  /** The locations of several customers, grouped by customer ID. */
  locationsOf(customerIds: string[]): Promise<ByCustomer<CustomerLocation>> {
    return this.byCustomer('CustomerLocation', locationSchema, 'Customer', customerIds, LOCATION_EXPAND);
  }

  private async byCustomer<S extends z.ZodType>(
    entity: string,
    schema: S,
    field: 'BusinessAccount' | 'Customer',
    customerIds: string[],
    expand: string[],
  ): Promise<ByCustomer<z.output<S>>> {
    const records: z.output<S>[] = [];
    const unreadable = new Map<string, UnreadableRecord[]>();
    for (const chunk of chunkIds(field, customerIds)) {
      const query = { filter: chunk.filter, expand };
      for await (const page of this.client.readPages(entity, schema, query, this.pageSize)) {
        records.push(...page.records);
        // One whose customer cannot be read either belongs to one of the chunk's: each of them fails.
        for (const record of page.unreadable)
          for (const owner of record.keys[field] !== undefined ? [record.keys[field]] : chunk.ids)
            unreadable.set(owner, [...(unreadable.get(owner) ?? []), record]);
      }
    }
    return { records: groupBy(records, (record) => (record as Record<string, string | undefined>)[field]), unreadable };
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

function dateTimeLiteral(time: Date): string {
  return `datetimeoffset'${time.toISOString()}'`;
}

/** `Field eq 'A' or Field eq 'B' …`, cut so that each filter stays under MAX_FILTER_LENGTH characters. */
export function chunkFilters(field: string, values: string[]): string[] {
  return chunkIds(field, values).map((chunk) => chunk.filter);
}

/** The chunks of chunkFilters, each with the values it names. */
function chunkIds(field: string, values: string[]): Array<{ filter: string; ids: string[] }> {
  const chunks: Array<{ filter: string; ids: string[] }> = [];
  let current: string[] = [];
  let terms: string[] = [];
  let length = 0;
  const close = () => chunks.push({ filter: terms.join(' or '), ids: current });
  for (const value of values) {
    const term = `${field} eq ${literal(value)}`;
    if (terms.length > 0 && length + term.length + 4 > MAX_FILTER_LENGTH) {
      close();
      current = [];
      terms = [];
      length = 0;
    }
    current.push(value);
    terms.push(term);
    length += term.length + 4;
  }
  if (terms.length > 0) close();
  return chunks;
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
