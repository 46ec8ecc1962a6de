import { z } from 'zod';

/**
 * Acumatica's contract-based wire format: every general field travels as `{ "value": … }` and an empty
 * field as `{}`; `id` and `rowNumber` are plain. These readers unwrap a field and check its type.
 */
const field = <T extends z.ZodType>(inner: T) =>
  z
    .looseObject({ value: inner.nullish() })
    .nullish()
    .transform((wrapped) => (wrapped?.value ?? undefined) as z.output<T> | undefined);

export const stringField = field(z.string());
export const intField = field(z.number().int());
export const boolField = field(z.boolean());
/** Acumatica sends date-times as ISO strings, with or without an offset. */
export const dateTimeField = field(
  z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'expected a date-time'),
);

type Plain = string | number | boolean | null;
export type WireValue = { value: Plain } | WireRecord | WireRecord[] | string | number | boolean | undefined;
export interface WireRecord {
  [field: string]: WireValue;
}

/**
 * Wraps a plain record into the wire format for a PUT: primitives become `{ value }`, nested objects stay
 * linked entities, arrays stay detail rows; `id`, `rowNumber` and `delete` are system fields and stay plain.
 */
export function toWire(record: Record<string, unknown>): WireRecord {
  const out: WireRecord = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (name === 'id' || name === 'rowNumber' || name === 'delete') out[name] = value as string | number | boolean;
    else if (Array.isArray(value)) out[name] = value.map((row) => toWire(row as Record<string, unknown>));
    else if (value !== null && typeof value === 'object') out[name] = toWire(value as Record<string, unknown>);
    else out[name] = { value: value as Plain };
  }
  return out;
}
