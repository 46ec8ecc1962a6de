import { shapeOf, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';
import type { FieldError } from './business-rules';
import type { ParsedBody } from './put-body';
import type { AcumaticaStore, StoredRecord } from './store';

/*
 * Rows of a customization's own table that the forms keep as a detail of their record (KNSiteAssociation: the
 * Site Association grid of the Customers, Contacts and Customer Locations forms), and the entities that read or
 * write them another way. What an entity is follows from the project: the table its mapped fields live in
 * (the loader finds it by the columns) and whether it has keys.
 * - A *row view* is a top-level entity over such a table (SiteAssociationRecord, KN402000): one record per row,
 *   with the row's own RefNoteID (the NoteID of its record, which is the record's `id`) and BAccountID (the
 *   customer the record belongs to).
 * - A *row batch* is a keyless entity (a filter header) whose detail holds such rows (CommerceReferences,
 *   KN301000): its header names the customer, its rows are those of the customer, its contacts and locations.
 * - A *record batch* is a keyless entity whose detail holds the records of a stored entity of the same table
 *   (ConnectorLogBatch, KN401000: the rows are ConnectorLog records).
 * The rows carry the table's audit columns (CreatedDateTime, LastModifiedDateTime, LastModifiedByScreenID),
 * set by whichever form saves them; they are not fields of the forms' detail, so only the row view shows them.
 */

/** The column of a row that points at its record, and the one naming the record's customer (KNSiteAssociation.cs). */
const RECORD_COLUMN = 'RefNoteID';
const CUSTOMER_COLUMN = 'BAccountID';
const AUDIT = { created: 'CreatedDateTime', modified: 'LastModifiedDateTime', screen: 'LastModifiedByScreenID' };

/**
 * The field of each owner that names its customer: the customer itself, the contact's business account, the
 * location's customer (Default/24.200.001 maps Contact.BusinessAccount and CustomerLocation.Customer to
 * BAccountID: Acumatica/AcumaticaRESTAPIClientForCSharp, EndpointMetadata/Default_24.200.001).
 */
const CUSTOMER_OF: Record<string, string> = {
  Customer: 'CustomerID',
  Contact: 'BusinessAccount',
  CustomerLocation: 'Customer',
};

/** Defaults of a new row, as the DAC declares them (KNSiteAssociation: PXDefault on ConnectorType and Active). */
const ROW_DEFAULTS: Record<string, unknown> = { ConnectorType: 'KNB', Active: true };

/** A detail field whose rows are rows of a project table. */
interface Holder {
  entity: string;
  field: string;
  shape: EntityDefinition;
}

export type ProjectEntityKind =
  | { kind: 'rowView'; holders: Holder[] }
  | { kind: 'rowBatch'; field: string; rows: EntityDefinition; holders: Holder[] }
  | { kind: 'recordBatch'; field: string; entity: string };

/** What a top-level entity of an endpoint is, when it is one of the kinds above. */
export function projectEntityKind(endpoint: EndpointDefinition, entity: string): ProjectEntityKind | undefined {
  const definition = endpoint.topLevel[entity];
  if (!definition) return undefined;
  if (definition.table && definition.keys?.length) {
    const holders = holdersOf(endpoint, definition.table.name);
    return holders.length > 0 ? { kind: 'rowView', holders } : undefined;
  }
  if (definition.keys?.length) return undefined;
  for (const [field, shapeName] of Object.entries(definition.details ?? {})) {
    const rows = shapeOf(endpoint, shapeName);
    const table = rows.table?.name;
    if (!table) continue;
    const holders = holdersOf(endpoint, table);
    if (holders.length > 0) return { kind: 'rowBatch', field, rows, holders };
    const stored = Object.entries(endpoint.topLevel).find(([, e]) => e.table?.name === table && e.keys?.length);
    if (stored) return { kind: 'recordBatch', field, entity: stored[0] };
  }
  return undefined;
}

/** The keyed entities that keep rows of this table as a detail. */
function holdersOf(endpoint: EndpointDefinition, table: string): Holder[] {
  const holders: Holder[] = [];
  for (const [entity, definition] of Object.entries(endpoint.topLevel)) {
    if (!definition.keys?.length || definition.table?.name === table) continue;
    for (const [field, shapeName] of Object.entries(definition.details ?? {})) {
      const shape = shapeOf(endpoint, shapeName);
      if (shape.table?.name === table) holders.push({ entity, field, shape });
    }
  }
  return holders;
}

/** A row with the record that holds it. */
export interface HeldRow {
  holder: Holder;
  owner: StoredRecord;
  row: StoredRecord;
}

/** The rows the holders keep, of every record or of these customers' records only. */
export function heldRows(store: AcumaticaStore, holders: Holder[], customerIds?: Set<string>): HeldRow[] {
  const rows: HeldRow[] = [];
  for (const holder of holders) {
    const customerField = CUSTOMER_OF[holder.entity];
    const owners =
      customerIds && customerField
        ? [...customerIds].flatMap((id) => store.where(holder.entity, customerField, id))
        : store.all(holder.entity);
    for (const owner of owners)
      for (const row of (owner[holder.field] as StoredRecord[] | undefined) ?? []) rows.push({ holder, owner, row });
  }
  return rows;
}

/** A held row as a record of the row view: each field from its column, the record and customer from its owner. */
export function rowRecord(view: EntityDefinition, { holder, owner, row }: HeldRow): StoredRecord {
  const record: StoredRecord = { id: row.id };
  for (const [field, column] of Object.entries(view.table?.fieldColumns ?? {})) {
    record[field] =
      column === RECORD_COLUMN
        ? owner.id
        : column === CUSTOMER_COLUMN
          ? owner[CUSTOMER_OF[holder.entity] ?? '']
          : readColumn(holder, owner, row, column);
  }
  return record;
}

function readColumn(holder: Holder, owner: StoredRecord, row: StoredRecord, column: string): unknown {
  if (column === AUDIT.created) return row[AUDIT.created] ?? owner.CreatedDateTime;
  if (column === AUDIT.modified) return row[AUDIT.modified] ?? row[AUDIT.created] ?? owner.CreatedDateTime;
  return row[fieldOfColumn(holder.shape, column) ?? column];
}

function fieldOfColumn(shape: EntityDefinition, column: string): string | undefined {
  return Object.entries(shape.table?.fieldColumns ?? {}).find(([, c]) => c === column)?.[0];
}

/** The audit columns a save sets on the rows it adds or changes (those of the table that it has). */
export function stampRows(
  table: EntityDefinition['table'],
  before: StoredRecord[],
  after: StoredRecord[],
  now: string,
  screen: string | undefined,
): void {
  const has = (column: string) => table?.columns.includes(column) ?? false;
  const content = (row: StoredRecord) =>
    JSON.stringify(Object.entries(row).filter(([name]) => !Object.values(AUDIT).includes(name)));
  for (const row of after) {
    const old = before.find((b) => b.id === row.id);
    if (old && content(old) === content(row)) continue;
    if (!old && has(AUDIT.created)) row[AUDIT.created] = now;
    if (has(AUDIT.modified)) row[AUDIT.modified] = now;
    if (has(AUDIT.screen) && screen) row[AUDIT.screen] = screen;
  }
}

/** Stamps the rows of project tables that a PUT of a holder (a customer, contact or location) adds or changes. */
export function stampHeldRows(
  endpoint: EndpointDefinition,
  definition: EntityDefinition,
  before: StoredRecord | undefined,
  after: StoredRecord,
  now: string,
): void {
  for (const [field, shapeName] of Object.entries(definition.details ?? {})) {
    const table = shapeOf(endpoint, shapeName).table;
    if (!table) continue;
    stampRows(
      table,
      (before?.[field] as StoredRecord[] | undefined) ?? [],
      (after[field] as StoredRecord[] | undefined) ?? [],
      now,
      definition.screen,
    );
  }
}

/** What applying a row batch changed: the owners to save, and the rows it names, as the row view shows them. */
export interface RowBatchResult {
  owners: Array<{ entity: string; record: StoredRecord }>;
  errors: FieldError[];
}

/**
 * Applies the rows of a row batch to the rows of one customer's records: a row with an `id` updates that row
 * (its record and customer stay); a row without one is added to the record its RefNoteID names, which must be
 * the customer's, its contact's or its location's, and must not repeat another row's key.
 */
export function applyRowBatch(
  store: AcumaticaStore,
  batch: Extract<ProjectEntityKind, { kind: 'rowBatch' }>,
  customerId: string,
  rows: ParsedBody[],
  screen: string | undefined,
): RowBatchResult {
  const family = heldRows(store, batch.holders, new Set([customerId]));
  const owners = new Map<string, { entity: string; record: StoredRecord }>();
  for (const holder of batch.holders) {
    const field = CUSTOMER_OF[holder.entity];
    for (const owner of field ? store.where(holder.entity, field, customerId) : [])
      owners.set(owner.id, { entity: holder.entity, record: structuredClone(owner) });
  }
  const errors: FieldError[] = [];
  const columns = batch.rows.table?.fieldColumns ?? {};
  const at = (field: string) => `${batch.field}/${field}`;
  const touched = new Set<string>();
  for (const row of rows) {
    if (row.delete) {
      errors.push({ path: at('id'), message: 'A site association is not deleted here: it goes with its record.' });
      continue;
    }
    const sent = (column: string) => {
      const field = Object.entries(columns).find(([, c]) => c === column)?.[0];
      return field === undefined ? undefined : row.fields[field];
    };
    const existing = row.id ? family.find((held) => held.row.id.toLowerCase() === row.id?.toLowerCase()) : undefined;
    if (row.id && !existing) {
      errors.push({ path: at('id'), message: `No site association of customer ${customerId} has the id ${row.id}.` });
      continue;
    }
    const ownerId = existing ? existing.owner.id : (sent(RECORD_COLUMN) as string | undefined);
    const owner = ownerId ? owners.get(ownerId) : undefined;
    if (!owner) {
      errors.push({
        path: at(fieldFor(columns, RECORD_COLUMN)),
        message: `'${RECORD_COLUMN}' must name customer ${customerId}, one of its contacts or one of its locations.`,
      });
      continue;
    }
    const holder = batch.holders.find((h) => h.entity === owner.entity) as Holder;
    const held = [...((owner.record[holder.field] as StoredRecord[] | undefined) ?? [])];
    const before = structuredClone(held);
    let target = existing ? held.find((r) => r.id === existing.row.id) : undefined;
    if (!target) {
      target = { id: row.id ?? store.newId() };
      for (const [column, value] of Object.entries(ROW_DEFAULTS))
        target[fieldOfColumn(holder.shape, column) ?? column] = value;
      held.push(target);
    }
    for (const [field, value] of Object.entries(row.fields)) {
      const column = columns[field];
      if (!column || column === RECORD_COLUMN || column === CUSTOMER_COLUMN) continue;
      target[fieldOfColumn(holder.shape, column) ?? column] = value;
    }
    const keys = holder.shape.keys ?? [];
    if (!target.ConfigSite) {
      errors.push({ path: at('ConfigSite'), message: "'Config Site' cannot be empty." });
      continue;
    }
    const twin = held.find((r) => r !== target && keys.every((k) => sameKey(r[k], (target as StoredRecord)[k])));
    if (twin) {
      errors.push({
        path: at('ConfigSite'),
        message: `The record already has a site association for ${keys.map((k) => String((target as StoredRecord)[k])).join(' ')}.`,
      });
      continue;
    }
    stampRows(batch.rows.table, before, held, store.now(), screen);
    owner.record[holder.field] = held;
    touched.add(owner.record.id);
  }
  return { owners: [...owners.values()].filter((o) => touched.has(o.record.id)), errors };
}

function fieldFor(columns: Record<string, string>, column: string): string {
  return Object.entries(columns).find(([, c]) => c === column)?.[0] ?? column;
}

function sameKey(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b;
}
