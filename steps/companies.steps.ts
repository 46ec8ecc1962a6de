import { Given, Then, type DataTable } from '@cucumber/cucumber';
import { expectedRows, fieldCell, matchesCell } from './support/b2b-tables';
import { attachEvidence } from './support/evidence';
import { BASIC_INFORMATION, COMPANIES_LIST, fieldOf } from './support/labels';
import { expectFields, expectRows } from './support/screen-checks';
import { companiesListEvidence, companyShown } from './support/screen-evidence';
import type { SyncWorld } from './support/world';

const DATE_COLUMNS = new Set(['Created At', 'Approved / Rejected On']);

/**
 * Step 4: the Companies list shows at least these rows (other companies may be listed too). Each row names
 * its Acumatica Customer; the list is read for those customers.
 */
Then('the Companies list of Better B2B shows at least these rows:', async function (this: SyncWorld, table: DataTable) {
  const expected = expectedRows(this, table);
  if (expected.some((row) => !row['Acumatica Customer']))
    throw new Error('Failed to read the table: the Companies list rows need an "Acumatica Customer" column.');
  const customers = [...new Set(expected.map((row) => row['Acumatica Customer'] as string))];
  const shown = (await Promise.all(customers.map((id) => this.b2b.companiesFor(id)))).flat();
  await attachEvidence(
    this,
    'companies-list',
    companiesListEvidence(shown, customers.length === 1 ? customers[0] : undefined),
  );
  expectRows({
    system: 'Better B2B',
    where: 'The Companies list',
    rule: 'at least',
    expected,
    shown,
    cell: fieldCell(COMPANIES_LIST, 'the Companies list'),
    matches: (text, value, column) => matchesCell(text, value, DATE_COLUMNS.has(column)),
  });
});

/** Step 5: View, Company Detail, Basic Information: each field given, as `label | value`. */
Then(
  'the Basic Information of the company of customer {customer} shows:',
  async function (this: SyncWorld, customerId: string, table: DataTable) {
    const company = await companyShown(this, customerId);
    expectFields(
      'Better B2B',
      `The Basic Information of the company of customer ${customerId}`,
      (table.raw() as Array<[string, string]>).map(([label, expected]) => ({
        label,
        expected: this.aliases.translate(expected),
        shown: company[fieldOf(BASIC_INFORMATION, label, 'Basic Information')],
      })),
    );
  },
);

Then('Better B2B has no company for customer {customer}', async function (this: SyncWorld, customerId: string) {
  const companies = await this.b2b.companiesFor(customerId);
  await attachEvidence(this, `companies-of-${customerId}`, companiesListEvidence(companies, customerId));
  if (companies.length > 0)
    throw new Error(
      `Better B2B has ${companies.length} company(ies) for customer ${customerId}: ${companies.map((c) => `${c.id} "${c.company_name}"`).join(', ')}`,
    );
});

Then(
  'Better B2B has exactly one company for customer {customer}, with {int} address(es) and {int} user(s)',
  async function (this: SyncWorld, customerId: string, addresses: number, users: number) {
    const companies = await this.b2b.companiesFor(customerId);
    await attachEvidence(this, `companies-of-${customerId}`, companiesListEvidence(companies, customerId));
    if (companies.length !== 1)
      throw new Error(`Companies of customer ${customerId}: expected 1, Better B2B shows ${companies.length}`);
    const company = await companyShown(this, customerId);
    const labels = (await this.b2b.addresses(company.id)).map((a) => a.address_label);
    const emails = (await this.b2b.users(company.id)).map((u) => u.email);
    expectFields('Better B2B', `The company of customer ${customerId}`, [
      { label: 'Address Book', expected: String(addresses), shown: counted(labels), matches: countMatches(labels) },
      { label: 'Company User(s)', expected: String(users), shown: counted(emails), matches: countMatches(emails) },
    ]);
  },
);

/** A count compared as a number; the message lists what was counted. */
function countMatches(items: string[]) {
  return (expected: string) => Number(expected) === items.length;
}

const counted = (items: string[]) => `${items.length}${items.length > 0 ? ` (${items.join(', ')})` : ''}`;

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
    if (answer.status !== 200)
      throw new Error(
        `Failed to change the ${label} in Better B2B: HTTP ${answer.status} ${JSON.stringify(answer.data)}`,
      );
  },
);
