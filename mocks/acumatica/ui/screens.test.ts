import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { acumaticaFixture } from '../../fixtures';
import { checkboxChecked, fieldValue, getPage, records, textOf } from '../../ui/test-support';
import { AcumaticaMock } from '../app';
import { TestClient } from '../test-support';

const MARKUP = '<script>alert(1)</script>';

const log = (LogID: number, at: string, fields: Record<string, string>) => ({
  LogID,
  CreatedDateTime: at,
  Level: 'INFO',
  ActionType: 'Customer Sync',
  Message: '{"company_name":"John Kenny"}',
  EndpointUrl: 'https://betterb2b.kensiumcommerce.com/api/v1/company',
  Description: 'Customer data is created/updated successfully.',
  LoginUser: 'admin',
  ...fields,
});

/** The repository's tenant, with a customer named in markup, a second contact of Facebook and five log rows. */
function fixture(): Record<string, unknown[]> {
  const base = acumaticaFixture() as Record<string, Array<Record<string, unknown>>>;
  const customers = (base.Customer ?? []).map((customer) =>
    customer.CustomerID === 'C000000012'
      ? {
          ...customer,
          SiteAssociations: [
            { ConfigSite: 'B2BQASTORE', Active: true, ConnectorType: 'KNB', CommerceReferenceID: '801' },
          ],
        }
      : customer,
  );
  return {
    ...base,
    Customer: [
      ...customers,
      {
        CustomerID: 'C000000777',
        CustomerName: MARKUP,
        CustomerClass: 'LOCAL',
        Status: 'Active',
        CustomerType: 'B2B',
        KensiumCommerceEnabled: false,
        MainContact: { Email: 'evil@test.com' },
      },
    ],
    Contact: [
      ...(base.Contact ?? []),
      {
        ContactID: 288002,
        BusinessAccount: 'C000000288',
        Active: true,
        DisplayName: 'Sheryl S',
        JobTitle: 'COO',
        Email: 'sheryl@test.com',
        Phone1: '5555555555',
      },
    ],
    ConnectorLog: [
      log(1, '2023-11-21T09:00:00.000Z', { ActionType: 'Order Sync', Message: 'The connector has not been enabled' }),
      log(2, '2023-11-21T10:00:00.000Z', {}),
      log(3, '2023-11-21T10:00:05.000Z', {
        ActionType: 'Customer Location Sync',
        Message: '{"address_label":"Primary Location","first_name":"John"}',
        Description: 'Customer Location is created/updated successfully.',
      }),
      log(4, '2023-11-22T08:30:00.000Z', {
        Level: 'ERROR',
        Message: `Failed: ${MARKUP}`,
        Description: 'Customer data could not be synced.',
      }),
      log(5, '2023-11-23T12:00:00.000Z', {
        ActionType: 'Customer Contact Sync',
        Message: '{"email":"markz@test.com"}',
      }),
    ],
  };
}

describe('Acumatica mock screens (/ui)', () => {
  let mock: AcumaticaMock;
  before(async () => {
    mock = new AcumaticaMock({ fixture: fixture() });
    await mock.start();
  });
  after(() => mock.stop());
  const page = (path: string) => getPage(`${mock.url}${path}`);
  const logIds = async (query: string) =>
    records((await page(`/ui/logs${query}`)).html, 'Logs').map((row) => `${row['Action Type']} ${row.Level}`);

  it('shows the Customers list without signing in, every value escaped', async () => {
    const list = await page('/ui/customers');
    assert.equal(list.status, 200);
    const rows = records(list.html, 'Customers');
    assert.deepEqual(
      rows.map((row) => [row['Customer ID'], row['Customer Name'], row['Customer Type'], row['Kensium Commerce']]),
      [
        ['C000000012', 'John Kenny', 'B2B', '☑'],
        ['C000000288', 'Facebook', 'B2B', '☑'],
        ['C000000300', 'Walk-in Retail Buyer', 'B2C', '☑'],
        ['C000000777', MARKUP, 'B2B', '☐'],
      ],
    );
    assert.equal(rows[0]?.['Customer Class'], 'LOCAL - Domestic Customers');
    assert.ok(!list.html.includes('<script'));
    assert.match(list.html, /href="\/ui\/customers\/C000000012"/);
    const found = records((await page('/ui/customers?search=FACEBOOK.TEST')).html, 'Customers');
    assert.deepEqual(
      found.map((row) => row['Customer ID']),
      ['C000000288'],
    );
  });

  it("shows the Customer form's Kensium Commerce tab: the framework box, the type, the Site Association", async () => {
    const tab = await page('/ui/customers/c000000012/kensium-commerce');
    assert.equal(tab.status, 200, 'the customer id is found without case, as Acumatica does');
    assert.match(textOf(tab.html), /Customers C000000012 - John Kenny/);
    assert.equal(checkboxChecked(tab.html, 'Enable Kensium Commerce Framework'), true);
    assert.equal(fieldValue(tab.html, 'Customer Type'), 'B2B');
    assert.deepEqual(records(tab.html, 'Site Association'), [
      { 'Config Site': 'B2BQASTORE', Active: '☑', 'Connector type': 'Better B2B', 'Commerce Reference ID': '801' },
    ]);
    const off = await page('/ui/customers/C000000777/kensium-commerce');
    assert.equal(checkboxChecked(off.html, 'Enable Kensium Commerce Framework'), false);
    assert.match(textOf(off.html), /No site association\./);
    assert.ok(!off.html.includes('<script'));
  });

  it('shows the Contacts tab with the Primary box of the primary contact only', async () => {
    const tab = await page('/ui/customers/C000000288/contacts');
    assert.deepEqual(records(tab.html, 'Contacts'), [
      {
        Active: '☑',
        Contact: 'Mark Z',
        'Job Title': '',
        Primary: '☑',
        Email: 'markz@test.com',
        'Phone 1': '4444444444',
      },
      {
        Active: '☑',
        Contact: 'Sheryl S',
        'Job Title': 'COO',
        Primary: '☐',
        Email: 'sheryl@test.com',
        'Phone 1': '5555555555',
      },
    ]);
    assert.match(tab.html, /href="\/ui\/contacts\/288001">Mark Z</);
  });

  it('shows the General and Locations tabs', async () => {
    const general = await page('/ui/customers/C000000012');
    assert.equal(fieldValue(general.html, 'Account Email'), 'johnkenny@test.com');
    assert.equal(fieldValue(general.html, 'City'), 'New York');
    assert.equal(fieldValue(general.html, 'Customer Class'), 'LOCAL - Domestic Customers');
    const locations = records((await page('/ui/customers/C000000012/locations')).html, 'Locations');
    assert.deepEqual(
      locations.map((row) => [row['Location ID'], row['Location Name'], row.Default, row.City]),
      [['MAIN', 'Primary Location', '☑', 'New York']],
    );
  });

  it("shows the contact's own Kensium Commerce tab", async () => {
    const tab = await page('/ui/contacts/288001/kensium-commerce');
    assert.equal(tab.status, 200);
    assert.match(textOf(tab.html), /Contacts Mark Z/);
    assert.equal(fieldValue(tab.html, 'Business Account'), 'C000000288 - Facebook');
    assert.equal(checkboxChecked(tab.html, 'Enable Kensium Commerce Framework'), true);
    assert.deepEqual(
      records(tab.html, 'Site Association').map((row) => row['Config Site']),
      ['B2BQASTORE'],
    );
    const info = await page('/ui/contacts/288002');
    assert.equal(fieldValue(info.html, 'Job Title'), 'COO');
  });

  it('answers 404 for a customer, contact or tab that does not exist', async () => {
    for (const path of ['/ui/customers/C404', '/ui/customers/C000000012/financial', '/ui/contacts/1', '/ui/contacts/x'])
      assert.equal((await page(path)).status, 404, path);
  });

  it('shows the Logs screen newest first, with the columns of the documents', async () => {
    const logs = await page('/ui/logs');
    assert.equal(logs.status, 200);
    const rows = records(logs.html, 'Logs');
    assert.deepEqual(Object.keys(rows[0] ?? {}), [
      'Created On',
      'Level',
      'Action Type',
      'Message',
      'Endpoint Url',
      'Description',
      'Login User',
    ]);
    assert.deepEqual(
      rows.map((row) => row['Created On']),
      [
        '11/23/2023 12:00:00 PM',
        '11/22/2023 08:30:00 AM',
        '11/21/2023 10:00:05 AM',
        '11/21/2023 10:00:00 AM',
        '11/21/2023 09:00:00 AM',
      ],
    );
    assert.equal(rows[1]?.Message, `Failed: ${MARKUP}`);
    assert.ok(!logs.html.includes('<script'));
  });

  it('filters the Logs by Action Type, Level and Message through the query string', async () => {
    assert.deepEqual(await logIds('?actionType=Customer+Sync'), ['Customer Sync ERROR', 'Customer Sync INFO']);
    assert.deepEqual(await logIds('?actionType=Customer+Sync&level=INFO'), ['Customer Sync INFO']);
    assert.deepEqual(await logIds('?message=PRIMARY%20location'), ['Customer Location Sync INFO']);
    assert.deepEqual(await logIds('?actionType=Nothing+Like+It'), []);
    const form = (await page('/ui/logs?actionType=Customer+Sync&level=ERROR')).html.replace(/\s+/g, ' ');
    assert.match(form, /<option value="Customer Sync" selected>/, 'the form shows the filter applied');
    assert.match(form, /<option value="ERROR" selected>/);
  });

  it('filters the Logs by From and To date and time, both bounds included', async () => {
    assert.deepEqual(await logIds('?fromDate=2023-11-22'), ['Customer Contact Sync INFO', 'Customer Sync ERROR']);
    assert.deepEqual(await logIds('?toDate=2023-11-21&toTime=10:00:04'), ['Customer Sync INFO', 'Order Sync INFO']);
    assert.deepEqual(
      await logIds('?toDate=2023-11-21&toTime=10:00'),
      ['Customer Location Sync INFO', 'Customer Sync INFO', 'Order Sync INFO'],
      'a To Time without seconds includes its whole minute',
    );
    assert.deepEqual(await logIds('?fromDate=2023-11-21&fromTime=10:00:05&toDate=2023-11-22&toTime=08:30:00'), [
      'Customer Sync ERROR',
      'Customer Location Sync INFO',
    ]);
  });

  it('cuts the empty fields a GET form sends from the address', async () => {
    const sent = await page('/ui/logs?actionType=Customer+Sync&level=&fromDate=&message=');
    assert.equal(sent.status, 302);
    assert.equal(sent.headers.get('location'), '/ui/logs?actionType=Customer+Sync');
    assert.equal((await page('/ui/logs?level=')).headers.get('location'), '/ui/logs');
  });

  it('answers Logs filters that make no sense with 400 and says why', async () => {
    const cases: Array<[string, RegExp]> = [
      ['?fromDate=2023-02-30', /fromDate: a date that exists/],
      ['?fromDate=21/11/2023', /fromDate: a date as YYYY-MM-DD/],
      ['?toTime=25:00&toDate=2023-11-21', /toTime: a time as HH:MM/],
      ['?fromTime=10:00', /From Time needs a From Date/],
      ['?fromDate=2023-11-22&toDate=2023-11-21', /From Date\/Time is after To Date\/Time/],
      ['?level=DEBUG', /level: one of INFO, WARNING, ERROR/],
      ['?actionType=a&actionType=b', /actionType: give it once/],
      ['?user=admin', /unknown parameter user/],
    ];
    for (const [query, message] of cases) {
      const answer = await page(`/ui/logs${query}`);
      assert.equal(answer.status, 400, query);
      assert.match(textOf(answer.html), message, query);
    }
  });

  it('pages the Logs, keeping the filters in the links', async () => {
    const many = new AcumaticaMock({
      fixture: {
        ConnectorLog: Array.from({ length: 150 }, (_, i) =>
          log(i + 1, new Date(Date.UTC(2023, 10, 21, 0, 0, i)).toISOString(), {}),
        ),
      },
    });
    await many.start();
    try {
      const first = await getPage(`${many.url}/ui/logs?actionType=Customer+Sync`);
      assert.equal(records(first.html, 'Logs').length, 100);
      assert.match(textOf(first.html), /Rows 1–100 of 150/);
      assert.match(first.html, /href="\/ui\/logs\?actionType=Customer\+Sync&amp;page=2" aria-label="Next page"/);
      const second = await getPage(`${many.url}/ui/logs?actionType=Customer+Sync&page=2`);
      assert.equal(records(second.html, 'Logs').length, 50);
    } finally {
      await many.stop();
    }
  });

  it('does not journal its own requests, and shows the API requests it journalled', async () => {
    const client = new TestClient(mock.url);
    await client.login();
    await client.get('/entity/KensiumCommerce/24.200.001/Customer?$top=1');
    await page('/ui/customers');
    const journal = await page('/ui/journal?method=GET');
    assert.deepEqual(
      records(journal.html, 'Request journal').map((row) => [row.Method, row.Path, row.Status]),
      [['GET', '/entity/KensiumCommerce/24.200.001/Customer?$top=1', '200']],
    );
    assert.ok(mock.journal.list().every((entry) => !entry.path.startsWith('/ui')));
    const all = records((await page('/ui/journal')).html, 'Request journal');
    assert.match(all.at(-1)?.Body ?? '', /"password":"\[redacted\]"/, 'the sign-in body is shown without its password');
  });

  it('lists its screens on /ui', async () => {
    const home = await page('/ui');
    for (const href of ['/ui/customers', '/ui/logs', '/ui/journal', '/ui/faults'])
      assert.match(home.html, new RegExp(`href="${href}"`));
    assert.equal((await page('/ui/faults')).status, 200);
  });
});

describe('Acumatica mock screens on a tenant without the customization', () => {
  let bare: AcumaticaMock;
  before(async () => {
    bare = new AcumaticaMock({ fixture: acumaticaFixture(), bare: true });
    await bare.start();
  });
  after(() => bare.stop());

  it('have no Logs screen and no Kensium Commerce tab, and say how to publish it', async () => {
    const logs = await getPage(`${bare.url}/ui/logs`);
    assert.equal(logs.status, 404);
    assert.match(
      textOf(logs.html),
      /customization is not published on this tenant \(npm run cli -- customization publish\)/,
    );
    assert.equal((await getPage(`${bare.url}/ui/customers/C000000012/kensium-commerce`)).status, 404);
    const form = await getPage(`${bare.url}/ui/customers/C000000012`);
    assert.equal(form.status, 200);
    assert.match(
      form.html.replace(/\s+/g, ' '),
      /<span class="tab disabled" title="Not emulated by this mock">Kensium Commerce<\/span>/,
    );
  });
});
