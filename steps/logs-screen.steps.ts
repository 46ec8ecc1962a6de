import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { expectedRows } from './support/b2b-tables';
import { fieldOf } from './support/labels';
import { LOG_COLUMNS, type LogFilter, type LogRow } from './support/logs-screen';
import { textMatches, unmatchedRows } from './support/text-match';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** What the Logs screen shows after the last filter a step applied. */
const FILTERED = new Scratch((): { rows?: LogRow[] } => ({}));

const logCell = (row: LogRow, column: string) => row[fieldOf(LOG_COLUMNS, column, 'the Logs screen')];
const describe = (rows: LogRow[]) =>
  JSON.stringify(
    rows.map((row) => [row.Level, row.ActionType, row.Message, row.Description]),
    null,
    1,
  );

function expectRows(world: SyncWorld, table: DataTable, rows: LogRow[], what: string): void {
  expect(
    unmatchedRows(expectedRows(world, table), rows, logCell),
    `rows missing from ${what}, which shows ${describe(rows)}`,
  ).to.deep.equal([]);
}

/** Step 3 of the customer procedure, step 5 of the contact procedure: the rows the last sync wrote. */
Then('the Logs screen shows these rows for this sync:', function (this: SyncWorld, table: DataTable) {
  expectRows(this, table, this.connector.lastRun.logRows, 'the rows of this sync');
});

Then('the Logs screen shows no rows for this sync', function (this: SyncWorld) {
  expect(
    this.connector.lastRun.logRows,
    `rows of this sync: ${describe(this.connector.lastRun.logRows)}`,
  ).to.deep.equal([]);
});

Then(
  'every row of this sync on the Logs screen has a Level, an Action Type, a Message, an Endpoint Url, a Description and the Login User {string}',
  function (this: SyncWorld, loginUser: string) {
    const rows = this.connector.lastRun.logRows;
    expect(rows, 'rows of this sync').to.not.be.empty;
    for (const row of rows) {
      for (const column of ['Level', 'Action Type', 'Message', 'Endpoint Url', 'Description'])
        expect(logCell(row, column), `${column} of ${JSON.stringify(row)}`).to.be.a('string').and.not.empty;
      expect(row.Level, 'Level').to.be.oneOf(['INFO', 'WARNING', 'ERROR']);
      expect(row.LoginUser, 'Login User').to.equal(loginUser);
    }
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
  this.scratch(FILTERED).rows = await this.logs.rowsAfter(this.connector.run(1).snapshot, filter);
});

When(
  'I filter the Logs screen from the date and time of the first row of sync {int} to those of its last row',
  async function (this: SyncWorld, n: number) {
    const rows = this.connector.run(n).logRows;
    if (rows.length === 0) throw new Error(`Sync ${n} wrote no rows to filter by`);
    this.scratch(FILTERED).rows = await this.logs.show({
      From: new Date((rows[0] as LogRow).CreatedDateTime),
      To: new Date((rows.at(-1) as LogRow).CreatedDateTime),
    });
  },
);

function shown(world: SyncWorld): LogRow[] {
  const { rows } = world.scratch(FILTERED);
  if (!rows) throw new Error('No filter is applied: add a step such as "When I filter the Logs screen by:".');
  return rows;
}

Then('the Logs screen shows only rows with:', function (this: SyncWorld, table: DataTable) {
  const rows = shown(this);
  expect(rows, 'rows the filtered Logs screen shows').to.not.be.empty;
  const pairs = table.raw() as Array<[string, string]>;
  const strays = rows.filter(
    (row) => !pairs.every(([column, text]) => textMatches(this.aliases.translate(text), logCell(row, column))),
  );
  expect(strays, 'rows that do not match the filter').to.deep.equal([]);
});

Then('the Logs screen shows these rows:', function (this: SyncWorld, table: DataTable) {
  expectRows(this, table, shown(this), 'the filtered Logs screen');
});

Then(
  'the Logs screen shows every row of sync {int} and no row of sync {int} or sync {int}',
  function (this: SyncWorld, wanted: number, other1: number, other2: number) {
    const ids = new Set(shown(this).map((row) => row.id));
    expect(
      this.connector.run(wanted).logRows.filter((row) => !ids.has(row.id)),
      `rows of sync ${wanted} the screen does not show`,
    ).to.deep.equal([]);
    for (const other of [other1, other2])
      expect(
        this.connector.run(other).logRows.filter((row) => ids.has(row.id)),
        `rows of sync ${other} the screen shows`,
      ).to.deep.equal([]);
  },
);
