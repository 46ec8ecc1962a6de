import { shownText, textMatches } from './text-match';

/**
 * Checks of what a screen shows, failing in the screen's terms: a field as `Company Email: expected "x",
 * Better B2B shows "y"`, a grid as the expected rows above the rows the screen shows, aligned, each marked.
 * They throw plain errors (not chai's), so that no reporter prints a diff the wrong way round.
 */

export type System = 'Acumatica' | 'Better B2B';

/** A field a step expects on a screen, with what the screen shows there. */
export interface FieldCheck {
  label: string;
  expected: string;
  shown: unknown;
  /** How the text is compared; `*` wildcards by default. */
  matches?: (expected: string, shown: unknown) => boolean;
}

/** Throws when a field differs: one line per field, `Label: expected "x", Better B2B shows "y"`, under what was read. */
export function expectFields(system: System, where: string, checks: FieldCheck[]): void {
  const wrong = checks.filter(({ expected, shown, matches = textMatches }) => !matches(expected, shown));
  if (wrong.length === 0) return;
  throw new Error(
    [
      `${where}:`,
      ...wrong.map(
        ({ label, expected, shown }) => `  ${label}: expected "${expected}", ${system} shows "${shownText(shown)}"`,
      ),
    ].join('\n'),
  );
}

/** One field, as a one-line message. */
export function expectField(system: System, label: string, expected: string, shown: unknown): void {
  if (!textMatches(expected, shown))
    throw new Error(`${label}: expected "${expected}", ${system} shows "${shownText(shown)}"`);
}

/** How a table of a step relates to the rows of a screen. */
export type RowsRule = 'exactly' | 'at least';

/** The expected rows no shown row matched, and the shown rows no expected row took. */
export interface RowMatch {
  missing: number[];
  extra: number[];
}

/**
 * Pairs each expected row with a different shown row whose cells all match (in order, the first free one),
 * comparing only the columns the table gives.
 */
export function matchRows<T>(
  expected: Record<string, string>[],
  shown: T[],
  cell: (row: T, column: string) => unknown,
  matches: (expected: string, shown: unknown, column: string) => boolean = (text, value) => textMatches(text, value),
): RowMatch {
  const taken = new Set<number>();
  const missing: number[] = [];
  expected.forEach((want, index) => {
    const found = shown.findIndex(
      (row, at) =>
        !taken.has(at) && Object.entries(want).every(([column, text]) => matches(text, cell(row, column), column)),
    );
    if (found < 0) missing.push(index);
    else taken.add(found);
  });
  return { missing, extra: shown.map((_row, at) => at).filter((at) => !taken.has(at)) };
}

/**
 * Throws unless the screen shows the expected rows: `exactly` (no other row) or `at least` (others may be
 * there). The message sets the expected rows above the shown ones, in the table's columns, aligned:
 * `✗` marks an expected row the screen does not show, `+` a shown row that no expected row is (with `exactly`).
 */
export function expectRows<T>(options: {
  system: System;
  /** What the rows are, as the step names them: "the rows of this sync on the Logs screen". */
  where: string;
  rule: RowsRule;
  expected: Record<string, string>[];
  /** The columns to show when the table is empty (`expected: []`, "no rows"). */
  columns?: string[];
  shown: T[];
  cell: (row: T, column: string) => unknown;
  matches?: (expected: string, shown: unknown, column: string) => boolean;
}): void {
  const { system, where, rule, expected, shown, cell } = options;
  const { missing, extra } = matchRows(expected, shown, cell, options.matches);
  const tooMany = rule === 'exactly' && extra.length > 0;
  if (missing.length === 0 && !tooMany) return;
  const columns = expected[0] ? Object.keys(expected[0]) : (options.columns ?? []);
  const shownRows = shown.map((row) => columns.map((column) => shownText(cell(row, column))));
  const expectedRows = expected.map((row) => columns.map((column) => row[column] ?? ''));
  const lines = alignedTable(columns, [...expectedRows, ...shownRows]);
  const [header, ...body] = lines;
  const mark = (flagged: boolean, sign: string) => (flagged ? `${sign} ` : '  ');
  const problems = [
    missing.length > 0 ? `${missing.length} expected row(s) not shown (✗)` : '',
    tooMany ? `${extra.length} row(s) shown that the table does not list (+)` : '',
  ].filter(Boolean);
  throw new Error(
    [
      `${where}: expected ${rule} these rows; ${problems.join(', ')}.`,
      `Expected (${rule}, ${expected.length} row(s)):`,
      `    ${header}`,
      ...body.slice(0, expected.length).map((line, index) => `  ${mark(missing.includes(index), '✗')}${line}`),
      `${system} shows (${shown.length} row(s)):`,
      ...(shown.length === 0
        ? ['    (no rows)']
        : [
            `    ${header}`,
            ...body
              .slice(expected.length)
              .map((line, index) => `  ${mark(rule === 'exactly' && extra.includes(index), '+')}${line}`),
          ]),
    ].join('\n'),
  );
}

/** The widest a cell is shown in a message: long JSON messages are cut, with … at the end. */
const CELL_WIDTH = 90;

/** A header and rows as lines of text whose `|`-separated columns line up. */
export function alignedTable(columns: string[], rows: string[][]): string[] {
  const cut = (text: string) => {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    return flat.length > CELL_WIDTH ? `${flat.slice(0, CELL_WIDTH - 1)}…` : flat;
  };
  const cells = [columns, ...rows].map((row) => row.map(cut));
  const widths = columns.map((_column, index) => Math.max(...cells.map((row) => (row[index] ?? '').length)));
  return cells.map((row) =>
    row
      .map((text, index) => text.padEnd(widths[index] ?? 0))
      .join(' | ')
      .trimEnd(),
  );
}
