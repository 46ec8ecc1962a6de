import { validate, type FieldError } from './business-rules';
import { writeCustom } from './custom-fields';
import { shapeOf } from '../endpoints/definitions';
import { applyInsertDefaults, type InsertOptions } from './insert-defaults';
import { applyBody, type ParsedBody } from './put-body';
import type { Target } from '../query/query-parameters';
import type { RecordWriter } from './record-writer';
import { stampHeldRows } from './project-rows';
import { applyRelatedWrites, relatedFields } from './relations';
import type { StoredRecord } from './store';

/** The saved record, or the errors that kept it from being saved with the record as it would have been. */
export type PutResult = { saved: StoredRecord } | { errors: FieldError[]; record: StoredRecord };

/**
 * What the entity's graph does with a PUT: applies the body to the existing record (or a new one, with the
 * form's defaults and its number), runs the validations, and saves the record with every record the save touches.
 */
export function putRecord(
  records: RecordWriter,
  target: Target,
  body: ParsedBody,
  existing: StoredRecord | undefined,
  options: InsertOptions = { autoNumberCustomers: false },
): PutResult {
  const { store } = records;
  const newId = () => store.newId();
  const apply = (into: StoredRecord, part: ParsedBody, shape: string) =>
    applyBody(into, part, shapeOf(target.endpoint, shape), target.endpoint, newId);
  const record: StoredRecord = existing ? structuredClone(existing) : { id: body.id ?? newId() };
  applyBody(record, body, target.definition, target.endpoint, newId, relatedFields(target.entity));
  if (!existing) applyInsertDefaults(target.entity, record, store, options);
  for (const { ref, value, type } of body.custom) writeCustom(record, ref, value, type);
  const related = applyRelatedWrites(target.entity, record, body, store, apply);
  if (!existing) number(records, target.entity, record, target.definition.autoNumber);
  stampHeldRows(target.endpoint, target.definition, existing, record, store.now());
  for (const change of related.changes)
    if (!change.before) number(records, change.entity, change.after, { field: 'ContactID', type: 'IntValue' });

  // Contacts written through the customer belong to it by construction; only the customer is validated.
  const errors = [...validate(target.entity, record, store), ...related.errors];
  if (errors.length > 0) return { errors, record };

  // Contacts written through the customer are rows of their own: their stamps move, not the customer's.
  records.save(target.entity, existing, record);
  for (const change of related.changes) records.save(change.entity, change.before, change.after);
  if (target.entity === 'CustomerLocation' && record.Default === true) clearOtherDefaults(records, record);
  return { saved: record };
}

function number(
  records: RecordWriter,
  entity: string,
  record: StoredRecord,
  auto: { field: string; type: 'IntValue' | 'StringValue' } | undefined,
): void {
  if (!auto || (record[auto.field] !== undefined && record[auto.field] !== null)) return;
  const next = records.store.nextNumber(entity, auto.field);
  record[auto.field] = auto.type === 'IntValue' ? next : String(next).padStart(6, '0');
}

/** A customer has one default location: making one the default clears the flag on the others. */
function clearOtherDefaults(records: RecordWriter, location: StoredRecord): void {
  for (const other of records.store.where('CustomerLocation', 'Customer', location.Customer)) {
    if (other.id === location.id || other.Default !== true) continue;
    records.save('CustomerLocation', other, { ...structuredClone(other), Default: false });
  }
}
