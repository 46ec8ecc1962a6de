import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RemoteError, SyncError } from '../errors';
import { SyncLog, failureReason, type ConnectorLogRow } from './log-catalogue';

type Row = Omit<ConnectorLogRow, 'LoginUser'>;

function logInto(rows: Row[], dryRun = false): SyncLog {
  const sink = { write: async (row: Row) => void rows.push(row) };
  return new SyncLog(sink, (record) => `https://erp/entity/${record.entity}/${record.key}`, dryRun);
}

describe('SyncLog: the rows of the Logs screen, by intent', () => {
  const payload = { company_name: 'John Kenny', company_phone: '3333333333' };
  const cases: Array<[string, (log: SyncLog) => Promise<unknown>, Row]> = [
    [
      'cannotStart names the connector configuration and says why, in both columns',
      (log) => log.cannotStart('The connector has not been enabled', 'B2BQASTORE'),
      {
        Level: 'INFO',
        ActionType: 'Customer Sync',
        Message: 'The connector has not been enabled',
        EndpointUrl: 'https://erp/entity/ConnectorConfiguration/B2BQASTORE',
        Description: 'The connector has not been enabled',
      },
    ],
    [
      'wrote a company: the JSON sent and the documented success text',
      (log) => log.wrote('Customer Sync', { url: 'https://b2b/api/v1/company', payload, result: {} }),
      {
        Level: 'INFO',
        ActionType: 'Customer Sync',
        Message: '{"company_name":"John Kenny","company_phone":"3333333333"}',
        EndpointUrl: 'https://b2b/api/v1/company',
        Description: 'Customer data is created/updated successfully.',
      },
    ],
    [
      'wrote a user',
      (log) =>
        log.wrote('Customer Contact Sync', { url: 'https://b2b/api/v1/company/1/users', payload: {}, result: {} }),
      {
        Level: 'INFO',
        ActionType: 'Customer Contact Sync',
        Message: '{}',
        EndpointUrl: 'https://b2b/api/v1/company/1/users',
        Description: 'Customer Contact is created/updated successfully.',
      },
    ],
    [
      'wrote an address of a location',
      (log) => log.wrote('Customer Location Sync', { url: 'https://b2b/api/v1/address/1', payload: {}, result: {} }),
      {
        Level: 'INFO',
        ActionType: 'Customer Location Sync',
        Message: '{}',
        EndpointUrl: 'https://b2b/api/v1/address/1',
        Description: 'Customer Location is created/updated successfully.',
      },
    ],
    [
      'skipped: the reason, and "Not synced:" with it, on the record decided on',
      (log) =>
        log.skipped('Customer Sync', 'Customer C000000300 is of type B2C', { entity: 'Customer', key: 'C000000300' }),
      {
        Level: 'INFO',
        ActionType: 'Customer Sync',
        Message: 'Customer C000000300 is of type B2C',
        EndpointUrl: 'https://erp/entity/Customer/C000000300',
        Description: 'Not synced: Customer C000000300 is of type B2C.',
      },
    ],
    [
      'deleted an address',
      (log) =>
        log.deleted(
          'Customer Location Sync',
          { address: 'Brooklyn Dock' },
          'https://b2b/api/v1/address/1/7',
          'location DOCK of customer C1',
        ),
      {
        Level: 'INFO',
        ActionType: 'Customer Location Sync',
        Message:
          'Address Brooklyn Dock (location DOCK of customer C1) is deleted: it is no longer active in Acumatica.',
        EndpointUrl: 'https://b2b/api/v1/address/1/7',
        Description:
          'Address Brooklyn Dock (location DOCK of customer C1) is deleted: it is no longer active in Acumatica.',
      },
    ],
    [
      'deleted a user',
      (log) =>
        log.deleted(
          'Customer Contact Sync',
          { user: 'markz@test.com' },
          'https://b2b/api/v1/company/1/users/3',
          'contact 288001 of customer C000000288',
        ),
      {
        Level: 'INFO',
        ActionType: 'Customer Contact Sync',
        Message:
          'User markz@test.com (contact 288001 of customer C000000288) is deleted: the contact no longer qualifies in Acumatica.',
        EndpointUrl: 'https://b2b/api/v1/company/1/users/3',
        Description:
          'User markz@test.com (contact 288001 of customer C000000288) is deleted: the contact no longer qualifies in Acumatica.',
      },
    ],
    [
      'failed: ERROR, the JSON meant to be sent, the URL meant when no answer named one, and the reason',
      (log) =>
        log.failed(
          'Customer Sync',
          { payload, url: 'https://b2b/api/v1/company' },
          new SyncError('Failed to create the company'),
        ),
      {
        Level: 'ERROR',
        ActionType: 'Customer Sync',
        Message: '{"company_name":"John Kenny","company_phone":"3333333333"}',
        EndpointUrl: 'https://b2b/api/v1/company',
        Description: 'Failed to create the company',
      },
    ],
  ];
  for (const [name, act, expected] of cases) {
    it(name, async () => {
      const rows: Row[] = [];
      await act(logInto(rows));
      assert.deepEqual(rows, [expected]);
    });
  }

  it('failed names the URL that answered, and resolves with the reason it logged', async () => {
    const rows: Row[] = [];
    const error = new RemoteError(
      'Better B2B',
      'update company 9',
      400,
      'Store is closed',
      'https://b2b/api/v1/company/9',
    );
    const reason = await logInto(rows).failed(
      'Customer Sync',
      { payload: {}, url: 'https://b2b/api/v1/company' },
      error,
    );
    assert.equal(reason, 'Failed to update company 9 in Better B2B: HTTP 400, Store is closed.');
    assert.equal(rows[0]?.Description, reason);
    assert.equal(rows[0]?.EndpointUrl, 'https://b2b/api/v1/company/9');
  });

  it('a dry run writes no skip row (other rows go to a sink that a dry run switches off)', async () => {
    const rows: Row[] = [];
    await logInto(rows, true).skipped('Customer Sync', 'no', { entity: 'Customer', key: 'C1' });
    assert.deepEqual(rows, []);
  });
});

describe('failureReason', () => {
  it('is the message of a sync error, which the clients word', () => {
    assert.equal(failureReason(new SyncError('Failed to reach Better B2B')), 'Failed to reach Better B2B');
  });
  it('marks anything else as unexpected', () => {
    assert.equal(failureReason(new TypeError('x is undefined')), 'Unexpected error: x is undefined');
    assert.equal(failureReason('boom'), 'Unexpected error: boom');
  });
});
