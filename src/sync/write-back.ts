import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import { ContractError } from '../errors';
import type { WriteBackTarget } from './plan';
import { KNB } from './rules';

const savedSchema = z.looseObject({});

/** The entity of the customization that takes all of a customer's Commerce Reference IDs in one request. */
export const COMMERCE_REFERENCES = 'CommerceReferences';

/** One row of the CommerceReferences request: an existing site association by its id, or a new one. */
type ReferenceRow =
  | { id: string; CommerceReferenceID: string }
  | {
      RefNoteID: string;
      ConfigSite: string;
      ConnectorType: string;
      Active: true;
      CommerceReferenceID: string;
    };

/**
 * Writes the Commerce Reference IDs that Better B2B returned into the site association rows in Acumatica: the
 * company id on the customer's row, the user id on each contact's, the address id on each location's. The rows
 * of one customer are gathered while it syncs and written in one request (`flush`) through CommerceReferences
 * (the Commerce References form, KN301000): an existing row by its id, a new row (a location without one) by
 * the record it belongs to. A row that already holds the id is left alone, so a run with nothing new writes
 * nothing.
 */
export class WriteBack {
  private readonly pending = new Map<string, ReferenceRow[]>();

  constructor(
    private readonly acumatica: AcumaticaClient,
    /** The connector's site, for the row added to a location that has none. */
    private readonly configSite: string,
    /** The URL of CommerceReferences, for the log row of a failure. */
    private readonly url: string,
  ) {}

  /** Gathers one ID for its customer's request; false when the row already holds it. */
  add(target: WriteBackTarget, referenceId: number): boolean {
    const row = rowFor(target, String(referenceId), this.configSite);
    if (!row) return false;
    const rows = this.pending.get(target.customerId) ?? [];
    rows.push(row);
    this.pending.set(target.customerId, rows);
    return true;
  }

  /** What `flush` would send for the customer, and where (for the log row of a failure). */
  request(customerId: string): { payload: { CustomerID: string; Associations: ReferenceRow[] }; url: string } {
    return { payload: { CustomerID: customerId, Associations: this.pending.get(customerId) ?? [] }, url: this.url };
  }

  /** Writes the customer's gathered IDs in one request; resolves with how many rows it wrote (none: no request). */
  async flush(customerId: string): Promise<number> {
    const rows = this.pending.get(customerId) ?? [];
    this.pending.delete(customerId);
    if (rows.length === 0) return 0;
    await this.acumatica.put(
      COMMERCE_REFERENCES,
      savedSchema,
      { CustomerID: customerId, Associations: rows },
      { select: ['CustomerID'] },
      `write back the Commerce Reference IDs of customer ${customerId}`,
    );
    return rows.length;
  }
}

/** The row to send, or undefined when the row already holds the ID. */
function rowFor(target: WriteBackTarget, value: string, configSite: string): ReferenceRow | undefined {
  const { row } = target;
  if (row) {
    if (row.CommerceReferenceID === value) return undefined;
    // Acumatica adds a detail row sent without its id: an existing row is only ever named by its id.
    if (!row.id) throw new ContractError(`The site association of ${target.what} came from Acumatica without its id.`);
    return { id: row.id, CommerceReferenceID: value };
  }
  if (!target.recordId)
    throw new ContractError(`${target.what} came from Acumatica without its id: its site association cannot be added.`);
  return {
    RefNoteID: target.recordId,
    ConfigSite: configSite,
    ConnectorType: KNB,
    Active: true,
    CommerceReferenceID: value,
  };
}
