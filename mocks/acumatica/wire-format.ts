import { shapeOf, type EndpointDefinition, type EntityDefinition, type FieldType } from './endpoints';
import type { StoredRecord } from './store';

/** What a response includes beyond top-level fields: `$expand` and `$select` as path sets. */
export interface Projection {
  expand: Set<string>;
  /** Absent: every top-level field. */
  select?: Set<string>;
}

/** A client error in a request body; the route answers 400 with the message. */
export class BodyError extends Error {}

/**
 * A stored record in the contract-based wire format: `id`, `rowNumber`, `note`, every general field as
 * `{ "value": … }` (empty ones as `{}`), `custom`, `_links`; linked and detail entities only when expanded.
 */
export function toWire(
  record: StoredRecord,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  projection: Projection,
  context: { rowNumber: number; selfUrl?: string; prefix?: string },
): Record<string, unknown> {
  const prefix = context.prefix ?? '';
  const out: Record<string, unknown> = { id: record.id, rowNumber: context.rowNumber, note: { value: (record.note as string | undefined) ?? '' } };
  const selected = (name: string) => !projection.select || projection.select.has(`${prefix}${name}`) || hasSelectUnder(projection.select, `${prefix}${name}/`);
  for (const name of Object.keys(definition.fields)) {
    if (!selected(name)) continue;
    const value = record[name];
    out[name] = value === undefined || value === null ? {} : { value };
  }
  for (const [name, shapeName] of Object.entries(definition.linked ?? {})) {
    if (!projection.expand.has(`${prefix}${name}`)) continue;
    const linked = (record[name] as StoredRecord | undefined) ?? { id: linkedId(record, name) };
    out[name] = toWire(linked, shapeOf(endpoint, shapeName), endpoint, selectAll(projection, `${prefix}${name}/`), { rowNumber: 1, prefix: `${prefix}${name}/` });
  }
  for (const [name, shapeName] of Object.entries(definition.details ?? {})) {
    if (!projection.expand.has(`${prefix}${name}`)) continue;
    const rows = (record[name] as StoredRecord[] | undefined) ?? [];
    out[name] = rows.map((row, index) =>
      toWire(row, shapeOf(endpoint, shapeName), endpoint, selectAll(projection, `${prefix}${name}/`), { rowNumber: index + 1, prefix: `${prefix}${name}/` }),
    );
  }
  out.custom = {};
  if (context.selfUrl) out._links = { self: context.selfUrl, 'files:put': `${context.selfUrl}/files/{filename}` };
  return out;
}

/** Inside a linked or detail entity every field is returned unless one of its fields is selected by path. */
function selectAll(projection: Projection, prefix: string): Projection {
  if (!projection.select || hasSelectUnder(projection.select, prefix)) return projection;
  return { expand: projection.expand };
}

function hasSelectUnder(select: Set<string>, prefix: string): boolean {
  for (const path of select) if (path.startsWith(prefix)) return true;
  return false;
}

function linkedId(record: StoredRecord, name: string): string {
  return `${record.id.slice(0, 24)}${name.length.toString(16).padStart(12, '0')}`;
}

/** A parsed PUT body: plain values, linked entities as nested parsed bodies, detail rows with their flags. */
export interface ParsedBody {
  id?: string;
  delete?: boolean;
  fields: Record<string, unknown>;
  linked: Record<string, ParsedBody>;
  details: Record<string, ParsedBody[]>;
}

const SYSTEM_FIELDS = new Set(['id', 'rowNumber', 'note', 'custom', '_links', 'delete', 'error', 'files']);

/** Reads a PUT body against an entity definition; unknown fields and wrongly typed values are refused. */
export function parseBody(body: unknown, definition: EntityDefinition, endpoint: EndpointDefinition, where: string): ParsedBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BodyError(`${where}: expected a JSON object`);
  const input = body as Record<string, unknown>;
  const parsed: ParsedBody = { fields: {}, linked: {}, details: {} };
  if (typeof input.id === 'string') parsed.id = input.id;
  if (input.delete === true) parsed.delete = true;
  if (input.note && typeof input.note === 'object' && 'value' in input.note) parsed.fields.note = (input.note as { value: unknown }).value;
  for (const [name, raw] of Object.entries(input)) {
    if (SYSTEM_FIELDS.has(name)) continue;
    const type = definition.fields[name];
    if (type) {
      if (definition.readOnly?.includes(name)) continue;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BodyError(`${where}.${name}: expected an object such as { "value": … }`);
      if (!('value' in raw)) continue;
      parsed.fields[name] = checkValue((raw as { value: unknown }).value, type, `${where}.${name}`);
    } else if (definition.linked?.[name]) {
      parsed.linked[name] = parseBody(raw, shapeOf(endpoint, definition.linked[name]), endpoint, `${where}.${name}`);
    } else if (definition.details?.[name]) {
      if (!Array.isArray(raw)) throw new BodyError(`${where}.${name}: expected an array of detail rows`);
      const shape = shapeOf(endpoint, definition.details[name]);
      parsed.details[name] = raw.map((row, index) => parseBody(row, shape, endpoint, `${where}.${name}[${index}]`));
    } else {
      throw new BodyError(`${where}: the endpoint ${endpoint.name}/${endpoint.version} has no field ${name}`);
    }
  }
  return parsed;
}

function checkValue(value: unknown, type: FieldType, where: string): unknown {
  if (value === null) return null;
  const ok =
    type === 'StringValue' || type === 'GuidValue'
      ? typeof value === 'string'
      : type === 'BooleanValue'
        ? typeof value === 'boolean'
        : type === 'DateTimeValue'
          ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
          : type === 'DecimalValue' || type === 'DoubleValue'
            ? typeof value === 'number'
            : typeof value === 'number' && Number.isInteger(value);
  if (!ok) throw new BodyError(`${where}: ${JSON.stringify(value)} is not a valid ${type}`);
  return type === 'StringValue' ? (value as string) : value;
}

/** Applies a parsed body to a stored record (in place); detail rows match by id, then by key fields. */
export function applyBody(target: StoredRecord, body: ParsedBody, definition: EntityDefinition, endpoint: EndpointDefinition, newId: () => string): void {
  Object.assign(target, body.fields);
  for (const [name, linkedBody] of Object.entries(body.linked)) {
    const current = (target[name] as StoredRecord | undefined) ?? { id: newId() };
    applyBody(current, linkedBody, shapeOf(endpoint, definition.linked?.[name] as string), endpoint, newId);
    target[name] = current;
  }
  for (const [name, rows] of Object.entries(body.details)) {
    const shape = shapeOf(endpoint, definition.details?.[name] as string);
    let current = [...((target[name] as StoredRecord[] | undefined) ?? [])];
    for (const row of rows) {
      const match = current.find((existing) =>
        row.id ? existing.id.toLowerCase() === row.id.toLowerCase() : (shape.keys ?? []).every((key) => key in row.fields && existing[key] === row.fields[key]) && (shape.keys ?? []).length > 0,
      );
      if (row.delete) {
        if (match) current = current.filter((existing) => existing !== match);
        continue;
      }
      if (match) applyBody(match, row, shape, endpoint, newId);
      else {
        const created: StoredRecord = { id: row.id ?? newId() };
        applyBody(created, row, shape, endpoint, newId);
        current.push(created);
      }
    }
    target[name] = current;
  }
}
