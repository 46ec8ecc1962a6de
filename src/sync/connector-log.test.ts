import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import pino from 'pino';
import type { AcumaticaClient } from '../acumatica/client';
import { ConnectorLog } from './connector-log';
import type { ConnectorLogRow } from './log-catalogue';

type Row = Omit<ConnectorLogRow, 'LoginUser'>;
const row = (n: number): Row => ({
  Level: 'INFO',
  ActionType: 'Customer Sync',
  Message: `row ${n}`,
  EndpointUrl: 'http://b2b/company',
  Description: 'Customer data is created/updated successfully.',
});

/** An Acumatica client that records the batches it is sent, and fails those `fail` says. */
function fakeAcumatica(fail: (batch: number) => boolean = () => false) {
  const sent: Array<{ entity: string; rows: ConnectorLogRow[] }> = [];
  const client = {
    user: 'admin',
    async put(entity: string, _schema: unknown, record: { Rows: ConnectorLogRow[] }) {
      sent.push({ entity, rows: record.Rows });
      if (fail(sent.length)) throw new Error('HTTP 500');
      return {};
    },
  };
  return { client: client as unknown as AcumaticaClient, sent };
}

describe('ConnectorLog', () => {
  it('holds the rows until a flush, then writes them in order, a batch of at most the request size at a time', async () => {
    const { client, sent } = fakeAcumatica();
    const log = new ConnectorLog(client, pino({ level: 'silent' }), true, 2);
    for (let n = 1; n <= 5; n++) await log.write(row(n));
    assert.equal(sent.length, 0, 'nothing is sent before the flush');
    assert.equal(log.pending, 5);
    await log.flush();
    assert.deepEqual(
      sent.map((batch) => [batch.entity, batch.rows.map((r) => r.Message)]),
      [
        ['ConnectorLogBatch', ['row 1', 'row 2']],
        ['ConnectorLogBatch', ['row 3', 'row 4']],
        ['ConnectorLogBatch', ['row 5']],
      ],
    );
    assert.ok(sent.every((batch) => batch.rows.every((r) => r.LoginUser === 'admin')));
    assert.deepEqual([log.written, log.failures, log.pending], [5, 0, 0]);
    await log.flush();
    assert.equal(sent.length, 3, 'an empty flush sends nothing');
  });

  it('counts the rows of a batch that fails and goes on with the next', async () => {
    const { client, sent } = fakeAcumatica((batch) => batch === 1);
    const log = new ConnectorLog(client, pino({ level: 'silent' }), true, 2);
    for (let n = 1; n <= 3; n++) await log.write(row(n));
    await log.flush();
    assert.equal(sent.length, 2);
    assert.deepEqual([log.written, log.failures], [1, 2]);
  });

  it('keeps the order of rows logged while a flush is under way', async () => {
    const { client, sent } = fakeAcumatica();
    const log = new ConnectorLog(client, pino({ level: 'silent' }), true);
    await log.write(row(1));
    const first = log.flush();
    await log.write(row(2));
    await Promise.all([first, log.flush()]);
    assert.deepEqual(
      sent.flatMap((batch) => batch.rows.map((r) => r.Message)),
      ['row 1', 'row 2'],
    );
  });

  it('writes nothing when switched off (a dry run), but still mirrors to the structured log', async () => {
    const { client, sent } = fakeAcumatica();
    const log = new ConnectorLog(client, pino({ level: 'silent' }), false);
    await log.write(row(1));
    await log.flush();
    assert.deepEqual([sent.length, log.written], [0, 0]);
  });
});
