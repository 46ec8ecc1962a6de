import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import type { Contact, Customer, CustomerLocation, SiteAssociation } from '../acumatica/entity-schemas';
import { KNB } from './rules';

const savedSchema = z.looseObject({});

/**
 * Writes the Commerce Reference IDs that Better B2B returned into the site association rows in Acumatica:
 * the company id on the customer, the user id on each contact, the address id on each location. A row that
 * already holds the id is left alone, so a run with nothing new writes nothing.
 */
export class WriteBack {
  constructor(
    private readonly acumatica: AcumaticaClient,
    private readonly configSite: string,
  ) {}

  async customer(customer: Customer, association: SiteAssociation, companyId: number): Promise<boolean> {
    const row = rowUpdate(association, companyId);
    if (!row) return false;
    await this.acumatica.put('Customer', savedSchema, { CustomerID: customer.CustomerID, SiteAssociations: [row] });
    return true;
  }

  async contact(contact: Contact, association: SiteAssociation, userId: number): Promise<boolean> {
    const row = rowUpdate(association, userId);
    if (!row) return false;
    await this.acumatica.put('Contact', savedSchema, { ContactID: contact.ContactID, SiteAssociations: [row] });
    return true;
  }

  /** Locations need no site association of their own to sync; the row is added when missing. */
  async location(location: CustomerLocation, addressId: number): Promise<boolean> {
    const existing = location.SiteAssociations.find(
      (row) => row.ConfigSite === this.configSite && row.ConnectorType === KNB,
    );
    const row = existing
      ? rowUpdate(existing, addressId)
      : { ConfigSite: this.configSite, Active: true, ConnectorType: KNB, CommerceReferenceID: String(addressId) };
    if (!row) return false;
    await this.acumatica.put('CustomerLocation', savedSchema, {
      Customer: location.Customer,
      LocationID: location.LocationID,
      SiteAssociations: [row],
    });
    return true;
  }
}

/** The detail row to send (by its id when it has one, by its key fields otherwise), or undefined when already right. */
function rowUpdate(association: SiteAssociation, referenceId: number): Record<string, unknown> | undefined {
  const value = String(referenceId);
  if (association.CommerceReferenceID === value) return undefined;
  return association.id
    ? { id: association.id, CommerceReferenceID: value }
    : { ConfigSite: association.ConfigSite, ConnectorType: association.ConnectorType, CommerceReferenceID: value };
}
