import { Given, Then, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { assertScreen } from './support/screen-assert';
import { LOGS_SCREEN_COLUMNS, logsScreenRow } from './support/screens';
import type { SyncWorld } from './support/world';

// Customer sync guide, step 3: "Go to the connector logs under the Reports." The grid's columns are
// Level, Action Type, Message, Endpoint Url, Description and Login User.

Given('the Logs screen already shows these rows:', async function (this: SyncWorld, table: DataTable) {
  for (const row of table.hashes()) {
    await this.acumatica.put('ConnectorLog', {
      Level: row.Level,
      ActionType: row['Action Type'],
      Message: row.Message,
      EndpointUrl: row['Endpoint Url'],
      Description: row.Description,
      LoginUser: row['Login User'],
    });
  }
});

Then('the rows of this sync on the Logs screen are:', function (this: SyncWorld, table: DataTable) {
  assertScreen(this, 'Logs screen (rows of this sync)', LOGS_SCREEN_COLUMNS, this.syncRun().rows.map(logsScreenRow), table, 'exactly');
});

Then('the rows of this sync on the Logs screen include:', function (this: SyncWorld, table: DataTable) {
  assertScreen(this, 'Logs screen (rows of this sync)', LOGS_SCREEN_COLUMNS, this.syncRun().rows.map(logsScreenRow), table, 'including');
});

Then('every row of this sync on the Logs screen fills Level, Action Type, Message, Endpoint Url, Description and Login User', function (this: SyncWorld) {
  const rows = this.syncRun().rows.map(logsScreenRow);
  expect(rows, 'rows of this sync').to.not.be.empty;
  for (const row of rows) {
    const empty = LOGS_SCREEN_COLUMNS.filter((column) => !row[column]);
    expect(empty, `empty columns of ${JSON.stringify(row)}`).to.deep.equal([]);
  }
});

Then('the sync wrote no rows to the Logs screen', function (this: SyncWorld) {
  expect(this.syncRun().rows.map(logsScreenRow), 'rows of this sync').to.deep.equal([]);
});
