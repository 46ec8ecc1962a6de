import { strict as assert } from 'node:assert';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import type { StoredRecord } from '../mocks/acumatica/entities/store';
import { succeeded } from '../src';
import { SyncUnderTest, useMocks } from './sync-helpers';

const running = useMocks();
let mocks: RunningMocks;
let sync: SyncUnderTest;

beforeEach(() => {
  mocks = running();
  sync = new SyncUnderTest(mocks);
});

/** Changes a stored record behind the API's back, as a customization that sends another type would. */
function tamper(entity: string, match: (record: StoredRecord) => boolean, change: (record: StoredRecord) => void) {
  const record = mocks.acumatica.store.all(entity).find(match);
  assert.ok(record, `a ${entity} record to change`);
  change(record);
  mocks.acumatica.store.save(entity, record);
}

const errorRows = () => mocks.acumatica.store.all('ConnectorLog').filter((row) => row.Level === 'ERROR');
const result = (report: Awaited<ReturnType<SyncUnderTest['run']>>, id: string) =>
  report.customers.find((c) => c.customerId === id);

describe('a record that cannot be read fails alone', () => {
  it('a contact with a number for its email: its customer fails naming the customer, the contact and the field; the page goes on', async () => {
    await sync.run({ kind: 'all' });
    tamper(
      'Contact',
      (r) => r.ContactID === 288001,
      (r) => (r.Email = 42),
    );
    const report = await sync.run({ kind: 'all' });
    assert.equal(succeeded(report), false);
    assert.equal(report.problem, undefined, 'the run goes on');
    const failed = result(report, 'C000000288');
    assert.equal(failed?.outcome, 'failed');
    assert.match(String(failed?.reason), /contact 288001 of customer C000000288.*Email/i);
    const rows = errorRows();
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]?.ActionType, 'Customer Contact Sync');
    assert.match(String(rows[0]?.Description), /Contact 288001 of customer C000000288.*Email: expected text, got 42/);
    assert.equal(sync.state().get('C000000288')?.status, 'failed');
    assert.equal(sync.state().get('C000000288')?.attempts, 1, 'an unreadable record is a record error');
    assert.equal(mocks.b2b.store.users.length, 1, 'the user of the contact is kept as it was');
  });

  it('a customer with a number for its name fails alone; the customers after it on the page sync', async () => {
    tamper(
      'Customer',
      (r) => r.CustomerID === 'C000000012',
      (r) => (r.CustomerName = 12345),
    );
    const report = await sync.run({ kind: 'all' });
    assert.equal(report.problem, undefined);
    assert.equal(result(report, 'C000000012')?.outcome, 'failed');
    assert.match(
      String(result(report, 'C000000012')?.reason),
      /Customer C000000012.*CustomerName: expected text, got 12345/,
    );
    assert.equal(result(report, 'C000000288')?.outcome, 'synced');
    assert.equal(result(report, 'C000000300')?.outcome, 'skipped');
    assert.deepEqual(
      errorRows().map((row) => [row.ActionType, String(row.Description).slice(0, 22)]),
      [['Customer Sync', 'Customer C000000012 ca']],
    );
    assert.equal(sync.state().get('C000000012')?.status, 'failed');
  });

  it('a location with a numeric postal code: its customer fails naming the location; the rest of the customer is kept', async () => {
    tamper(
      'CustomerLocation',
      (r) => r.Customer === 'C000000012',
      (r) => (((r.LocationContact as StoredRecord).Address as StoredRecord).PostalCode = 10011),
    );
    const report = await sync.run({ kind: 'all' });
    const failed = result(report, 'C000000012');
    assert.equal(failed?.outcome, 'failed');
    assert.match(String(failed?.reason), /location MAIN of customer C000000012.*PostalCode/i);
    assert.equal(errorRows()[0]?.ActionType, 'Customer Location Sync');
    assert.equal(result(report, 'C000000288')?.outcome, 'synced');
  });
});

describe('the rows about contacts and locations name their customer', () => {
  it('a user Better B2B refuses: the ERROR row names the contact and its customer', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company/*/users', status: 422 });
    await sync.run({ kind: 'all' });
    const rows = errorRows();
    assert.equal(rows.length, 1);
    assert.match(
      String(rows[0]?.Description),
      /Failed to add user markz@test\.com.*contact 288001 of customer C000000288/,
    );
  });
});

describe('a stopped run', () => {
  it('writes one ERROR row saying why', async () => {
    mocks.acumatica.faults.add({ method: 'GET', path: '/entity/KensiumCommerce/24.200.001/Customer', status: 500 });
    const report = await sync.run({ kind: 'all' }, {}, { HTTP_MAX_ATTEMPTS: 1 });
    assert.match(String(report.problem), /Failed to read Customer records in Acumatica: HTTP 500/);
    const rows = errorRows();
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.match(
      String(rows[0]?.Description),
      /^The sync stopped: Failed to read Customer records in Acumatica: HTTP 500/,
    );
  });
});
