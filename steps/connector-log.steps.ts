import { Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import type { SyncWorld } from './support/world';

function parseMessage(message: string | undefined): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(message ?? '');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

Then(
  'the connector log has an {string} {string} row whose message is the JSON sent with {string} {string}',
  async function (this: SyncWorld, level: string, actionType: string, field: string, value: string) {
    const rows = await this.newLogRows();
    const row = rows.find((r) => r.Level === level && r.ActionType === actionType && parseMessage(r.Message)?.[field] === value);
    expect(row, `a ${level} ${actionType} row with ${field} "${value}" among ${JSON.stringify(rows.map((r) => [r.Level, r.ActionType, r.Message]))}`).to.exist;
    this.logRow = row;
  },
);

Then(
  'that row has Endpoint Url ending in {string}, Description {string} and Login User {string}',
  function (this: SyncWorld, urlEnd: string, description: string, loginUser: string) {
    expect(this.logRow, 'a row found by the previous step').to.exist;
    expect(this.logRow?.EndpointUrl, 'Endpoint Url').to.match(new RegExp(`${urlEnd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(this.logRow?.Description, 'Description').to.equal(description);
    expect(this.logRow?.LoginUser, 'Login User').to.equal(loginUser);
  },
);
