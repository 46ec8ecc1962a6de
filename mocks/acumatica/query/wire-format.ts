import { customOut, type CustomRef } from '../entities/custom-fields';
import { shapeOf, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';
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
 */
export function toWire(
  record: StoredRecord,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  projection: Projection,
  context: { rowNumber: number; links?: Record<string, string>; prefix?: string },
): Record<string, unknown> {
  const prefix = context.prefix ?? '';
  const out: Record<string, unknown> = {
    id: record.id,
    rowNumber: context.rowNumber,
    note: { value: (record.note as string | undefined) ?? '' },
  };
  const selected = (name: string) =>
    !projection.select ||
    projection.select.has(`${prefix}${name}`) ||
    hasSelectUnder(projection.select, `${prefix}${name}/`);
  for (const name of Object.keys(definition.fields)) {
    if (!selected(name)) continue;
    const value = record[name];
    out[name] = value === undefined || value === null ? {} : { value };
  }
  Object.entries(definition.linked ?? {}).forEach(([name, shapeName], index) => {
    if (!projection.expand.has(`${prefix}${name}`)) return;
    const linked = (record[name] as StoredRecord | undefined) ?? { id: derivedId(record.id, 16 + index) };
    out[name] = toWire(linked, shapeOf(endpoint, shapeName), endpoint, nested(projection, `${prefix}${name}/`), {
      rowNumber: 1,
      prefix: `${prefix}${name}/`,
    });
  });
  for (const [name, shapeName] of Object.entries(definition.details ?? {})) {
    if (!projection.expand.has(`${prefix}${name}`)) continue;
    const rows = (record[name] as StoredRecord[] | undefined) ?? [];
    out[name] = rows.map((row, index) =>
      toWire(row, shapeOf(endpoint, shapeName), endpoint, nested(projection, `${prefix}${name}/`), {
        rowNumber: index + 1,
        prefix: `${prefix}${name}/`,
      }),
    );
  }
  out.custom = prefix === '' && projection.custom ? customOut(record, projection.custom) : {};
  if (context.links) out._links = context.links;
  return out;
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
