/** A record as a screen shows it: column label → text. */
export type ScreenRow = Record<string, string>;

/**
 * Whether a screen cell matches an expected cell: exactly, or, like a truncated column on a screenshot,
 * with "…" (or "...") standing for any text: "abc…" starts the cell, "…abc" ends it, "a…b" has a and b.
 */
export function cellMatches(expected: string, actual: string): boolean {
  const parts = expected.split(/…|\.\.\./);
  if (parts.length === 1) return actual === expected;
  const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(actual);
}

function rowMatches(expected: ScreenRow, actual: ScreenRow): boolean {
  return Object.entries(expected).every(([column, cell]) => cellMatches(cell, actual[column] ?? ''));
}

/**
 * Pairs each expected row with its own actual row (a matching: one actual row cannot stand for two
 * expected ones). Returns the expected rows left without a partner.
 */
function unmatched(expected: ScreenRow[], actual: ScreenRow[]): ScreenRow[] {
  const partnerOf = new Array<number>(actual.length).fill(-1);
  const tryAssign = (e: number, seen: boolean[]): boolean => {
    for (let a = 0; a < actual.length; a += 1) {
      if (seen[a] || !rowMatches(expected[e] as ScreenRow, actual[a] as ScreenRow)) continue;
      seen[a] = true;
      if (partnerOf[a] === -1 || tryAssign(partnerOf[a] as number, seen)) {
        partnerOf[a] = e;
        return true;
      }
    }
    return false;
  };
  return expected.filter((_, e) => !tryAssign(e, new Array<boolean>(actual.length).fill(false)));
}

/**
 * Compares the rows a screen shows with an expected table. `exactly`: the same rows in any order, no
 * more; `including`: at least these. Returns a message for QA when they differ, undefined when they agree.
 */
export function compareRows(what: string, actual: ScreenRow[], expected: ScreenRow[], mode: 'exactly' | 'including'): string | undefined {
  const missing = unmatched(expected, actual);
  const countWrong = mode === 'exactly' && actual.length !== expected.length;
  if (missing.length === 0 && !countWrong) return undefined;
  const columns = Object.keys(expected[0] ?? actual[0] ?? {});
  const lines = [`${what}: expected ${mode === 'exactly' ? '' : 'at least '}these ${expected.length} row(s)`, formatTable(columns, expected)];
  if (missing.length > 0) lines.push(`no row matched:`, formatTable(columns, missing));
  lines.push(`but the screen shows ${actual.length} row(s):`, formatTable(columns, actual));
  return lines.join('\n');
}

/** Rows as an aligned Gherkin-style table, for messages. */
export function formatTable(columns: string[], rows: ScreenRow[]): string {
  if (rows.length === 0) return '    (none)';
  const cells = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  const widths = columns.map((_, i) => Math.min(100, Math.max(...cells.map((line) => (line[i] ?? '').length))));
  return cells.map((line) => `    | ${line.map((cell, i) => cell.slice(0, 100).padEnd(widths[i] as number)).join(' | ')} |`).join('\n');
}
