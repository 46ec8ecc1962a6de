import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bFixture } from '../../fixtures';
import { checkboxChecked, fieldValue, getPage, records, textOf } from '../../ui/test-support';
import type { B2BFixture } from '../app';
import { b2bSuite } from '../test-support';

const MARKUP = '<script>alert(1)</script>';

const address = (label: string, flags: Partial<Record<string, boolean>>) => ({
  address_label: label,
  first_name: 'John',
  last_name: 'Kenny',
  address_line1: '156 10th Ave',
  city: 'New York',
  state: 'NY',
  zip_code: '10011',
  country: 'US',
  phone: '3333333333',
  is_billing: false,
  is_shipping: false,
  is_default_billing: false,
  is_default_shipping: false,
  ...flags,
});

/** The documents' John Kenny, a company whose name is markup, and a custom role of that company only. */
function fixture(): B2BFixture {
  const base = b2bFixture();
  return {
    ...base,
    roles: [
      ...(base.roles ?? []),
      { id: 9, name: `Buyer ${MARKUP}`, type: 'Custom', company_id: 802, permissions: ['orders.view'] },
    ],
    companies: [
      {
        id: 801,
        company_name: 'John Kenny',
        acumatica_customer_id: 'C000000012',
        company_email: 'johnkenny@test.com',
        company_phone: '3333333333',
        business_type: 'Default',
        customer_class: 'Domestic Customers',
        created_at: '2023-11-21T10:00:00Z',
        approved_at: '2023-11-21T10:00:00Z',
        addresses: [
          address('Primary Address', { is_billing: true, is_default_billing: true }),
          address('Primary Location', { is_shipping: true, is_default_shipping: true }),
          address('Warehouse', { is_shipping: true }),
        ],
        users: [
          {
            email: 'markz@test.com',
            first_name: 'Mark',
            last_name: 'Z',
            phone: '4444444444',
            role_id: 1,
            is_primary_admin: true,
          },
          { email: 'sheryl@test.com', first_name: 'Sheryl', last_name: 'S', role_id: 2, is_primary_admin: false },
        ],
      },
      {
        id: 802,
        company_name: MARKUP,
        acumatica_customer_id: 'C000000666',
        company_email: 'evil@test.com',
        status: 'PENDING',
        created_at: '2023-11-20T10:00:00Z',
        approved_at: null,
      },
    ],
  };
}

describe('Better B2B mock screens (/ui)', () => {
  const suite = b2bSuite({ fixture: fixture() });
  const page = (path: string, init?: RequestInit) => getPage(`${suite.mock.url}${path}`, init);

  it('shows the Companies list without a token, newest first, every value escaped', async () => {
    const list = await page('/ui/companies');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-type') ?? '', /^text\/html/);
    assert.deepEqual(records(list.html, 'Companies'), [
      {
        'Acumatica Customer': 'C000000012',
        'Company Name': 'John Kenny',
        Status: 'APPROVED',
        'Created At': 'Nov 21st 2023',
        'Approved / Rejected On': 'Nov 21st 2023',
        Action: 'View',
      },
      {
        'Acumatica Customer': 'C000000666',
        'Company Name': MARKUP,
        Status: 'PENDING',
        'Created At': 'Nov 20th 2023',
        'Approved / Rejected On': '',
        Action: 'View',
      },
    ]);
    assert.ok(!list.html.includes('<script'), 'no value reaches the page as markup');
    assert.ok(list.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.match(list.html, /href="\/ui\/companies\/801">View</);
  });

  it('searches the Companies list by a part of the name or of the customer id, ignoring case', async () => {
    const names = async (search: string) =>
      records((await page(`/ui/companies?search=${encodeURIComponent(search)}`)).html, 'Companies').map(
        (row) => row['Company Name'],
      );
    assert.deepEqual(await names('kenny'), ['John Kenny']);
    assert.deepEqual(await names('c000000666'), [MARKUP]);
    assert.deepEqual(await names('nobody'), []);
    assert.match(textOf((await page('/ui/companies?search=%3Cb%3E')).html), /No company matches "<b>"\./);
  });

  it('answers a bad query with 400 naming the parameter', async () => {
    const unknown = await page('/ui/companies?sort=name');
    assert.equal(unknown.status, 400);
    assert.match(textOf(unknown.html), /unknown parameter sort/);
    const twice = await page('/ui/companies?search=a&search=b');
    assert.equal(twice.status, 400);
    assert.match(textOf(twice.html), /search: give it once, as text/);
    assert.equal((await page('/ui/companies?page=0')).status, 400);
  });

  it('shows Basic Information with the company name and status above the five tabs', async () => {
    const detail = await page('/ui/companies/801');
    assert.equal(detail.status, 200);
    const text = textOf(detail.html);
    assert.match(
      text,
      /‹ J John Kenny APPROVED Basic Information Company User\(s\) Payment Methods Address Book User Roles Company Name/,
    );
    assert.equal(fieldValue(detail.html, 'Company Name'), 'John Kenny');
    assert.equal(fieldValue(detail.html, 'Acumatica Customer Id'), 'C000000012');
    assert.equal(fieldValue(detail.html, 'Company Email'), 'johnkenny@test.com');
    assert.equal(fieldValue(detail.html, 'Business Type'), 'Default');
    assert.equal(fieldValue(detail.html, 'Customer Class'), 'Domestic Customers');
    assert.equal(fieldValue(detail.html, 'Price Class'), '');
  });

  it('shows the Company User(s), the Primary Admin by that role, and finds them by keyword', async () => {
    const users = await page('/ui/companies/801/users');
    assert.deepEqual(records(users.html, 'Company User(s)'), [
      {
        'User Name': 'Mark Z',
        Email: 'markz@test.com',
        Phone: '4444444444',
        Role: 'Primary Admin',
        Permissions: 'View',
      },
      { 'User Name': 'Sheryl S', Email: 'sheryl@test.com', Phone: '', Role: 'Senior Buyer', Permissions: 'View' },
    ]);
    const found = await page('/ui/companies/801/users?search=SHERYL');
    assert.deepEqual(
      records(found.html, 'Company User(s)').map((row) => row['User Name']),
      ['Sheryl S'],
    );
    assert.match(textOf((await page('/ui/companies/802/users')).html), /No user exists!/);
  });

  it('shows the Address Book: the default billing and shipping addresses, then the others', async () => {
    const book = await page('/ui/companies/801/address-book');
    const text = textOf(book.html);
    assert.match(
      text,
      /Billing Address Primary Address John Kenny 156 10th Ave New York NY 10011 US Phone: 3333333333 Default Shipping Address Primary Location John Kenny/,
    );
    assert.deepEqual(records(book.html, 'Other addresses'), [
      {
        'Address Label': 'Warehouse',
        Address: 'John Kenny, 156 10th Ave, New York NY 10011, US',
        Billing: 'No',
        Shipping: 'Yes',
      },
    ]);
    assert.match(textOf((await page('/ui/companies/802/address-book')).html), /No Address exists!/);
  });

  it('says Payment Methods are not emulated', async () => {
    const tab = await page('/ui/companies/801/payment-methods');
    assert.equal(tab.status, 200);
    assert.match(textOf(tab.html), /Payment Methods are not emulated by this mock/);
  });

  it("lists a company's User Roles: the predefined ones and its own, not another company's", async () => {
    const own = records((await page('/ui/companies/802/user-roles')).html, 'User Roles');
    assert.deepEqual(
      own.map((row) => [row['Role Name'], row.Type]),
      [
        ['Admin', 'Predefined'],
        ['Senior Buyer', 'Predefined'],
        ['Junior Buyer', 'Predefined'],
        [`Buyer ${MARKUP}`, 'Custom'],
      ],
    );
    const other = records((await page('/ui/companies/801/user-roles')).html, 'User Roles');
    assert.deepEqual(
      other.map((row) => row['Role Name']),
      ['Admin', 'Senior Buyer', 'Junior Buyer'],
    );
  });

  it('answers 404 for a company or a tab that does not exist', async () => {
    for (const path of ['/ui/companies/999', '/ui/companies/abc', '/ui/companies/801/invoices', '/ui/nothing']) {
      const missing = await page(path);
      assert.equal(missing.status, 404, path);
      assert.match(textOf(missing.html), /There is no|has no tab/, path);
    }
  });

  it("shows a predefined role's permission tree and that it cannot be modified", async () => {
    const admin = await page('/ui/roles/1');
    assert.match(textOf(admin.html), /Role Information Predefined roles cannot be modified/);
    assert.equal(fieldValue(admin.html, 'Role Name'), 'Admin');
    for (const label of ['Manage Companies', 'View Company information', 'Delete Role', 'Order Credit Limit Value'])
      assert.equal(checkboxChecked(admin.html, label), true, label);
    const junior = await page('/ui/roles/3');
    assert.equal(checkboxChecked(junior.html, 'View Company information'), true);
    assert.equal(checkboxChecked(junior.html, 'Edit Company Information'), false);
    assert.equal(checkboxChecked(junior.html, 'Manage Companies'), false, 'a group is ticked only when all of it is');
    const custom = await page('/ui/roles/9');
    assert.doesNotMatch(textOf(custom.html), /cannot be modified/);
    assert.equal(fieldValue(custom.html, 'Company'), MARKUP);
    assert.ok(!custom.html.includes('<script'));
  });

  it('lists every role with its holders', async () => {
    const roles = records((await page('/ui/roles')).html, 'Roles');
    assert.deepEqual(roles[0], {
      'Role Name': 'Admin',
      Type: 'Predefined',
      Company: 'All companies',
      Users: '1',
      Action: 'View',
    });
    assert.equal(roles.length, 4);
  });

  it('shows the request journal newest first, filtered by method, path and status, without its own requests', async () => {
    await suite.api.get('/company');
    await suite.api.get('/company/999');
    await page('/ui/companies');
    const journal = await page('/ui/journal');
    assert.deepEqual(
      records(journal.html, 'Request journal').map((row) => [row.Method, row.Path, row.Status]),
      [
        ['GET', '/api/v1/company/999', '404'],
        ['GET', '/api/v1/company', '200'],
      ],
    );
    assert.match(textOf(journal.html), /2 requests since the last reset, 0 of them writes/);
    const missing = await page('/ui/journal?status=404&path=%2Fapi%2Fv1%2Fcompany%2F*&method=GET');
    assert.deepEqual(
      records(missing.html, 'Request journal').map((row) => row.Path),
      ['/api/v1/company/999'],
    );
    assert.equal((await page('/ui/journal?status=abc')).status, 400);
    assert.equal((await page('/ui/journal?method=BREW')).status, 400);
  });

  it('shows the active faults, escaped, and the screens are never faulted themselves', async () => {
    const added = await suite.api.post('/__mock/faults', {
      path: '/*',
      status: 503,
      times: 2,
      body: { message: MARKUP },
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const faults = await page('/ui/faults');
    assert.equal(faults.status, 200, 'a fault on every path leaves the screens alone');
    assert.deepEqual(records(faults.html, 'Active faults'), [
      {
        ID: String(added.body.id),
        Method: 'any',
        Path: '/*',
        Answer: 'HTTP 503',
        Applies: 'next 2',
        Hits: '0 of 2',
        Headers: '',
        Body: `{"message":"${MARKUP}"}`,
      },
    ]);
    assert.ok(!faults.html.includes('<script'));
    await suite.api.delete('/__mock/faults');
    assert.match(textOf((await page('/ui/faults')).html), /No fault is active/);
  });

  it('is read-only and sends a policy that allows no script', async () => {
    const post = await page('/ui/companies', { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    const list = await page('/ui/companies');
    assert.match(list.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'self'/);
    const css = await page('/ui/style.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  });

  it('lists its screens on /ui', async () => {
    const home = await page('/ui');
    assert.equal(home.status, 200);
    for (const href of ['/ui/companies', '/ui/roles', '/ui/journal', '/ui/faults'])
      assert.match(home.html, new RegExp(`href="${href}"`));
  });
});
