import { Then, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import type { SyncWorld } from './support/world';

/** The Basic Information labels of Company Detail and the API fields behind them. */
const BASIC_INFORMATION: Record<string, string> = {
  'Company Name': 'company_name',
  'Acumatica Customer Id': 'acumatica_customer_id',
  'Company Email': 'company_email',
  'Company Phone': 'company_phone',
  'Business Type': 'business_type',
  'Customer Class': 'customer_class',
  'Price Class': 'price_class',
  Status: 'status',
};

Then('Better B2B lists the company {string} with status {string}', async function (this: SyncWorld, name: string, status: string) {
  const company = await this.b2b.company(name);
  expect(company.status, `status of company ${name}`).to.equal(status);
  expect(company.created_at, 'Created At').to.be.a('string');
  if (status === 'APPROVED') expect(company.approved_at, 'Approved / Rejected On').to.be.a('string');
});

Then('the Basic Information of company {string} shows:', async function (this: SyncWorld, name: string, table: DataTable) {
  const company = await this.b2b.company(name);
  for (const [label, expected] of table.raw()) {
    const field = BASIC_INFORMATION[label as string];
    if (!field) throw new Error(`Unknown Basic Information field "${label}"; known: ${Object.keys(BASIC_INFORMATION).join(', ')}`);
    expect(company[field] ?? '', label).to.equal(expected);
  }
});

Then(
  'the Address Book of company {string} shows billing address {string} and default shipping address {string}',
  async function (this: SyncWorld, name: string, billing: string, shipping: string) {
    const company = await this.b2b.company(name);
    const addresses = await this.b2b.addresses(company.id);
    const defaultBilling = addresses.filter((a) => a.is_default_billing);
    const defaultShipping = addresses.filter((a) => a.is_default_shipping);
    expect(defaultBilling.map((a) => a.address_label), 'default billing address').to.deep.equal([billing]);
    expect(defaultShipping.map((a) => a.address_label), 'default shipping address').to.deep.equal([shipping]);
  },
);
