import type { DataTable } from '@cucumber/cucumber';
import { fieldOf } from './labels';
import { textMatches } from './text-match';
import type { SyncWorld } from './world';

/** A table's rows with the scenario's names translated to their names in the systems. */
export function expectedRows(world: SyncWorld, table: DataTable): Record<string, string>[] {
  return table
    .hashes()
    .map((row) =>
      Object.fromEntries(Object.entries(row).map(([column, text]) => [column, world.aliases.translate(text)])),
    );
}

/** The value a screen of Better B2B shows in a column; dates by day, `today` for today's. */
export function matchesCell(expected: string, value: unknown, isDate = false): boolean {
  if (!isDate || typeof value !== 'string') return textMatches(expected, value);
  const day = value.slice(0, 10);
  return expected === 'today' ? day === new Date().toISOString().slice(0, 10) : textMatches(expected, day);
}

/** A cell reader for a screen whose columns map one-to-one to fields. */
export function fieldCell(labels: Record<string, string>, where: string) {
  return (row: Record<string, unknown>, column: string) => row[fieldOf(labels, column, where)];
}
