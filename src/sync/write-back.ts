import { z } from 'zod';
import { literal, type AcumaticaClient } from '../acumatica/client';
import { siteAssociationSchema, type SiteAssociation } from '../acumatica/entity-schemas';
import type { WriteBackTarget } from './plan';
import { KNB } from './rules';

const savedSchema = z.looseObject({});
const withRowsSchema = z.looseObject({
  SiteAssociations: z
    .array(siteAssociationSchema)
    .nullish()
    .transform((rows) => rows ?? []),
});

/**
 * Writes the Commerce Reference IDs that Better B2B returned into the site association rows in Acumatica:
 * the company id on the customer, the user id on each contact, the address id on each location (the plan
 * names the row). A row that already holds the id is left alone, so a run with nothing new writes nothing.
 * A row is always updated by its `id`: Acumatica inserts a detail row sent without one (a duplicate, refused
 * on a keyed table), so a row read without its id is read again first. Only a location's missing row is
 * sent without one: an insert.
 */
export class WriteBack {
  constructor(
    private readonly acumatica: AcumaticaClient,
    /** The connector's site, for the row added to a location that has none. */
    private readonly configSite: string,
  ) {}

  /** Resolves with whether anything was written. */
  async write(target: WriteBackTarget, referenceId: number): Promise<boolean> {
    const value = String(referenceId);
    const row = target.row ?? (await this.currentRows(target)).find((known) => this.isOurs(known));
    if (!row) {
      await this.save(target, {
        ConfigSite: this.configSite,
        Active: true,
        ConnectorType: KNB,
        CommerceReferenceID: value,
      });
      return true;
    }
    if (row.CommerceReferenceID === value) return false;
    const id =
      row.id ??
      (await this.currentRows(target)).find(
        (known) => known.ConfigSite === row.ConfigSite && known.ConnectorType === row.ConnectorType,
      )?.id;
    if (!id) return false; // the row is gone since it was read: there is nothing to update
    await this.save(target, { id, CommerceReferenceID: value });
    return true;
  }

  private isOurs(row: SiteAssociation): boolean {
    return row.ConfigSite === this.configSite && row.ConnectorType === KNB;
  }

  /** The record's site association rows as Acumatica has them now, each with its id. */
  private async currentRows(target: WriteBackTarget): Promise<SiteAssociation[]> {
    const filter = Object.entries(target.keys)
      .map(([field, value]) => `${field} eq ${typeof value === 'number' ? value : literal(value ?? '')}`)
      .join(' and ');
    const [record] = await this.acumatica.list(target.entity, withRowsSchema, {
      filter,
      expand: ['SiteAssociations'],
      select: Object.keys(target.keys),
    });
    return record?.SiteAssociations ?? [];
  }

  private async save(target: WriteBackTarget, row: Record<string, unknown>): Promise<void> {
    await this.acumatica.put(target.entity, savedSchema, { ...target.keys, SiteAssociations: [row] });
  }
}
