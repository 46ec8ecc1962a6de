import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AcumaticaClient } from '../src/acumatica/client';
import { customerSchema } from '../src/acumatica/entity-schemas';
import { ContractError } from '../src/errors';
import { createLogger } from '../src/logger';
import { WriteBack } from '../src/sync/write-back';
import { clearJournals, SyncUnderTest, useMocks } from './sync-helpers';

/**
 * Every site association row the sync sent in a PUT, with the entity it was sent to: the detail rows of a
 * record (`SiteAssociations`) and the rows of a customer's CommerceReferences batch (`Associations`).
 */
function sentRows(journal: ReadonlyArray<{ method: string; path: string; body?: unknown }>) {
  return journal
    .filter((entry) => entry.method === 'PUT')
    .flatMap((entry) => {
      const body = entry.body as Record<string, unknown> | undefined;
      const rows = (body?.SiteAssociations ?? body?.Associations ?? []) as Array<Record<string, unknown>>;
      return rows.map((row) => ({ entity: entry.path.split('/').pop(), row }));
    });
}

describe('write-backs against Acumatica that inserts a detail row sent without its id', () => {
  const running = useMocks();

  it('update every existing row by its id, in a whole sync (the journal shows each row sent)', async () => {
    const mocks = running();
    clearJournals(mocks);
    const report = await new SyncUnderTest(mocks).run({ kind: 'all' });
    assert.equal(report.problem, undefined);
    assert.ok(report.totals.synced > 0);
    const rows = sentRows(mocks.acumatica.journal.list());
    assert.ok(rows.length > 0, 'reference IDs were written back');
    const withoutId = rows.filter(({ row }) => row.id === undefined);
    // A location's missing row is an insert, the one row that has no id yet: it names its record by RefNoteID.
    for (const { entity, row } of withoutId) {
      assert.equal(entity, 'CommerceReferences', JSON.stringify(row));
      assert.deepEqual(Object.keys(row).sort(), [
        'Active',
        'CommerceReferenceID',
        'ConfigSite',
        'ConnectorType',
        'RefNoteID',
      ]);
    }
    const customer = mocks.acumatica.store.all('Customer').find((c) => c.CustomerID === 'C000000012');
    assert.equal((customer?.SiteAssociations as unknown[]).length, 1, 'no duplicate row');
  });

  it('never send an existing row without its id: one that came without it is refused before any request', async () => {
    const mocks = running();
    const client = new AcumaticaClient({
      baseUrl: mocks.acumatica.url,
      username: 'admin',
      password: 'admin',
      tenant: 'Company',
      endpoint: 'KensiumCommerce',
      version: '24.200.001',
      timeoutMs: 2000,
      maxAttempts: 1,
      logger: createLogger('silent'),
    });
    const writeBack = new WriteBack(client, 'B2BQASTORE', `${mocks.acumatica.url}/CommerceReferences`);
    const [customer] = await client.list('Customer', customerSchema, { filter: "CustomerID eq 'C000000012'" });
    assert.ok(customer);
    const row = { ConfigSite: 'B2BQASTORE', ConnectorType: 'KNB', Active: true, CommerceReferenceID: '1' };
    clearJournals(mocks);
    const target = { customerId: 'C000000012', what: 'Customer C000000012', recordId: customer.id, row };
    assert.throws(() => writeBack.add(target, 9001), ContractError);
    assert.equal(await writeBack.flush('C000000012'), 0, 'nothing was gathered, so nothing is sent');
    await client.logout();
    assert.deepEqual(sentRows(mocks.acumatica.journal.list()), []);
  });
});

describe('the sync against a site under a virtual directory that numbers new customers', () => {
  const running = useMocks({ acumatica: { basePath: '/AcumaticaERP', autoNumberCustomers: true } });

  it('signs in, reads, writes back and signs out under /AcumaticaERP', async () => {
    const mocks = running();
    assert.match(mocks.acumatica.url, /\/AcumaticaERP$/);
    const sync = new SyncUnderTest(mocks);
    const first = await sync.run({ kind: 'all' });
    assert.equal(first.problem, undefined);
    assert.deepEqual(first.totals, { synced: 2, unchanged: 0, skipped: 1, failed: 0, aborted: 0 });
    const second = await sync.run({ kind: 'incremental' });
    assert.equal(second.problem, undefined);
    assert.equal(mocks.acumatica.sessions.count, 0, 'signed out');
  });
});
