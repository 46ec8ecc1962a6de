import { strict as assert } from 'node:assert';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import { AcumaticaView, unwrap } from '../steps/support/acumatica-view';
import { clearJournals, SyncUnderTest, useMocks, writesTo } from './sync-helpers';

const running = useMocks();
let mocks: RunningMocks;
let acumatica: AcumaticaView;
let sync: SyncUnderTest;

beforeEach(() => {
  mocks = running();
  acumatica = new AcumaticaView(mocks.acumatica.url, { name: 'admin', password: 'admin', tenant: 'Company' });
  sync = new SyncUnderTest(mocks);
});

const companies = () => mocks.b2b.store.companies;
const usersOf = (name: string) =>
  mocks.b2b.store.users.filter((u) => u.company_id === companies().find((c) => c.company_name === name)?.id);
const addressesOf = (name: string) =>
  mocks.b2b.store.addresses.filter((a) => a.company_id === companies().find((c) => c.company_name === name)?.id);
const logRows = () => mocks.acumatica.store.all('ConnectorLog');

describe('idempotency', () => {
  it('a second run writes nothing to either system and sends no request to Better B2B', async () => {
    const first = await sync.run({ kind: 'all' });
    assert.deepEqual(first.totals, { synced: 2, unchanged: 0, skipped: 1, failed: 0, aborted: 0 });
    clearJournals(mocks);
    const second = await sync.run({ kind: 'all' });
    assert.deepEqual(second.totals, { synced: 0, unchanged: 2, skipped: 1, failed: 0, aborted: 0 });
    assert.deepEqual(writesTo(mocks), { acumatica: [], b2b: [] });
    assert.equal(mocks.b2b.journal.list().filter((e) => e.path !== '/api/v1/roles').length, 0);
  });

  it('without its state (a new machine) a second run reads Better B2B but writes nothing but the skip row it cannot know it wrote', async () => {
    await sync.run({ kind: 'all' });
    clearJournals(mocks);
    const report = await new SyncUnderTest(mocks).run({ kind: 'all' });
    assert.equal(report.totals.unchanged, 2);
    assert.deepEqual(writesTo(mocks), {
      acumatica: ['PUT /entity/KensiumCommerce/24.200.001/ConnectorLogBatch'],
      b2b: [],
    });
    assert.match(String(logRows().at(-1)?.Message), /C000000300 is of type B2C/);
    assert.equal(companies().length, 2);
  });

  it('--verify repairs a company changed by hand in Better B2B', async () => {
    await sync.run({ kind: 'all' });
    const company = companies().find((c) => c.acumatica_customer_id === 'C000000012');
    assert.ok(company);
    company.company_email = 'changed@by.hand';
    const plain = await sync.run({ kind: 'all' });
    assert.equal(plain.totals.synced, 0, 'a plain run trusts its fingerprint');
    const verified = await sync.run({ kind: 'all' }, { verify: true });
    assert.equal(verified.totals.synced, 1);
    assert.equal(company.company_email, 'johnkenny@test.com');
  });

  it('resumes after a crash between the company write and the write-back without a duplicate', async () => {
    // Every write-back fails, as if the run stopped right after Better B2B answered.
    mocks.acumatica.faults.add({
      method: 'PUT',
      path: '/entity/KensiumCommerce/24.200.001/CommerceReferences',
      status: 500,
    });
    const crashed = await sync.run({ kind: 'customer', customerId: 'C000000012' });
    assert.equal(crashed.totals.failed, 1);
    assert.equal(companies().length, 1);
    mocks.acumatica.faults.clear();
    const resumed = await new SyncUnderTest(mocks).run({ kind: 'customer', customerId: 'C000000012' });
    assert.equal(resumed.totals.failed, 0, JSON.stringify(resumed.customers));
    assert.equal(companies().length, 1, 'no duplicate company');
    assert.equal(addressesOf('John Kenny').length, 2, 'no duplicate address');
    const customer = unwrap(await acumatica.customer('C000000012'));
    assert.equal(customer.SiteAssociations[0].CommerceReferenceID, String(companies()[0]?.id));
  });
});

describe('incremental sync', () => {
  it('reads only what changed since the last run, including a change to a contact alone', async () => {
    await sync.run();
    clearJournals(mocks);
    await acumatica.put('Customer', { CustomerID: 'C000000012', MainContact: { Phone1: '3330000000' } });
    const afterCustomerChange = await sync.run();
    assert.equal(afterCustomerChange.totals.synced, 1);
    assert.equal(companies().find((c) => c.acumatica_customer_id === 'C000000012')?.company_phone, '3330000000');
    assert.deepEqual(
      writesTo(mocks).b2b.filter((w) => w.startsWith('PUT')),
      [`PUT /api/v1/company/${companies()[0]?.id}`, `PUT /api/v1/address/${companies()[0]?.id}/1`],
    );

    await acumatica.put('Contact', { ContactID: 288001, Phone1: '4440000000' });
    const afterContactChange = await sync.run();
    assert.equal(afterContactChange.totals.synced, 1);
    assert.equal(usersOf('Facebook')[0]?.phone, '4440000000');
  });

  it('keeps a watermark behind the server clock and never moves it back', async () => {
    await sync.run();
    const first = sync.state().watermark;
    assert.ok(first && first.getTime() < Date.now());
    await sync.run({ kind: 'customer', customerId: 'C000000012' });
    assert.equal(sync.state().watermark?.getTime(), first.getTime(), 'a one-customer run leaves the watermark alone');
  });
});

describe('contacts and locations', () => {
  it('hands Primary Admin over when another contact is marked Primary', async () => {
    await sync.run({ kind: 'all' });
    const created = await acumatica.put(
      'Contact',
      {
        BusinessAccount: 'C000000288',
        FirstName: 'Sheryl',
        LastName: 'S',
        Email: 'sheryl@test.com',
        Active: true,
        KensiumCommerceEnabled: true,
        SiteAssociations: [{ ConfigSite: 'B2BQASTORE', Active: true, ConnectorType: 'KNB' }],
      },
      { $select: 'ContactID' },
    ); // a PUT answers only the fields sent or asked for
    await acumatica.put('Customer', { CustomerID: 'C000000288', PrimaryContactID: created.ContactID.value });
    const report = await sync.run();
    assert.equal(report.totals.failed, 0, JSON.stringify(report.customers));
    const admins = usersOf('Facebook').filter((u) => u.is_primary_admin);
    assert.deepEqual(
      admins.map((u) => u.email),
      ['sheryl@test.com'],
    );
    assert.equal(usersOf('Facebook').find((u) => u.email === 'markz@test.com')?.role_id, 2);
  });

  it('removes the user of a contact deactivated in Acumatica and the address of a deactivated location', async () => {
    await sync.run({ kind: 'all' });
    await acumatica.put('Contact', { ContactID: 288001, Active: false });
    await acumatica.put('CustomerLocation', { Customer: 'C000000288', LocationID: 'MAIN', Active: false });
    const report = await sync.run();
    assert.equal(report.totals.failed, 0);
    assert.deepEqual(usersOf('Facebook'), []);
    assert.deepEqual(
      addressesOf('Facebook').map((a) => a.address_label),
      ['Primary Address'],
    );
    assert.ok(
      logRows().some((row) => row.ActionType === 'Customer Contact Sync' && /is deleted/.test(String(row.Description))),
    );
  });

  it('clears in Better B2B a phone cleared in Acumatica', async () => {
    await sync.run({ kind: 'all' });
    await acumatica.put('Contact', { ContactID: 288001, Phone1: null });
    await acumatica.put('Customer', { CustomerID: 'C000000012', MainContact: { Phone1: null } });
    const report = await sync.run();
    assert.equal(report.totals.synced, 2, JSON.stringify(report.customers));
    assert.equal(usersOf('Facebook')[0]?.phone, null);
    assert.equal(companies().find((c) => c.acumatica_customer_id === 'C000000012')?.company_phone, null);
  });

  it('honours the connector preferences Include Contacts and Include Location', async () => {
    await acumatica.put('ConnectorConfiguration', {
      ConnectorID: 'B2BQASTORE',
      IncludeContacts: false,
      IncludeLocations: false,
    });
    await sync.run({ kind: 'all' });
    assert.deepEqual(usersOf('Facebook'), []);
    assert.deepEqual(
      addressesOf('Facebook').map((a) => a.address_label),
      ['Primary Address'],
    );
  });
});

describe('resilience', () => {
  it('waits out 429 answers with Retry-After and 503s, then syncs everything', async () => {
    mocks.b2b.faults.add({
      method: 'POST',
      path: '/api/v1/company',
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 2,
    });
    mocks.b2b.faults.add({ method: 'GET', path: '/api/v1/roles', status: 503, times: 2 });
    mocks.acumatica.faults.add({
      method: 'GET',
      path: '/entity/KensiumCommerce/24.200.001/Contact',
      status: 503,
      times: 1,
    });
    const report = await sync.run({ kind: 'all' });
    assert.deepEqual(report.totals, { synced: 2, unchanged: 0, skipped: 1, failed: 0, aborted: 0 });
    assert.equal(companies().length, 2);
  });

  it('retries a request that times out', async () => {
    mocks.b2b.faults.add({ method: 'GET', path: '/api/v1/roles', latencyMs: 400, times: 1 });
    const report = await sync.run({ kind: 'all' }, {}, { HTTP_TIMEOUT_MS: 150 });
    assert.equal(report.problem, undefined);
    assert.equal(report.totals.synced, 2);
  });

  it('signs in again once when the Acumatica session ends mid-run', async () => {
    let ended = false;
    const onProgress = () => {
      if (!ended) mocks.acumatica.sessions.expireAll();
      ended = true;
    };
    const report = await sync.run({ kind: 'all' }, { onProgress }, { PAGE_SIZE: 1 });
    assert.equal(report.totals.failed, 0);
    const logins = mocks.acumatica.journal.list().filter((e) => e.path === '/entity/auth/login');
    assert.equal(logins.length, 2);
  });

  it('one customer failing does not stop the others; it ends as an ERROR row, and the next run catches up without duplicates', async () => {
    mocks.b2b.faults.add({ method: 'POST', path: '/api/v1/company', status: 422, times: 1 });
    const down = await sync.run();
    assert.deepEqual([down.totals.synced, down.totals.failed], [1, 1]);
    const error = logRows().find((row) => row.Level === 'ERROR');
    assert.equal(error?.ActionType, 'Customer Sync');
    assert.match(
      String(error?.Description),
      /Failed to create the company of C0000000(12|288) in Better B2B: HTTP 422/,
    );
    const back = await sync.run();
    assert.equal(back.totals.failed, 0);
    assert.equal(back.totals.synced, 1);
    assert.equal(companies().length, 2);
  });

  it('aborts a customer after the maximum failed attempts and re-drives it on retry', async () => {
    mocks.b2b.faults.add({
      method: 'POST',
      path: '/api/v1/company',
      status: 400,
      body: { message: 'Store is closed' },
    });
    for (let attempt = 1; attempt <= 2; attempt++) await sync.run({ kind: 'all' }, {}, { MAX_FAILED_ATTEMPTS: 2 });
    const aborted = sync.state().get('C000000012');
    assert.equal(aborted?.status, 'aborted');
    assert.equal(aborted?.attempts, 2);
    const skipped = await sync.run({ kind: 'all' }, {}, { MAX_FAILED_ATTEMPTS: 2 });
    assert.equal(skipped.totals.aborted, 2);
    mocks.b2b.faults.clear();
    const state = sync.state();
    state.rearm('C000000012');
    const retried = await sync.run({ kind: 'customers', customerIds: ['C000000012'] }, {}, { MAX_FAILED_ATTEMPTS: 2 });
    assert.equal(retried.totals.synced, 1);
    assert.equal(sync.state().get('C000000012')?.status, 'processed');
  });
});

describe('sync state', () => {
  it('a run stopped by a page it cannot read finishes the page in flight and keeps the statuses it reached', async () => {
    let pagesDone = 0;
    const stopped = await sync.run(
      { kind: 'all' },
      {
        // Pages of one customer; once the first is synced (the second already read), customer pages fail.
        onProgress: () => {
          pagesDone += 1;
          if (pagesDone === 1)
            mocks.acumatica.faults.add({
              method: 'GET',
              path: '/entity/KensiumCommerce/24.200.001/Customer',
              status: 500,
            });
        },
      },
      { PAGE_SIZE: 1, HTTP_MAX_ATTEMPTS: 1 },
    );
    assert.match(String(stopped.problem), /500/);
    assert.equal(stopped.totals.synced, 2);
    const state = sync.state();
    assert.deepEqual(
      ['C000000012', 'C000000288', 'C000000300'].map((id) => state.get(id)?.status),
      ['processed', 'processed', undefined],
    );
    assert.equal(companies().length, 2);
  });
});
