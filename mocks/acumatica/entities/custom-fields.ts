import { randomUUID } from 'node:crypto';
import type { CustomFieldDefinition, CustomFieldType, EntityDefinition } from '../endpoints/definitions';
import type { StoredRecord } from './store';

/**
 * Custom fields: graph fields outside the contract, named `View.Field`, read with `$custom`, filtered with
 * `cf.<Type>(f='View.Field')` and written through the `custom` object of a PUT body. A field is known when
 * the entity lists it, or when it is a customization's own field (`Usr…`) in one of the entity's views.
 */
export interface CustomRef {
  view: string;
  field: string;
  definition?: CustomFieldDefinition;
}

export class CustomFieldError extends Error {}

interface StoredCustom {
  type: CustomFieldType;
  value: unknown;
}

export function customRef(entity: EntityDefinition, name: string, entityName: string): CustomRef {
  const match = /^(\w+)\.(\w+)$/.exec(name);
  if (!match)
    throw new CustomFieldError(`'${name}' is not a custom field name; expected View.Field, such as BAccount.AcctCD`);
  const [, view, field] = match as unknown as [string, string, string];
  const definition = entity.custom?.[name];
  if (!definition && !(entity.views?.includes(view) && field.startsWith('Usr'))) {
    const known = [...Object.keys(entity.custom ?? {}), ...(entity.views ?? []).map((v) => `${v}.Usr…`)];
    throw new CustomFieldError(
      `${name} is not a field of the ${entityName} screen; known: ${known.join(', ') || 'none'}`,
    );
  }
  return { view, field, definition };
}

/** The value of a custom field of a record: the mapped contract field, or what a customization stored. */
export function readCustom(record: StoredRecord, ref: CustomRef): unknown {
  if (ref.definition?.field) return readPath(record, ref.definition.field);
  return storedCustom(record, ref)?.value;
}

/** The `custom` object of a response: `{ View: { Field: { type, value } } }` for the requested fields. */
export function customOut(record: StoredRecord, refs: CustomRef[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ref of refs) {
    const value = readCustom(record, ref);
    const type = ref.definition?.type ?? storedCustom(record, ref)?.type ?? 'CustomStringField';
    (out[ref.view] ??= {})[ref.field] = value === undefined || value === null ? { type } : { type, value };
  }
  return out;
}

/** Writes one custom value into a record (the mapped contract field, or the customization's storage). */
export function writeCustom(record: StoredRecord, ref: CustomRef, value: unknown, type?: CustomFieldType): void {
  if (ref.definition?.field) return writePath(record, ref.definition.field, value);
  const custom = (record.custom ??= {}) as Record<string, Record<string, StoredCustom>>;
  (custom[ref.view] ??= {})[ref.field] = { type: type ?? ref.definition?.type ?? inferType(value), value };
}

/** A fixture's `custom` object (`{ View: { Field: plainValue } }`) in the stored shape. */
export function storedFromFixture(raw: unknown, where: string): Record<string, Record<string, StoredCustom>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`${where}.custom: expected { "View": { "Field": value } }`);
  return Object.fromEntries(
    Object.entries(raw).map(([view, fields]) => {
      if (typeof fields !== 'object' || fields === null)
        throw new Error(`${where}.custom.${view}: expected an object of fields`);
      return [
        view,
        Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { type: inferType(value), value }])),
      ];
    }),
  );
}

function storedCustom(record: StoredRecord, ref: CustomRef): StoredCustom | undefined {
  return (record.custom as Record<string, Record<string, StoredCustom>> | undefined)?.[ref.view]?.[ref.field];
}

function inferType(value: unknown): CustomFieldType {
  if (typeof value === 'boolean') return 'CustomBooleanField';
  if (typeof value === 'number') return Number.isInteger(value) ? 'CustomIntField' : 'CustomDecimalField';
  return 'CustomStringField';
}

function readPath(record: StoredRecord, path: string): unknown {
  let value: unknown = record;
  for (const segment of path.split('/')) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value;
}

function writePath(record: StoredRecord, path: string, value: unknown): void {
  const segments = path.split('/');
  let node: Record<string, unknown> = record;
  for (const segment of segments.slice(0, -1))
    node = (node[segment] ??= { id: randomUUID() }) as Record<string, unknown>;
  node[segments[segments.length - 1] as string] = value;
}
