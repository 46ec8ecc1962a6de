import { Given, Then, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { expectedRows, matchesCell } from './support/b2b-tables';
import { BASIC_INFORMATION, COMPANIES_LIST, fieldOf } from './support/labels';
import { shownText } from './support/text-match';
import type { SyncWorld } from './support/world';

/** Step 4: the Companies list; each row is found by its Acumatica Customer, which must have exactly one company. */
Then('the Companies list of Better B2B shows:', async function (this: SyncWorld, table: DataTable) {
  for (const row of expectedRows(this, table)) {
    const customerId = row['Acumatica Customer'];
    if (!customerId)
      throw new Error('Failed to read the table: the Companies list rows need an "Acumatica Customer" column.');
    const company = await this.b2b.companyFor(customerId);
    for (const [column, expected] of Object.entries(row)) {
      const value = company[fieldOf(COMPANIES_LIST, column, 'the Companies list')];
      expect(
        matchesCell(expected, value, column === 'Created At' || column === 'Approved / Rejected On'),
        `${column} of ${customerId}: "${shownText(value)}"`,
      ).to.equal(true);
    }
  }
});

/** Step 5: View, Company Detail, Basic Information. */
Then(
  'the Basic Information of the company of customer {customer} shows:',
  async function (this: SyncWorld, customerId: string, table: DataTable) {
    const company = await this.b2b.companyFor(customerId);
    for (const [label, expected] of table.raw() as Array<[string, string]>) {
      const value = company[fieldOf(BASIC_INFORMATION, label, 'Basic Information')];
      expect(matchesCell(this.aliases.translate(expected), value), `${label}: "${shownText(value)}"`).to.equal(true);
    }
  },
);

Then('Better B2B has no company for customer {customer}', async function (this: SyncWorld, customerId: string) {
  expect(await this.b2b.companiesFor(customerId), `companies of ${customerId}`).to.deep.equal([]);
});

Then(
  'Better B2B has exactly one company for customer {customer}, with {int} address(es) and {int} user(s)',
  async function (this: SyncWorld, customerId: string, addresses: number, users: number) {
    const company = await this.b2b.companyFor(customerId);
    expect(
      (await this.b2b.addresses(company.id)).map((a) => a.address_label),
      'the Address Book',
    ).to.have.length(addresses);
    expect(
      (await this.b2b.users(company.id)).map((u) => u.email),
      'the Company User(s)',
    ).to.have.length(users);
  },
);

/** A change made by hand on the Basic Information of Company Detail (Better B2B's PUT replaces the company). */
Given(
  'someone changes the {string} of the company of customer {customer} to {string} in Better B2B',
  async function (this: SyncWorld, label: string, customerId: string, value: string) {
    const company = await this.b2b.companyFor(customerId);
    const editable = [
      'company_name',
      'acumatica_customer_id',
      'company_email',
      'company_phone',
      'business_type',
      'customer_class',
      'price_class',
    ];
    const body = {
      ...Object.fromEntries(editable.map((field) => [field, company[field]])),
      [fieldOf(BASIC_INFORMATION, label, 'Basic Information')]: value,
    };
    const answer = await this.b2b.request('PUT', `/company/${company.id}`, body);
    expect(answer.status, `Better B2B's answer: ${JSON.stringify(answer.data)}`).to.equal(200);
  },
);
