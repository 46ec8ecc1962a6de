import { customRef, CustomFieldError, type CustomRef } from './custom-fields';
import {
  shapeOf,
  type CustomFieldType,
  type EndpointDefinition,
  type EntityDefinition,
  type FieldType,
} from '../endpoints/definitions';
import type { StoredRecord } from './store';

/** A parsed PUT body: plain values, linked entities as nested parsed bodies, detail rows with their flags. */
export interface ParsedBody {
  id?: string;
  delete?: boolean;
  fields: Record<string, unknown>;
  linked: Record<string, ParsedBody>;
  details: Record<string, ParsedBody[]>;
  custom: Array<{ ref: CustomRef; value: unknown; type?: CustomFieldType }>;
}

/** A client error in a request body; the route answers 400 with the message. */
export class BodyError extends Error {}

const SYSTEM_FIELDS = new Set(['id', 'rowNumber', 'note', 'custom', '_links', 'delete', 'error', 'files']);

/**
 * Reads a PUT body against an entity definition; unknown fields and wrongly typed values are refused.
 * The `custom` object is read on the top-level entity only (`topLevel` names it).
 */
export function parseBody(
  body: unknown,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  where: string,
  topLevel?: string,
): ParsedBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new BodyError(`${where}: expected a JSON object`);
  const input = body as Record<string, unknown>;
  const parsed: ParsedBody = { fields: {}, linked: {}, details: {}, custom: [] };
  if (typeof input.id === 'string') parsed.id = input.id;
  if (input.delete === true) parsed.delete = true;
  if (input.note && typeof input.note === 'object' && 'value' in input.note)
    parsed.fields.note = (input.note as { value: unknown }).value;
  if (topLevel && input.custom !== undefined) parsed.custom = parseCustom(input.custom, definition, topLevel);
  for (const [name, raw] of Object.entries(input)) {
    if (SYSTEM_FIELDS.has(name)) continue;
    const type = definition.fields[name];
    if (type) {
      if (definition.readOnly?.includes(name)) continue;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new BodyError(`${where}.${name}: expected an object such as { "value": … }`);
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

/**
 * Brings a parsed top-level body to the fields the mock keeps: a field kept under another path (`Email`,
 * kept as `MainContact/Email`) is moved there unless the body sent that path too; a field the contract does
 * not map in its place is dropped, as the product ignores it.
 */
export function normalizeBody(parsed: ParsedBody, definition: EntityDefinition): ParsedBody {
  for (const path of definition.unmapped ?? []) takeAt(parsed, path);
  for (const [from, to] of Object.entries(definition.sameField ?? {})) {
    const value = takeAt(parsed, from);
    if (value === undefined) continue;
    const [target, field] = bodyAt(parsed, to);
    if (!(field in target.fields)) target.fields[field] = value.value;
  }
  return parsed;
}

/** Removes the value sent at a path of linked entities; returns it (undefined when none was sent). */
function takeAt(parsed: ParsedBody, path: string): { value: unknown } | undefined {
  const segments = path.split('/');
  let node: ParsedBody | undefined = parsed;
  for (const segment of segments.slice(0, -1)) node = node?.linked[segment];
  const field = segments[segments.length - 1] as string;
  if (!node || !(field in node.fields)) return undefined;
  const value = node.fields[field];
  delete node.fields[field];
  return { value };
}

/** The parsed linked entity holding a path's field (created when the body did not send it), and the field's name. */
function bodyAt(parsed: ParsedBody, path: string): [ParsedBody, string] {
  const segments = path.split('/');
  let node = parsed;
  for (const segment of segments.slice(0, -1))
    node = node.linked[segment] ??= { fields: {}, linked: {}, details: {}, custom: [] };
  return [node, segments[segments.length - 1] as string];
}

function parseCustom(raw: unknown, definition: EntityDefinition, where: string): ParsedBody['custom'] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new BodyError(`${where}.custom: expected { "View": { "Field": { "type": …, "value": … } } }`);
  const out: ParsedBody['custom'] = [];
  for (const [view, fields] of Object.entries(raw)) {
    if (typeof fields !== 'object' || fields === null)
      throw new BodyError(`${where}.custom.${view}: expected an object of fields`);
    for (const [field, wrapped] of Object.entries(fields)) {
      if (typeof wrapped !== 'object' || wrapped === null || !('value' in wrapped))
        throw new BodyError(`${where}.custom.${view}.${field}: expected { "type": …, "value": … }`);
      try {
        const ref = customRef(definition, `${view}.${field}`, where);
        const { type, value } = wrapped as { type?: CustomFieldType; value: unknown };
        out.push({ ref, value, type });
      } catch (error) {
        if (error instanceof CustomFieldError) throw new BodyError(`${where}.custom: ${error.message}`);
        throw error;
      }
    }
  }
  return out;
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
  return value;
}

/** A detail row inserted with the key of a row the record already has: the database refuses the duplicate. */
export class DuplicateRowError extends Error {
  constructor(readonly detail: string) {
    super(`Error: Another process has added the '${detail}' record. Your changes will be lost.`);
  }
}

/**
 * Applies a parsed body to a stored record (in place). A detail row with an `id` updates that row; one with
 * `delete: true` is removed (named by its id or its key fields); any other row without an id is inserted, as the product does, even when a row with the
 * same key fields exists: a detail whose table has those keys refuses it (DuplicateRowError). `skip` names
 * linked or detail fields handled elsewhere.
 */
export function applyBody(
  target: StoredRecord,
  body: ParsedBody,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  newId: () => string,
  skip: string[] = [],
): void {
  Object.assign(target, body.fields);
  for (const [name, linkedBody] of Object.entries(body.linked)) {
    if (skip.includes(name)) continue;
    const current = (target[name] as StoredRecord | undefined) ?? { id: newId() };
    applyBody(current, linkedBody, shapeOf(endpoint, definition.linked?.[name] as string), endpoint, newId);
    target[name] = current;
  }
  for (const [name, rows] of Object.entries(body.details)) {
    if (skip.includes(name)) continue;
    const shapeName = definition.details?.[name] as string;
    const shape = shapeOf(endpoint, shapeName);
    let current = [...((target[name] as StoredRecord[] | undefined) ?? [])];
    for (const row of rows) {
      const keys = shape.keys ?? [];
      const match = row.id
        ? current.find((existing) => existing.id.toLowerCase() === row.id?.toLowerCase())
        : row.delete && keys.length > 0 // a row to delete may be named by its key fields (Acumatica's help)
          ? current.find((existing) =>
              keys.every((key) => key in row.fields && sameKey(existing[key], row.fields[key])),
            )
          : undefined;
      if (row.delete) {
        if (match) current = current.filter((existing) => existing !== match);
        continue;
      }
      if (match) {
        applyBody(match, row, shape, endpoint, newId);
        continue;
      }
      const created: StoredRecord = { id: row.id ?? newId() };
      applyBody(created, row, shape, endpoint, newId);
      if (keys.length > 0 && current.some((existing) => keys.every((key) => sameKey(existing[key], created[key]))))
        throw new DuplicateRowError(shapeName);
      current.push(created);
    }
    target[name] = current;
  }
}

/** Key values as SQL Server compares them: strings without case or trailing spaces. */
function sameKey(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.trimEnd().toLowerCase() : (v ?? null));
  return norm(a) === norm(b);
}
