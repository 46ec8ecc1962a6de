import { storedFromFixture } from './custom-fields';
import { relatedFields } from './relations';
import { shapeOf, withFields, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';
import type { AcumaticaStore, StoredRecord } from './store';

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
      const now = store.now();
      if ('CreatedDateTime' in definition.fields) record.CreatedDateTime ??= now;
      if ('LastModifiedDateTime' in definition.fields) record.LastModifiedDateTime ??= now;
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
