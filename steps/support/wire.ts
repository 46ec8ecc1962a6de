/** A record in plain values, as the steps read and write it. */
export type Plain = Record<string, any>;

/** Plain values into Acumatica's `{ value }` wire format (nested objects stay linked entities, arrays detail rows). */
export function wrap(record: Plain): Plain {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      if (key === 'id' || key === 'delete') return [key, value];
      if (Array.isArray(value)) return [key, value.map((row) => wrap(row as Plain))];
      if (value !== null && typeof value === 'object') return [key, wrap(value as Plain)];
      return [key, { value }];
    }),
  );
}

/** A wire record into plain values (fields, detail rows and linked entities). */
export function unwrap(record: Plain): Plain {
  const out: Plain = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || key === 'rowNumber' || key === '_links' || key === 'custom') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.map(unwrap);
    else if (value && typeof value === 'object' && 'value' in value) out[key] = value.value;
    else if (value && typeof value === 'object' && Object.keys(value).length > 0) out[key] = unwrap(value);
    else out[key] = undefined;
  }
  return out;
}
