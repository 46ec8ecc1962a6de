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
