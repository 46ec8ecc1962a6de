import { readCustom } from './custom-fields';
import { isUnmapped, storedPathOf, type EntityDefinition } from '../endpoints/definitions';
import { valueAt } from '../query/wire-format';
import { evaluate, type FilterNode } from '../query/filter';
import type { Target } from '../query/query-parameters';
import { hydrate } from './relations';
import type { AcumaticaStore, StoredRecord } from './store';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records in key order, as Acumatica lists them. */
export function sorted(records: StoredRecord[], definition: EntityDefinition): StoredRecord[] {
  const keys = definition.keys ?? [];
  return [...records].sort((a, b) => {
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x ?? '').localeCompare(String(y ?? ''));
    }
    return 0;
  });
}

/** The records of an entity that a `$filter` keeps, in key order, each with its derived linked and detail entities. */
export function query(store: AcumaticaStore, target: Target, filter: FilterNode | undefined): StoredRecord[] {
  let records = store.all(target.entity);
  if (filter) {
    // `Field eq 'A' or Field eq 'B' …` on a stored field: keep the candidates by a set lookup first,
    // so that a long filter is not evaluated against every record of a large table.
    const wanted = equalitySet(filter);
    if (wanted && !target.definition.sameField?.[wanted.field] && !target.definition.unmapped?.includes(wanted.field))
      records = records.filter((record) => wanted.values.has(normalize(record[wanted.field])));
    records = records
      .map((record) => hydrate(target.entity, record, store))
      .filter((record) => matches(record, filter, target.definition));
  } else records = records.map((record) => hydrate(target.entity, record, store));
  return sorted(records, target.definition);
}

/** The field and values of a filter that is only `eq` comparisons of one top-level field with literals, joined by `or`. */
function equalitySet(node: FilterNode): { field: string; values: Set<unknown> } | undefined {
  if (
    node.kind === 'compare' &&
    node.op === 'eq' &&
    node.left.kind === 'path' &&
    node.left.path.length === 1 &&
    node.right.kind === 'literal'
  ) {
    const value = node.right.value;
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    return { field: node.left.path[0] as string, values: new Set([normalize(value)]) };
  }
  if (node.kind === 'logical' && node.op === 'or') {
    const left = equalitySet(node.left);
    const right = equalitySet(node.right);
    if (!left || !right || left.field !== right.field) return undefined;
    for (const value of right.values) left.values.add(value);
    return left;
  }
  return undefined;
}

/** As the filter's `eq` compares a string or a number: text without case. */
function normalize(value: unknown): unknown {
  return typeof value === 'string' || typeof value === 'number' ? String(value).toLowerCase() : value;
}

/** Whether a record (hydrated) satisfies a filter; paths are read as the entity's wire format shows them. */
export function matches(record: StoredRecord, filter: FilterNode, definition: EntityDefinition): boolean {
  return evaluate(filter, (node) => {
    if (node.kind === 'custom') return node.ref ? readCustom(record, node.ref) : undefined;
    const path = node.path.join('/');
    return isUnmapped(definition, path) ? undefined : valueAt(record, storedPathOf(definition, path));
  });
}

/** The record that `/{Entity}/{id}` or `/{Entity}/{key1}/{key2}` (or `key1|key2`) names. */
export function findByPath(store: AcumaticaStore, target: Target, segments: string[]): StoredRecord | undefined {
  const parts = segments.flatMap((segment) => segment.split('|'));
  if (parts.length === 1 && GUID.test(parts[0] as string)) return store.get(target.entity, parts[0] as string);
  const keyFields = target.definition.keys ?? [];
  if (parts.length !== keyFields.length) return undefined;
  const keys = Object.fromEntries(
    keyFields.map((field, index) => [field, coerceKey(target.definition, field, parts[index] as string)]),
  );
  return store.findByKeys(target.entity, keyFields, keys);
}

function coerceKey(definition: EntityDefinition, field: string, value: string): unknown {
  return definition.fields[field] === 'IntValue' ? Number(value) : value;
}

/**
 * The record a PUT updates: the first that `$filter` matches, the one with the body's `id`, or the one with
 * the body's key fields. Undefined to insert; 'none' when an id or a filter matched nothing.
 */
export function findForPut(
  store: AcumaticaStore,
  target: Target,
  id: string | undefined,
  fields: Record<string, unknown>,
  filter: FilterNode | undefined,
): StoredRecord | undefined | 'none' {
  if (filter) {
    const match = query(store, target, filter)[0];
    return match ? store.get(target.entity, match.id) : 'none';
  }
  if (id) return store.get(target.entity, id) ?? 'none';
  const keyFields = (target.definition.keys ?? []).filter(
    (field) => field !== target.definition.autoNumber?.field || fields[field] !== undefined,
  );
  if (keyFields.length === 0 || !keyFields.every((field) => fields[field] !== undefined && fields[field] !== null))
    return undefined;
  return store.findByKeys(target.entity, keyFields, fields);
}
