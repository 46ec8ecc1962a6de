import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, q, signedInMock, wire } from '../test-support';

const RECORDS = `${KENSIUM}/SiteAssociationRecord`;
const REFERENCES = `${KENSIUM}/CommerceReferences`;
const unwrap = (record: Record<string, any>) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, v && typeof v === 'object' && 'value' in v ? v.value : v]),
  );

describe('site associations as records of their own, and the batches of the Kensium endpoint', () => {
  const suite = signedInMock({}, { reset: true });
  const customer = (id: string) => suite.mock.store.findByKeys('Customer', ['CustomerID'], { CustomerID: id });
  const location = (customerId: string) => suite.mock.store.where('CustomerLocation', 'Customer', customerId)[0];

  it('lists every site association row with its record (RefNoteID, the record id) and customer, by config site and customer', async () => {
    const all = (await suite.client.get(RECORDS)).body.map(unwrap);
    assert.equal(all.length, 4, 'three customers and one contact have a row');
    const contactRow = all.find(
      (row: any) => row.RefNoteID === suite.mock.store.where('Contact', 'ContactID', 288001)[0]?.id,
    );
    assert.equal(contactRow?.CustomerID, 'C000000288', "a contact's row names its business account");
    const filter = "ConfigSite eq 'B2BQASTORE' and (CustomerID eq 'C000000012' or CustomerID eq 'C000000288')";
    const some = (await suite.client.get(`${RECORDS}${q({ $filter: filter })}`)).body.map(unwrap);
    assert.deepEqual(some.map((row: any) => row.CustomerID).sort(), ['C000000012', 'C000000288', 'C000000288']);
    const byId = await suite.client.get(`${RECORDS}/${contactRow.id}`);
    assert.equal(unwrap(byId.body).RefNoteID, contactRow.RefNoteID);
    const put = await suite.client.put(RECORDS, wire({ ConfigSite: 'X' }));
    assert.equal(put.status, 500, 'the Site Associations inquiry is read-only');
  });

  it('stamps a row with the form it was saved on; the forms move it, the connector’s batch does not move the record', async () => {
    const since = suite.mock.store.now(); // the server's clock: seeding moves it on by a millisecond a record
    await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({
        CustomerID: 'C000000012',
        SiteAssociations: [{ ConfigSite: 'OTHERSTORE', ConnectorType: 'KNB', Active: true }],
      }),
    );
    const changed = (
      await suite.client.get(`${RECORDS}${q({ $filter: `LastModifiedDateTime gt datetimeoffset'${since}'` })}`)
    ).body.map(unwrap);
    assert.deepEqual(
      changed.map((row: any) => [row.CustomerID, row.ConfigSite, row.LastModifiedByScreenID]),
      [['C000000012', 'OTHERSTORE', 'AR303000']],
    );
    const before = customer('C000000288')?.LastModifiedDateTime;
    const [row] = (
      await suite.client.get(`${RECORDS}${q({ $filter: "CustomerID eq 'C000000288' and ConfigSite eq 'B2BQASTORE'" })}`)
    ).body;
    const written = await suite.client.put(REFERENCES, {
      CustomerID: { value: 'C000000288' },
      Associations: [{ id: row.id, CommerceReferenceID: { value: '801' } }],
    });
    assert.equal(written.status, 200, JSON.stringify(written.body));
    assert.equal(written.body.Associations, undefined, 'the rows come back only when $expand names them');
    assert.equal(customer('C000000288')?.LastModifiedDateTime, before, 'the rows are another table');
    const after = unwrap((await suite.client.get(`${RECORDS}/${row.id}`)).body);
    assert.deepEqual([after.CommerceReferenceID, after.LastModifiedByScreenID], ['801', 'KN301000']);
  });

  it('writes all of a customer’s Commerce Reference IDs in one request: rows by id, a new row for a record without one', async () => {
    const rows = (await suite.client.get(`${RECORDS}${q({ $filter: "CustomerID eq 'C000000012'" })}`)).body;
    const main = location('C000000012');
    const answer = await suite.client.put(`${REFERENCES}${q({ $expand: 'Associations' })}`, {
      CustomerID: { value: 'C000000012' },
      Associations: [
        { id: rows[0].id, CommerceReferenceID: { value: '17' } },
        wire({
          RefNoteID: main?.id,
          ConfigSite: 'B2BQASTORE',
          ConnectorType: 'KNB',
          Active: true,
          CommerceReferenceID: '23',
        }),
      ],
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(
      answer.body.Associations.map(unwrap)
        .map((r: any) => r.CommerceReferenceID)
        .sort(),
      ['17', '23'],
    );
    assert.equal((location('C000000012')?.SiteAssociations as any[])[0].CommerceReferenceID, '23');
    assert.equal((customer('C000000012')?.SiteAssociations as any[])[0].CommerceReferenceID, '17');
  });

  const refused: Array<[string, (ids: Record<string, string>) => unknown, RegExp]> = [
    [
      'a customer that does not exist',
      () => ({ CustomerID: { value: 'NOPE' }, Associations: [] }),
      /'Customer' cannot be found/,
    ],
    [
      'a row for a record of another customer',
      (ids) => ({
        CustomerID: { value: 'C000000012' },
        Associations: [wire({ RefNoteID: ids.other, ConfigSite: 'B2BQASTORE' })],
      }),
      /must name customer C000000012, one of its contacts or one of its locations/,
    ],
    [
      'a second row of the same key',
      (ids) => ({
        CustomerID: { value: 'C000000012' },
        Associations: [wire({ RefNoteID: ids.own, ConfigSite: 'B2BQASTORE' })],
      }),
      /already has a site association for B2BQASTORE KNB/,
    ],
    [
      'a row id that is not the customer’s',
      () => ({ CustomerID: { value: 'C000000012' }, Associations: [{ id: '00000000-0000-0000-0000-000000000001' }] }),
      /No site association of customer C000000012 has the id/,
    ],
  ];
  for (const [what, body, message] of refused) {
    it(`refuses ${what} with a 422 and writes nothing`, async () => {
      const ids = { own: customer('C000000012')?.id as string, other: customer('C000000288')?.id as string };
      const before = JSON.stringify(suite.mock.store.snapshot());
      const answer = await suite.client.put(REFERENCES, body(ids));
      assert.equal(answer.status, 422);
      assert.match(JSON.stringify(answer.body), message);
      assert.equal(JSON.stringify(suite.mock.store.snapshot()), before);
    });
  }

  it('adds many connector log rows in one request, numbered in the order sent', async () => {
    const rows = ['first', 'second', 'third'].map((Message) =>
      wire({
        Level: 'INFO',
        ActionType: 'Customer Sync',
        Message,
        EndpointUrl: 'http://b2b/x',
        Description: 'd',
        LoginUser: 'admin',
      }),
    );
    const answer = await suite.client.put(`${KENSIUM}/ConnectorLogBatch`, { Rows: rows });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const logs = suite.mock.store.all('ConnectorLog').sort((a, b) => Number(a.LogID) - Number(b.LogID));
    assert.deepEqual(
      logs.map((log) => log.Message),
      ['first', 'second', 'third'],
    );
    assert.ok(logs.every((log) => typeof log.CreatedDateTime === 'string'));
    const edit = await suite.client.put(`${KENSIUM}/ConnectorLogBatch`, {
      Rows: [{ id: logs[0]?.id, Message: { value: 'x' } }],
    });
    assert.equal(edit.status, 422, 'a log row is added, never changed');
  });
});

describe('"Optimization cannot be performed" on list requests', () => {
  const suite = signedInMock({}, { reset: true });

  it('refuses a list whose fields map to a view with a BQL delegate, naming each; a request by key is not optimised', async () => {
    const [kensium] = suite.mock.endpoints.filter((e) => e.name === 'KensiumCommerce');
    if (!kensium) throw new Error('no Kensium endpoint');
    const log = kensium.topLevel.ConnectorLog;
    assert.deepEqual(log?.delegateViews?.sort(), ['Filter', 'FilteredLogs'], 'read from KNConnectorLogMaint');
    assert.equal(
      (await suite.client.get(`${KENSIUM}/ConnectorLog`)).status,
      200,
      'the endpoint maps the plain Logs view',
    );
    suite.mock.addEndpoint({
      ...kensium,
      name: 'Probe',
      topLevel: {
        ...kensium.topLevel,
        ConnectorLog: {
          ...log,
          fields: log?.fields ?? {},
          fieldViews: { ...log?.fieldViews, Message: 'FilteredLogs' },
        },
      },
    });
    await suite.client.put(`${KENSIUM}/ConnectorLogBatch`, {
      Rows: [wire({ Level: 'INFO', ActionType: 'Customer Sync', Message: 'm' })],
    });
    const list = await suite.client.get('/entity/Probe/24.200.001/ConnectorLog');
    assert.equal(list.status, 500);
    assert.equal(list.body.exceptionType, 'PX.Api.ContractBased.OptimizedExport.CannotOptimizeException');
    assert.equal(
      list.body.exceptionMessage,
      'Optimization cannot be performed.The following fields cause the error:\r\nMessage: View FilteredLogs has BQL delegate\r\n',
    );
    const narrowed = await suite.client.get(`/entity/Probe/24.200.001/ConnectorLog${q({ $select: 'LogID,Level' })}`);
    assert.equal(narrowed.status, 200, 'a $select without the field is optimised');
    const logId = suite.mock.store.all('ConnectorLog')[0]?.LogID;
    assert.equal((await suite.client.get(`/entity/Probe/24.200.001/ConnectorLog/${logId}`)).status, 200);
  });

  it('with the strict optimizer (assumed), refuses every list that expands a detail, and nothing else', async () => {
    suite.mock.optimizer.refuseDetails = true;
    try {
      const list = await suite.client.get(`${KENSIUM}/Customer${q({ $expand: 'SiteAssociations' })}`);
      assert.equal(list.status, 500);
      assert.match(list.body.exceptionMessage, /SiteAssociations: View SiteAssociations is a detail/);
      assert.equal((await suite.client.get(`${KENSIUM}/Customer${q({ $expand: 'MainContact' })}`)).status, 200);
      assert.equal(
        (await suite.client.get(`${KENSIUM}/Customer/C000000012${q({ $expand: 'SiteAssociations' })}`)).status,
        200,
      );
    } finally {
      suite.mock.optimizer.refuseDetails = false;
    }
  });
});
