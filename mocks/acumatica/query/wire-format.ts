import { customOut, type CustomRef } from '../entities/custom-fields';
import {
  isUnmapped,
  shapeOf,
  storedPathOf,
  type EndpointDefinition,
  type EntityDefinition,
} from '../endpoints/definitions';
import { productDateValue } from '../entities/product-date';
import { derivedId } from '../entities/relations';
import type { StoredRecord } from '../entities/store';

/** What a response includes: `$expand` and `$select` as path sets, and the `$custom` fields. */
export interface Projection {
  expand: Set<string>;
  /** Absent: every top-level field. */
  select?: Set<string>;
  custom?: CustomRef[];
}

/**
 * A stored record in the contract-based wire format: `id`, `rowNumber`, `note`, every general field as
 * `{ "value": … }` (empty ones as `{}`), `custom`, `_links`; linked and detail entities only when expanded.
 * A field the contract does not map in that place is empty; one kept under another path (`sameField`) is
 * read from there; date-times are written as the product writes them.
 */
export function toWire(
  record: StoredRecord,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  projection: Projection,
  context: {
    rowNumber: number;
    links?: Record<string, string>;
    prefix?: string;
    top?: { record: StoredRecord; definition: EntityDefinition };
  },
): Record<string, unknown> {
  const prefix = context.prefix ?? '';
  const top = context.top ?? { record, definition };
  const out: Record<string, unknown> = {
    id: record.id,
    rowNumber: context.rowNumber,
    note: { value: (record.note as string | undefined) ?? '' },
  };
  const selected = (name: string) =>
    !projection.select ||
    projection.select.has(`${prefix}${name}`) ||
    hasSelectUnder(projection.select, `${prefix}${name}/`);
  for (const [name, type] of Object.entries(definition.fields)) {
    if (!selected(name)) continue;
    const path = `${prefix}${name}`;
    const kept = storedPathOf(top.definition, path);
    const value = isUnmapped(top.definition, path)
      ? undefined
      : kept === path
        ? record[name]
        : valueAt(top.record, kept);
    out[name] =
      value === undefined || value === null
        ? {}
        : { value: type === 'DateTimeValue' ? productDateValue(value) : value };
  }
  Object.entries(definition.linked ?? {}).forEach(([name, shapeName], index) => {
    if (!projection.expand.has(`${prefix}${name}`)) return;
    const linked = (record[name] as StoredRecord | undefined) ?? { id: derivedId(record.id, 16 + index) };
    out[name] = toWire(linked, shapeOf(endpoint, shapeName), endpoint, nested(projection, `${prefix}${name}/`), {
      rowNumber: 1,
      prefix: `${prefix}${name}/`,
      top,
    });
  });
  for (const [name, shapeName] of Object.entries(definition.details ?? {})) {
    if (!projection.expand.has(`${prefix}${name}`)) continue;
    const rows = (record[name] as StoredRecord[] | undefined) ?? [];
    out[name] = rows.map((row, index) =>
      toWire(row, shapeOf(endpoint, shapeName), endpoint, nested(projection, `${prefix}${name}/`), {
        rowNumber: index + 1,
        prefix: `${prefix}${name}/`,
        top,
      }),
    );
  }
  out.custom = prefix === '' && projection.custom ? customOut(record, projection.custom) : {};
  if (context.links) out._links = context.links;
  return out;
}

/** The value at a path of linked entities (`MainContact/Email`) of a stored record. */
export function valueAt(record: StoredRecord, path: string): unknown {
  let value: unknown = record;
  for (const segment of path.split('/')) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value;
}

/** Inside a linked or detail entity every field is returned unless one of its fields is selected by path. */
function nested(projection: Projection, prefix: string): Projection {
  if (!projection.select || hasSelectUnder(projection.select, prefix))
    return { expand: projection.expand, select: projection.select };
  return { expand: projection.expand };
}

function hasSelectUnder(select: Set<string>, prefix: string): boolean {
  for (const path of select) if (path.startsWith(prefix)) return true;
  return false;
}

/** The `_links` of a top-level record: `self` for GET and DELETE by id, `files:put` for attachments. */
export function linksOf(base: string, screenPath: string, record: StoredRecord): Record<string, string> {
  return { self: `${base}/${record.id}`, 'files:put': `${screenPath}/${record.id}/{filename}` };
}
