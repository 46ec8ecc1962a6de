import type { DataTable } from '@cucumber/cucumber';
import { checkColumns, pick } from './screens';
import { compareRows, type ScreenRow } from './table-match';
import type { SyncWorld } from './world';

/**
 * Checks the rows a screen shows against a table of the feature, on the columns the table names.
 * Identifiers in the table are the documented ones; on live runs they are translated to the scenario's own.
 */
export function assertScreen(world: SyncWorld, screen: string, known: string[], actual: ScreenRow[], table: DataTable, mode: 'exactly' | 'including'): void {
  const [header = [], ...body] = table.raw();
  checkColumns(screen, header, known);
  const expected = body.map((cells) => Object.fromEntries(header.map((column, i) => [column, world.ids.toRun(cells[i] ?? '')])));
  const problem = compareRows(screen, actual.map((row) => pick(row, header)), expected, mode);
  if (problem) throw new Error(problem);
}

/** A two-column table of field labels and values (the Basic Information form) checked against a record. */
export function assertForm(world: SyncWorld, screen: string, actual: ScreenRow, table: DataTable): void {
  const fields = table.raw();
  checkColumns(screen, fields.map(([label]) => label as string), Object.keys(actual));
  const wrong = fields
    .map(([label, value]) => [label as string, world.ids.toRun(value ?? '')] as const)
    .filter(([label, value]) => actual[label] !== value)
    .map(([label, value]) => `${label}: expected "${value}", shows "${actual[label]}"`);
  if (wrong.length > 0) throw new Error(`The ${screen} differs:\n  ${wrong.join('\n  ')}`);
}
