import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expectedRows } from './support/b2b-tables';
import { attachEvidence } from './support/evidence';
import { fieldOf } from './support/labels';
import { LOG_COLUMNS, type LogFilter, type LogRow } from './support/logs-screen';
import { expectRows, type RowsRule } from './support/screen-checks';
import { logsEvidence } from './support/screen-evidence';
import { textMatches } from './support/text-match';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** What the Logs screen shows after the last filter a step applied, and that filter. */
const FILTERED = new Scratch((): { rows?: LogRow[]; filter?: LogFilter } => ({}));

const logCell = (row: LogRow, column: string) => row[fieldOf(LOG_COLUMNS, column, 'the Logs screen')];

/** The rows of the last sync, attached as evidence (`logs-screen-sync-N`). */
async function rowsOfThisSync(world: SyncWorld): Promise<LogRow[]> {
  const run = world.connector.lastRun;
  const n = world.connector.runs.indexOf(run) + 1;
  await attachEvidence(
    world,
    `logs-screen-sync-${n}`,
    logsEvidence(`the rows sync ${n} wrote`, run.logRows, { From: run.startedAt, To: run.finishedAt }),
  );
  return run.logRows;
}

async function expectRowsOfThisSync(world: SyncWorld, rule: RowsRule, table: DataTable): Promise<void> {
  expectRows({
    system: 'Acumatica',
    where: 'The Logs screen, rows of this sync',
    rule,
    expected: expectedRows(world, table),
    shown: await rowsOfThisSync(world),
    cell: logCell,
  });
}

/** Step 3 of the customer procedure, step 5 of the contact procedure: the rows the last sync wrote, and no others. */
Then('the Logs screen shows exactly these rows for this sync:', async function (this: SyncWorld, table: DataTable) {
  await expectRowsOfThisSync(this, 'exactly', table);
});

/** The rows the last sync wrote include these (others may be there too). */
Then('the Logs screen shows at least these rows for this sync:', async function (this: SyncWorld, table: DataTable) {
  await expectRowsOfThisSync(this, 'at least', table);
});

Then('the Logs screen shows no rows for this sync', async function (this: SyncWorld) {
  expectRows({
    system: 'Acumatica',
    where: 'The Logs screen, rows of this sync',
    rule: 'exactly',
    expected: [],
    columns: ['Level', 'Action Type', 'Message', 'Description'],
    shown: await rowsOfThisSync(this),
    cell: logCell,
  });
});

Then(
  'every row of this sync on the Logs screen has a Level, an Action Type, a Message, an Endpoint Url, a Description and the Login User {string}',
  async function (this: SyncWorld, loginUser: string) {
    const rows = await rowsOfThisSync(this);
    if (rows.length === 0) throw new Error('The Logs screen shows no row of this sync.');
    const problems = rows.flatMap((row, index) => {
      const where = `row ${index + 1} (${row.ActionType}: ${String(row.Message).slice(0, 40)})`;
      return [
        ...['Level', 'Action Type', 'Message', 'Endpoint Url', 'Description']
          .filter((column) => !logCell(row, column))
          .map((column) => `${where}: ${column} is empty`),
        ...(['INFO', 'WARNING', 'ERROR'].includes(row.Level)
          ? []
          : [`${where}: Level: expected INFO, WARNING or ERROR, Acumatica shows "${row.Level}"`]),
        ...(row.LoginUser === loginUser
          ? []
          : [`${where}: Login User: expected "${loginUser}", Acumatica shows "${row.LoginUser ?? ''}"`]),
      ];
    });
    if (problems.length > 0) throw new Error(`The Logs screen, rows of this sync:\n  ${problems.join('\n  ')}`);
  },
);

/**
 * The filters of the Logs screen. Its From Date and From Time start at this scenario's first sync, so that
 * live runs see only their own rows, as a tester narrows the screen to their session.
 */
When('I filter the Logs screen by:', async function (this: SyncWorld, table: DataTable) {
  const filter: LogFilter = {};
  for (const [label, value] of table.raw() as Array<[string, string]>) {
    if (label !== 'Action Type' && label !== 'Level')
      throw new Error(
        `Failed to read the table: "${label}" is not a filter of the Logs screen here; use Action Type or Level (From and To have their own step).`,
      );
    filter[label] = value;
  }
  const since = this.connector.run(1).snapshot;
  this.scratch(FILTERED).filter = { ...filter, From: since.since };
  this.scratch(FILTERED).rows = await this.logs.rowsAfter(since, filter);
});

When(
  'I filter the Logs screen from the date and time of the first row of sync {int} to those of its last row',
  async function (this: SyncWorld, n: number) {
    const rows = this.connector.run(n).logRows;
    if (rows.length === 0) throw new Error(`Sync ${n} wrote no rows to filter by`);
    const filter = {
      From: new Date((rows[0] as LogRow).CreatedDateTime),
      To: new Date((rows.at(-1) as LogRow).CreatedDateTime),
    };
    this.scratch(FILTERED).filter = filter;
    this.scratch(FILTERED).rows = await this.logs.show(filter);
  },
);

/** What the filtered screen shows, attached as evidence (`logs-screen-filtered`). */
async function shown(world: SyncWorld): Promise<LogRow[]> {
  const { rows, filter } = world.scratch(FILTERED);
  if (!rows) throw new Error('No filter is applied: add a step such as "When I filter the Logs screen by:".');
  await attachEvidence(world, 'logs-screen-filtered', logsEvidence('the filtered screen', rows, filter));
  return rows;
}

Then('the Logs screen shows only rows with:', async function (this: SyncWorld, table: DataTable) {
  const rows = await shown(this);
  if (rows.length === 0) throw new Error('The filtered Logs screen shows no rows.');
  const pairs = table.raw() as Array<[string, string]>;
  const strays = rows
    .map((row, index) => ({ row, index }))
    .filter(
      ({ row }) => !pairs.every(([column, text]) => textMatches(this.aliases.translate(text), logCell(row, column))),
    );
  if (strays.length > 0)
    throw new Error(
      [
        `The filtered Logs screen shows ${strays.length} row(s) that do not match ${pairs.map(([c, t]) => `${c} "${t}"`).join(' and ')}:`,
        ...strays.map(
          ({ row, index }) => `  row ${index + 1}: ${pairs.map(([c]) => `${c} "${logCell(row, c)}"`).join(', ')}`,
        ),
      ].join('\n'),
    );
});

async function expectFilteredRows(world: SyncWorld, rule: RowsRule, table: DataTable): Promise<void> {
  expectRows({
    system: 'Acumatica',
    where: 'The filtered Logs screen',
    rule,
    expected: expectedRows(world, table),
    shown: await shown(world),
    cell: logCell,
  });
}

Then('the filtered Logs screen shows exactly these rows:', async function (this: SyncWorld, table: DataTable) {
  await expectFilteredRows(this, 'exactly', table);
});

Then(
  'the Logs screen shows every row of sync {int} and no row of sync {int} or sync {int}',
  async function (this: SyncWorld, wanted: number, other1: number, other2: number) {
    const ids = new Set((await shown(this)).map((row) => row.id));
    const describe = (rows: LogRow[]) => rows.map((row) => `${row.ActionType}: ${String(row.Message).slice(0, 50)}`);
    const hidden = this.connector.run(wanted).logRows.filter((row) => !ids.has(row.id));
    const strays = [other1, other2].flatMap((other) =>
      this.connector.run(other).logRows.filter((row) => ids.has(row.id)),
    );
    if (hidden.length > 0 || strays.length > 0)
      throw new Error(
        [
          'The filtered Logs screen:',
          ...describe(hidden).map((row) => `  does not show this row of sync ${wanted}: ${row}`),
          ...describe(strays).map((row) => `  shows this row of sync ${other1} or ${other2}: ${row}`),
        ].join('\n'),
      );
  },
);
