import { Then, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { companyFor, scenarioCompanies } from './support/companies';
import { assertForm, assertScreen } from './support/screen-assert';
import { addressBookRow, basicInformation, companiesListRow, companyUserRow, userRolesRow } from './support/screens';
import type { SyncWorld } from './support/world';

// Customer sync guide, step 4: "Go to the Better B2B and click on the Company."
Then('the Better B2B Companies list shows:', async function (this: SyncWorld, table: DataTable) {
  const rows = (await scenarioCompanies(this)).map(companiesListRow);
  assertScreen(this, 'Companies list', ['Acumatica Customer', 'Company Name', 'Status'], rows, table, 'including');
});

Then('Better B2B lists the company {string} with status {string}', async function (this: SyncWorld, name: string, status: string) {
  const company = await companyFor(this, name);
  expect(company.status, `status of company ${name}`).to.equal(status);
  expect(company.created_at, 'Created At').to.be.a('string');
  if (status === 'APPROVED') expect(company.approved_at, 'Approved / Rejected On').to.be.a('string');
});

Then('the Created At and Approved \\/ Rejected On dates of company {string} are the day of the sync', async function (this: SyncWorld, name: string) {
  const company = await companyFor(this, name);
  const { startedAt, finishedAt } = this.syncRun().report;
  const days = new Set([startedAt.slice(0, 10), (finishedAt ?? startedAt).slice(0, 10)]);
  expect([...days], 'Created At').to.include(String(company.created_at).slice(0, 10));
  expect([...days], 'Approved / Rejected On').to.include(String(company.approved_at).slice(0, 10));
});

Then('Better B2B has no company for customer {string}', async function (this: SyncWorld, customerId: string) {
  expect(await this.b2b.companyOf(this.customerId(customerId)), `company of customer ${customerId}`).to.equal(undefined);
});

// Customer sync guide, step 5: Company Detail, with Basic Information, Company User(s), Address Book and User Roles.
Then('the Basic Information of company {string} shows:', async function (this: SyncWorld, name: string, table: DataTable) {
  assertForm(this, 'Basic Information', basicInformation(await companyFor(this, name)), table);
});

Then('the Address Book of company {string} shows:', async function (this: SyncWorld, name: string, table: DataTable) {
  const company = await companyFor(this, name);
  const rows = (await this.b2b.addresses(company.id)).map(addressBookRow);
  assertScreen(this, `Address Book of ${name}`, Object.keys(addressBookRow({})), rows, table, 'exactly');
});

// Contact sync guide, step 6: "Click on the [Company User(s)] you will be able to see the Username synced from Acumatica."
Then('the Company User\\(s) of company {string} are:', async function (this: SyncWorld, name: string, table: DataTable) {
  const company = await companyFor(this, name);
  const [users, roles] = await Promise.all([this.b2b.users(company.id), this.b2b.roles()]);
  assertScreen(this, `Company User(s) of ${name}`, Object.keys(companyUserRow({}, [])), users.map((user) => companyUserRow(user, roles)), table, 'exactly');
});

Then('company {string} has no Company User\\(s)', async function (this: SyncWorld, name: string) {
  const users = await this.b2b.users((await companyFor(this, name)).id);
  expect(users.map((user) => user.email), `Company User(s) of ${name}`).to.deep.equal([]);
});

Then('the User Roles of company {string} include:', async function (this: SyncWorld, name: string, table: DataTable) {
  await companyFor(this, name);
  assertScreen(this, `User Roles of ${name}`, ['Role Name', 'Type'], (await this.b2b.roles()).map(userRolesRow), table, 'including');
});

Then('Better B2B has one company for customer {string}', async function (this: SyncWorld, customerId: string) {
  expect(await this.b2b.companyOf(this.customerId(customerId)), `company of customer ${customerId}`).to.exist;
});
