import type { z } from 'zod';

/**
 * A record Acumatica sent that does not read as the sync expects (a number where text is expected, a
 * required field missing). It fails alone: its customer is reported failed with what could not be read,
 * and the rest of the page goes on.
 */
export interface UnreadableRecord {
  entity: string;
  /** Acumatica's id of the record (a GUID), when it has one. */
  id?: string;
  /** The key fields that could be read, as text (CustomerID, ContactID, BusinessAccount, LocationID, Customer). */
  keys: Record<string, string>;
  /** What could not be read, one entry per field: `MainContact/Email: expected text, got 42`. */
  problems: string[];
}

/** The fields that name a record and its customer, read as leniently as possible. */
const KEY_FIELDS = ['CustomerID', 'ContactID', 'BusinessAccount', 'LocationID', 'Customer'];

/** A record read against its schema: the typed value, or what could not be read. */
export type ReadResult<T> = { ok: true; record: T } | { ok: false; unreadable: UnreadableRecord };

export function readRecord<S extends z.ZodType>(entity: string, schema: S, raw: unknown): ReadResult<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, record: result.data };
  const object = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const keys: Record<string, string> = {};
  for (const field of KEY_FIELDS) {
    const value = plainValue(object[field]);
    if (value !== undefined) keys[field] = value;
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((part) => part !== 'value').map(String);
    const field = path.join('/') || '(record)';
    const got = valueAt(object, path);
    if (got === undefined || got === null) return `${field}: missing`;
    const expected = /expected (\w+)/.exec(issue.message)?.[1];
    return `${field}: expected ${expected === 'string' ? 'text' : (expected ?? 'another value')}, got ${JSON.stringify(got)}`;
  });
  return {
    ok: false,
    unreadable: {
      entity,
      id: typeof object.id === 'string' ? object.id : undefined,
      keys,
      problems: [...new Set(problems)],
    },
  };
}

/** A field's value as text when it is a string or a number (wrapped `{ value }` or plain), else undefined. */
function plainValue(field: unknown): string | undefined {
  const value = typeof field === 'object' && field !== null ? (field as { value?: unknown }).value : field;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The plain value at a path of field names, looking through `{ value }` wrappers. */
function valueAt(record: Record<string, unknown>, path: string[]): unknown {
  let current: unknown = record;
  for (const name of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  if (typeof current === 'object' && current !== null && 'value' in current)
    return (current as { value: unknown }).value;
  return current;
}

/** How a report and a log row name the record: `Customer C1`, `Contact 288001 of customer C1`, `Location MAIN of customer C1`. */
export function describeUnreadable(record: UnreadableRecord): string {
  const { keys } = record;
  const fallback = record.id ? `record ${record.id}` : 'a record';
  switch (record.entity) {
    case 'Contact':
      return `Contact ${keys.ContactID ?? `(${fallback})`} of customer ${keys.BusinessAccount ?? '?'}`;
    case 'CustomerLocation':
      return `Location ${keys.LocationID ?? `(${fallback})`} of customer ${keys.Customer ?? '?'}`;
    default:
      return `${record.entity} ${keys.CustomerID ?? `(${fallback})`}`;
  }
}

/** The reason a customer fails for this record, as its report and its ERROR row give it. */
export function unreadableReason(record: UnreadableRecord): string {
  return `${describeUnreadable(record)} cannot be read from Acumatica: ${record.problems.join('; ')}. It is not synced until it is corrected`;
}
