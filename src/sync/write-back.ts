import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import type { SiteAssociation } from '../acumatica/entity-schemas';
import type { WriteBackTarget } from './plan';
import { KNB } from './rules';

const savedSchema = z.looseObject({});

/**
 * Writes the Commerce Reference IDs that Better B2B returned into the site association rows in Acumatica:
 * the company id on the customer, the user id on each contact, the address id on each location (the plan
 * names the row). A row that already holds the id is left alone, so a run with nothing new writes nothing.
 */
export class WriteBack {
  constructor(
    private readonly acumatica: AcumaticaClient,
    /** The connector's site, for the row added to a location that has none. */
    private readonly configSite: string,
  ) {}

  /** Resolves with whether anything was written. */
  async write(target: WriteBackTarget, referenceId: number): Promise<boolean> {
    const row = target.row
      ? rowUpdate(target.row, referenceId)
      : { ConfigSite: this.configSite, Active: true, ConnectorType: KNB, CommerceReferenceID: String(referenceId) };
    if (!row) return false;
    await this.acumatica.put(target.entity, savedSchema, { ...target.keys, SiteAssociations: [row] });
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
