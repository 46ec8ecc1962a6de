/**
 * How an expected text in a scenario is compared with what a screen shows: exactly, except that `*`
 * stands for any characters (a Message cell `{"company_name":"John Kenny",*` matches the whole JSON).
 * An empty expected text matches an empty or missing value.
 */
export function textMatches(expected: string, actual: unknown): boolean {
  const shown = shownText(actual);
  if (!expected.includes('*')) return shown === expected;
  const pattern = expected
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(shown);
}

/** A value as a screen shows it: booleans as yes/no, nothing as an empty text. */
export function shownText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** A yes/no cell (a checkbox), also written checked/unchecked or true/false. */
export function checkbox(text: string): boolean {
  const value = text.trim().toLowerCase();
  if (['yes', 'checked', 'true'].includes(value)) return true;
  if (['no', 'unchecked', 'false'].includes(value)) return false;
  throw new Error(`Failed to read the checkbox value "${text}": write yes or no (or checked, unchecked).`);
}

/**
 * Pairs each expected row with a different actual row whose cells all match, and returns the expected
 * rows left without one (empty: all found). Rows are tried in order; expected rows should be specific
 * enough not to steal each other's matches.
 */
export function unmatchedRows<T>(
  expected: Record<string, string>[],
  actual: T[],
  cell: (row: T, column: string) => unknown,
): Record<string, string>[] {
  const free = [...actual];
  const missing: Record<string, string>[] = [];
  for (const want of expected) {
    const index = free.findIndex((row) =>
      Object.entries(want).every(([column, text]) => textMatches(text, cell(row, column))),
    );
    if (index < 0) missing.push(want);
    else free.splice(index, 1);
  }
  return missing;
}
