import { strict as assert } from 'node:assert';
import { beforeEach, describe, it } from 'node:test';
import type { RunningMocks } from '../mocks/harness';
import { formatSummary, succeeded } from '../src';
import { AcumaticaView, unwrap } from '../steps/support/acumatica-view';
import { SyncUnderTest, useMocks } from './sync-helpers';

const running = useMocks();
let mocks: RunningMocks;
let acumatica: AcumaticaView;
let sync: SyncUnderTest;

beforeEach(() => {
  mocks = running();
  acumatica = new AcumaticaView(mocks.acumatica.url, { name: 'admin', password: 'admin', tenant: 'Company' });
  sync = new SyncUnderTest(mocks);
});

const rows = (level: string) => mocks.acumatica.store.all('ConnectorLog').filter((row) => row.Level === level);
const users = () => mocks.b2b.store.users;

describe('two contacts of one customer with the same email', () => {
  it('the second fails naming both; the user stays on the Primary contact; nothing flips on re-sync', async () => {
    const twin = await acumatica.put(
      'Contact',
      {
        BusinessAccount: 'C000000288',
        FirstName: 'Mark',
        LastName: 'Twin',
        Email: 'MarkZ@test.com',
        Active: true,
        KensiumCommerceEnabled: true,
        SiteAssociations: [{ ConfigSite: 'B2BQASTORE', Active: true, ConnectorType: 'KNB' }],
      },
      { $select: 'ContactID' },
    );
    const twinId = String(twin.ContactID.value);
    for (let run = 1; run <= 3; run++) {
      const report = await sync.run({ kind: 'all' }, { verify: true });
      const facebook = report.customers.find((c) => c.customerId === 'C000000288');
      assert.equal(facebook?.outcome, 'failed', `run ${run}`);
      assert.match(String(facebook?.reason), new RegExp(`Contact ${twinId} .*markz@test\\.com.*contact 288001`));
      assert.equal(succeeded(report), false);
      assert.deepEqual(
        users().map((u) => [u.email, u.external_id, u.is_primary_admin]),
        [['markz@test.com', '288001', true]],
        `run ${run}: the one user is the Primary contact's`,
      );
    }
    const errors = rows('ERROR');
    assert.equal(errors.length, 3, 'one row a run');
    assert.match(
      String(errors[0]?.Description),
      new RegExp(`Contact ${twinId} of customer C000000288.*contact 288001`),
    );
    const written = unwrap(
      await acumatica.list('Contact', { $filter: `ContactID eq ${twinId}`, $expand: 'SiteAssociations' }),
    );
    assert.equal(
      written[0]?.SiteAssociations[0]?.CommerceReferenceID,
      undefined,
      'no Commerce Reference ID for the twin',
    );
  });
});

describe('partial results are warned of', () => {
  it('an inactive Primary contact: a WARNING row and the summary say the company has no Primary Admin', async () => {
    await acumatica.put('Contact', { ContactID: 288001, Active: false });
    const report = await sync.run({ kind: 'all' });
    assert.ok(succeeded(report), JSON.stringify(report.customers));
    const warnings = rows('WARNING');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(
      String(warnings[0]?.Description),
      /Customer C000000288 has no Primary Admin.*contact 288001.*not active/,
    );
    assert.match(formatSummary(report), /C000000288 Facebook.*warning: Customer C000000288 has no Primary Admin/);
    assert.match(formatSummary(report), /Warnings: 1/);
    await sync.run({ kind: 'all' });
    assert.equal(rows('WARNING').length, 1, 'written once, while nothing changes');
  });

  it('a main address without a postal code: a WARNING row and the summary say there is no billing address', async () => {
    await acumatica.put('Customer', { CustomerID: 'C000000012', MainContact: { Address: { PostalCode: null } } });
    const report = await sync.run({ kind: 'all' });
    const warnings = rows('WARNING');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(String(warnings[0]?.Description), /Customer C000000012 has no billing address.*postal code/);
    assert.match(formatSummary(report), /C000000012 John Kenny.*warning: Customer C000000012 has no billing address/);
  });
});
