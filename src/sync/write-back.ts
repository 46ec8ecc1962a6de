import { z } from 'zod';
import { literal, type AcumaticaClient } from '../acumatica/client';
import {
  siteAssociationSchema,
  type Contact,
  type Customer,
  type CustomerLocation,
  type SiteAssociation,
} from '../acumatica/entity-schemas';
import { KNB } from './rules';

const savedSchema = z.looseObject({});
const withRowsSchema = z.looseObject({
  SiteAssociations: z
    .array(siteAssociationSchema)
    .nullish()
    .transform((rows) => rows ?? []),
});

/** A record whose site association rows the write-back changes: its entity and its key fields. */
interface Owner {
  entity: 'Customer' | 'Contact' | 'CustomerLocation';
  keys: Record<string, string | number>;
}

/**
 * Writes the Commerce Reference IDs that Better B2B returned into the site association rows in Acumatica:
 * the company id on the customer, the user id on each contact, the address id on each location. A row that
 * already holds the id is left alone, so a run with nothing new writes nothing. A row is always updated by
 * its `id`: Acumatica inserts a detail row sent without one (a duplicate, refused on a keyed table), so a
 * row read without its id is read again first. Only a location's missing row is sent without one: an insert.
 */
export class WriteBack {
  constructor(
    private readonly acumatica: AcumaticaClient,
    private readonly configSite: string,
  ) {}

  async customer(customer: Customer, association: SiteAssociation, companyId: number): Promise<boolean> {
    return this.update({ entity: 'Customer', keys: { CustomerID: customer.CustomerID } }, association, companyId);
  }

  async contact(contact: Contact, association: SiteAssociation, userId: number): Promise<boolean> {
    return this.update({ entity: 'Contact', keys: { ContactID: contact.ContactID } }, association, userId);
  }

  /** Locations need no site association of their own to sync; the row is added when missing. */
  async location(location: CustomerLocation, addressId: number): Promise<boolean> {
    const owner: Owner = {
      entity: 'CustomerLocation',
      keys: { Customer: location.Customer ?? '', LocationID: location.LocationID },
    };
    const known = location.SiteAssociations.find((row) => this.isOurs(row));
    const existing = known ?? (await this.currentRows(owner)).find((row) => this.isOurs(row));
    if (existing) return this.update(owner, existing, addressId);
    await this.save(owner, {
      ConfigSite: this.configSite,
      Active: true,
      ConnectorType: KNB,
      CommerceReferenceID: String(addressId),
    });
    return true;
  }

  /** Sets the reference ID on an existing row, by its id (read first when the row came without one). */
  private async update(owner: Owner, association: SiteAssociation, referenceId: number): Promise<boolean> {
    const value = String(referenceId);
    if (association.CommerceReferenceID === value) return false;
    const id =
      association.id ??
      (await this.currentRows(owner)).find(
        (row) => row.ConfigSite === association.ConfigSite && row.ConnectorType === association.ConnectorType,
      )?.id;
    if (!id) return false; // the row is gone since it was read: there is nothing to update
    await this.save(owner, { id, CommerceReferenceID: value });
    return true;
  }

  private isOurs(row: SiteAssociation): boolean {
    return row.ConfigSite === this.configSite && row.ConnectorType === KNB;
  }

  /** The record's site association rows as Acumatica has them now, each with its id. */
  private async currentRows(owner: Owner): Promise<SiteAssociation[]> {
    const filter = Object.entries(owner.keys)
      .map(([field, value]) => `${field} eq ${typeof value === 'number' ? value : literal(value)}`)
      .join(' and ');
    const [record] = await this.acumatica.list(owner.entity, withRowsSchema, {
      filter,
      expand: ['SiteAssociations'],
      select: Object.keys(owner.keys),
    });
    return record?.SiteAssociations ?? [];
  }

  private async save(owner: Owner, row: Record<string, unknown>): Promise<void> {
    await this.acumatica.put(owner.entity, savedSchema, { ...owner.keys, SiteAssociations: [row] });
  }
}
