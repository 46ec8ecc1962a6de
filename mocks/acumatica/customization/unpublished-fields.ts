import { shapeOf, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';

/**
 * A fixture as a tenant without a customization can hold it: the entities and fields that only the
 * customization's endpoints have (`known` but not `served`) are left out; a field neither has is kept, so
 * that seeding still refuses it. On a tenant with the customization published nothing is left out.
 */
export function withoutUnpublishedFields(
  fixture: unknown,
  served: EndpointDefinition,
  known: EndpointDefinition,
): unknown {
  if (!isObject(fixture)) return fixture;
  const out: Record<string, unknown> = {};
  for (const [entity, records] of Object.entries(fixture)) {
    const servedEntity = served.topLevel[entity];
    const knownEntity = known.topLevel[entity];
    if (!servedEntity && knownEntity) continue;
    out[entity] =
      servedEntity && knownEntity && Array.isArray(records)
        ? records.map((record) => prune(record, served, servedEntity, known, knownEntity))
        : records;
  }
  return out;
}

function prune(
  record: unknown,
  served: EndpointDefinition,
  servedShape: EntityDefinition,
  known: EndpointDefinition,
  knownShape: EntityDefinition,
): unknown {
  if (!isObject(record)) return record;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    const servedType = servedShape.linked?.[name] ?? servedShape.details?.[name];
    const knownType = knownShape.linked?.[name] ?? knownShape.details?.[name];
    if (name in servedShape.fields || name.startsWith('_') || ['id', 'note', 'custom'].includes(name))
      out[name] = value;
    else if (servedType && knownType) {
      const recurse = (row: unknown) =>
        prune(row, served, shapeOf(served, servedType), known, shapeOf(known, knownType));
      out[name] = Array.isArray(value) ? value.map(recurse) : recurse(value);
    } else if (!(name in knownShape.fields) && !knownType) out[name] = value;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
