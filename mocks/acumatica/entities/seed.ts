import { randomUUID } from 'node:crypto';
import { storedFromFixture } from './custom-fields';
import { relatedFields } from './relations';
import { shapeOf, withFields, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';
import { isLinkedRow, type AcumaticaStore, type StoredRecord } from './store';

/**
 * Loads a fixture document into the store. The format is one array of plain records per top-level
 * entity (`{ "Customer": [ { "CustomerID": "C000000012", … } ] }`), with plain values instead of the
 * wire format; `custom` holds custom fields as `{ "View": { "Field": value } }`; keys starting with `_`
 * are notes and are ignored. Unknown entities or fields are refused. Fields of every endpoint are accepted.
 */
export function seedStore(store: AcumaticaStore, fixture: unknown, endpoints: EndpointDefinition[]): void {
  if (typeof fixture !== 'object' || fixture === null || Array.isArray(fixture))
    throw new Error('expected a JSON object of entity arrays');
  const endpoint = mergeEndpoints(endpoints);
  for (const [entity, records] of Object.entries(fixture)) {
    if (entity.startsWith('_')) continue;
    const definition = endpoint.topLevel[entity];
    if (!definition) throw new Error(`unknown entity ${entity}; known: ${Object.keys(endpoint.topLevel).join(', ')}`);
    if (!Array.isArray(records)) throw new Error(`${entity}: expected an array of records`);
    records.forEach((raw, index) => {
      const derived = relatedFields(entity).find((name) => typeof raw === 'object' && raw !== null && name in raw);
      if (derived)
        throw new Error(
          `${entity}[${index}].${derived}: this entity is derived from other records (Contact records, PrimaryContactID, the override flags); seed those instead`,
        );
      const record = toStored(raw, definition, endpoint, store, `${entity}[${index}]`);
      if (definition.autoNumber && record[definition.autoNumber.field] === undefined) {
        record[definition.autoNumber.field] = store.nextNumber(entity, definition.autoNumber.field);
      }
      keepSameFields(record, definition);
      const now = store.now();
      if ('CreatedDateTime' in definition.fields) record.CreatedDateTime ??= now;
      if ('LastModifiedDateTime' in definition.fields) record.LastModifiedDateTime ??= now;
      stampLinkedRows(record, now);
      store.save(entity, record);
    });
  }
}

/** One endpoint with every entity, field, linked entity and detail of all of them (later ones extend earlier). */
export function mergeEndpoints(endpoints: EndpointDefinition[]): EndpointDefinition {
  const merged: EndpointDefinition = { name: 'all', version: '', topLevel: {}, shapes: {} };
  for (const endpoint of endpoints) {
    for (const [name, entity] of Object.entries(endpoint.topLevel))
      merged.topLevel[name] = withFields(merged.topLevel[name], entity);
    for (const [name, shape] of Object.entries(endpoint.shapes))
      merged.shapes[name] = withFields(merged.shapes[name], shape);
  }
  return merged;
}

/** A fixture's value of a field kept under another path (`Email` → `MainContact/Email`) moves there. */
function keepSameFields(record: StoredRecord, definition: EntityDefinition): void {
  for (const [from, to] of Object.entries(definition.sameField ?? {})) {
    if (from.includes('/') || record[from] === undefined) continue;
    const segments = to.split('/');
    let node: Record<string, unknown> = record;
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= { id: randomUUID() }) as StoredRecord;
    node[segments[segments.length - 1] as string] ??= record[from];
    delete record[from];
  }
}

/** Linked entities are rows of their own (the default contact, its address): each gets its own stamp. */
function stampLinkedRows(record: StoredRecord, now: string): void {
  for (const value of Object.values(record)) {
    if (!isLinkedRow(value)) continue;
    value.LastModifiedDateTime ??= now;
    stampLinkedRows(value, now);
  }
}

function toStored(
  raw: unknown,
  definition: EntityDefinition,
  endpoint: EndpointDefinition,
  store: AcumaticaStore,
  where: string,
): StoredRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${where}: expected an object`);
  const record: StoredRecord = { id: store.newId() };
  for (const [name, value] of Object.entries(raw)) {
    if (name.startsWith('_')) continue;
    if (name === 'id' && typeof value === 'string') record.id = value;
    else if (name === 'note') record.note = value;
    else if (name === 'custom') record.custom = storedFromFixture(value, where);
    else if (definition.fields[name]) record[name] = value;
    else if (definition.linked?.[name])
      record[name] = toStored(value, shapeOf(endpoint, definition.linked[name]), endpoint, store, `${where}.${name}`);
    else if (definition.details?.[name]) {
      if (!Array.isArray(value)) throw new Error(`${where}.${name}: expected an array`);
      const shape = shapeOf(endpoint, definition.details[name]);
      record[name] = value.map((row, index) => toStored(row, shape, endpoint, store, `${where}.${name}[${index}]`));
    } else throw new Error(`${where}: unknown field ${name}`);
  }
  return record;
}
