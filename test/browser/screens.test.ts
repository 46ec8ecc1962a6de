import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startMocks, type RunningMocks } from '../../mocks/harness';
import { parseConfig, syncFromSettings } from '../../src';
import { browserSuiteOptions, launchChromium, type Chromium } from '../support/chromium';
import { openCamera } from '../support/screenshot';

/** The cells of each row of the grid labelled `label`, as the browser renders them. */
async function gridRows(page: Page, label: string): Promise<string[][]> {
  const rows = page.locator(`table[aria-label="${label}"] tbody tr:not(.empty)`);
  const out: string[][] = [];
  for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).map((text) => text.trim()));
  return out;
}

/**
 * The screens as a QA person uses them, in Debian's Chromium: both mocks seeded from fixtures/ on free
 * ports, the real sync run once against them, then clicks through the pages the documents show.
 */
describe('the mocks’ screens in a browser', browserSuiteOptions(), () => {
  let mocks: RunningMocks;
  let browser: Chromium;
  let state: string;
  let page: Page;

  before(async () => {
    mocks = await startMocks();
    state = mkdtempSync(join(tmpdir(), 'browser-state-'));
    const config = parseConfig({
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      LOG_LEVEL: 'silent',
      STATE_DIR: state,
    });
    await syncFromSettings(config, { selection: { kind: 'all' }, state: false });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  });
  after(async () => {
    await browser?.close();
    await mocks?.stop();
    if (state) rmSync(state, { recursive: true, force: true });
  });

  it('goes from the Companies list to a Company Detail, its users and its Address Book', async () => {
    await page.goto(`${mocks.b2b.url}/ui/companies`);
    assert.deepEqual((await gridRows(page, 'Companies')).map((row) => row.slice(0, 3)).sort(), [
      ['C000000012', 'John Kenny', 'APPROVED'],
      ['C000000288', 'Facebook', 'APPROVED'],
    ]);
    await page.getByPlaceholder('Search Company Name / Customer ID').fill('face');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/ui\/companies\?search=face$/);
    const found = await gridRows(page, 'Companies');
    assert.deepEqual(
      found.map((row) => row[1]),
      ['Facebook'],
    );

    await page
      .getByRole('row', { name: /Facebook/ })
      .getByRole('link', { name: 'View' })
      .click();
    await page.waitForURL(/\/ui\/companies\/\d+$/);
    assert.equal(await page.locator('.company-head .name').innerText(), 'Facebook');
    assert.equal(await page.locator('.company-head .badge').innerText(), 'APPROVED');
    assert.equal(await page.getByRole('link', { name: 'Basic Information' }).getAttribute('aria-current'), 'page');
    assert.match(await page.locator('.card').innerText(), /Acumatica Customer Id \*\s+C000000288/);

    await page.getByRole('link', { name: 'Company User(s)' }).click();
    assert.deepEqual(await gridRows(page, 'Company User(s)'), [
      ['Mark Z', 'markz@test.com', '4444444444', 'Primary Admin', 'View'],
    ]);

    await page.getByRole('link', { name: 'Address Book' }).click();
    const billing = await page.getByRole('region', { name: 'Billing Address' }).innerText();
    const shipping = await page.getByRole('region', { name: 'Default Shipping Address' }).innerText();
    assert.match(billing, /Primary Address\s+Mark Z\s+1 Hacker Way\s+Menlo Park CA 94025\s+US\s+Phone: 4444444444/);
    assert.match(shipping, /Primary Location\s+Mark Z\s+1 Hacker Way/);
    assert.deepEqual(await gridRows(page, 'Other addresses'), []);
  });

  it('goes from the Customers list to the Logs screen filtered by action type', async () => {
    await page.goto(`${mocks.acumatica.url}/ui/customers`);
    assert.deepEqual(
      (await gridRows(page, 'Customers')).map((row) => row[0]),
      ['C000000012', 'C000000288', 'C000000300'],
    );
    await page.getByRole('link', { name: 'Commerce Connector' }).click();
    await page.waitForURL(/\/ui\/logs$/);
    assert.equal((await gridRows(page, 'Logs')).length, 8, 'the sync wrote 8 rows');

    await page.getByLabel('Action Type').selectOption('Customer Contact Sync');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/ui\/logs\?actionType=Customer\+Contact\+Sync$/);
    const rows = await gridRows(page, 'Logs');
    assert.equal(rows.length, 1);
    const [, level, actionType, message, endpointUrl, description, loginUser] = rows[0] ?? [];
    assert.deepEqual(
      { level, actionType, description, loginUser },
      {
        level: 'INFO',
        actionType: 'Customer Contact Sync',
        description: 'Customer Contact is created/updated successfully.',
        loginUser: 'admin',
      },
    );
    assert.match(message ?? '', /^\{"email":"markz@test\.com","first_name":"Mark","last_name":"Z"/);
    assert.match(endpointUrl ?? '', /\/api\/v1\/company\/\d+\/users$/);
    assert.equal(await page.getByLabel('Action Type').inputValue(), 'Customer Contact Sync', 'the filter stays shown');
  });

  it("shows the Commerce Reference ID the sync wrote back on the contact's Kensium Commerce tab", async () => {
    await page.goto(`${mocks.acumatica.url}/ui/customers`);
    await page.getByRole('link', { name: 'C000000288' }).click();
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: 'Mark Z' }).click();
    await page.getByRole('link', { name: 'Kensium Commerce' }).click();
    assert.equal(await page.getByRole('checkbox', { name: 'Enable Kensium Commerce Framework' }).isChecked(), true);
    const [user] = mocks.b2b.store.users;
    assert.deepEqual(await gridRows(page, 'Site Association'), [['B2BQASTORE', '✓', 'Better B2B', String(user?.id)]]);
  });

  it('takes a PNG screenshot of a screen, and refuses one of a page that is not there', async () => {
    const camera = await openCamera();
    try {
      const png = await camera.shoot(`${mocks.acumatica.url}/ui/logs`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
      assert.equal(png.readUInt32BE(16), 1280, 'the width of the page');
      await assert.rejects(
        camera.shoot(`${mocks.b2b.url}/ui/companies/999`),
        /Failed to take a screenshot of .*\/ui\/companies\/999: it answered 404\./,
      );
    } finally {
      await camera.close();
    }
  });
});
