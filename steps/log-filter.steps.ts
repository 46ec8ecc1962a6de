import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { filterMismatch, logFilterQuery, screenDateTime } from './support/log-filter';
import { assertScreen } from './support/screen-assert';
import { LOGS_SCREEN_COLUMNS, logsScreenRow } from './support/screens';
import type { SyncWorld } from './support/world';

// The filters above the grid: Action Type, Level, From Date, From Time, To Date, To Time.

When('I filter the Logs screen by Action Type {string} and Level {string}', function (this: SyncWorld, actionType: string, level: string) {
  this.logFilter = { ...this.logFilter, actionType: actionType || undefined, level: level || undefined };
});

When('I filter the Logs screen with:', function (this: SyncWorld, table: DataTable) {
  const fields = table.rowsHash();
  const known = ['Action Type', 'Level', 'From Date', 'From Time', 'To Date', 'To Time'];
  const unknown = Object.keys(fields).filter((label) => !known.includes(label));
  if (unknown.length > 0) throw new Error(`The Logs screen has no filter ${unknown.join(', ')}; its filters are ${known.join(', ')}`);
  this.logFilter = {
    actionType: fields['Action Type'] || undefined,
    level: fields.Level || undefined,
    from: fields['From Date'] ? screenDateTime(fields['From Date'], fields['From Time'], 'from') : undefined,
    to: fields['To Date'] ? screenDateTime(fields['To Date'], fields['To Time'], 'to') : undefined,
  };
});

When("I set the Logs screen's From Date and From Time to the time of the {ordinal} sync's first row", function (this: SyncWorld, index: number) {
  const first = this.syncRun(index).rows[0];
  expect(first, `a row of sync ${index + 1}`).to.exist;
  this.logFilter = { ...this.logFilter, from: new Date(String(first?.CreatedDateTime)) };
});

When("I set the Logs screen's To Date and To Time to the time of the {ordinal} sync's last row", function (this: SyncWorld, index: number) {
  const last = this.syncRun(index).rows.at(-1);
  expect(last, `a row of sync ${index + 1}`).to.exist;
  this.logFilter = { ...this.logFilter, to: new Date(String(last?.CreatedDateTime)) };
});

/** The rows the filtered screen shows that this scenario wrote; every row shown must satisfy the filter. */
async function shownRows(world: SyncWorld) {
  const all = await world.acumatica.connectorLog(logFilterQuery(world.logFilter));
  const wrong = all.map((row) => filterMismatch(row, world.logFilter)).filter(Boolean);
  expect(wrong, `rows the Logs screen shows outside its filter ${JSON.stringify(world.logFilter)}`).to.deep.equal([]);
  return all.filter((row) => !world.logBaseline.has(row.id));
}

Then('the Logs screen shows {int} row(s) of this scenario', async function (this: SyncWorld, count: number) {
  const rows = (await shownRows(this)).map(logsScreenRow);
  expect(rows, `rows of this scenario the filtered Logs screen shows`).to.have.length(count);
});

Then('the Logs screen shows these rows of this scenario:', async function (this: SyncWorld, table: DataTable) {
  assertScreen(this, 'Logs screen (filtered)', LOGS_SCREEN_COLUMNS, (await shownRows(this)).map(logsScreenRow), table, 'exactly');
});

Then('the Logs screen shows the rows of the {ordinal} sync and none of the {ordinal} sync', async function (this: SyncWorld, shown: number, hidden: number) {
  const ids = new Set((await shownRows(this)).map((row) => row.id));
  const shownRun = this.syncRun(shown).rows;
  const hiddenRun = this.syncRun(hidden).rows;
  expect(shownRun.length, `rows of sync ${shown + 1}`).to.be.above(0);
  expect(hiddenRun.length, `rows of sync ${hidden + 1}`).to.be.above(0);
  expect(shownRun.filter((row) => !ids.has(row.id)).map(logsScreenRow), `rows of sync ${shown + 1} missing from the screen`).to.deep.equal([]);
  expect(hiddenRun.filter((row) => ids.has(row.id)).map(logsScreenRow), `rows of sync ${hidden + 1} the screen shows`).to.deep.equal([]);
});
