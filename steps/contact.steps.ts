import { Given, Then, type DataTable } from '@cucumber/cucumber';
import { contactName, contactRecord, createContact, recordFromLabels, setPrimary } from './support/acumatica-records';
import { unwrap } from './support/acumatica-view';
import { CONTACT_FIELDS } from './support/labels';
import { expectedRows } from './support/b2b-tables';
import { attachEvidence, table } from './support/evidence';
import { expectRows } from './support/screen-checks';
import { customerTabPath } from './support/screen-evidence';
import type { SyncWorld } from './support/world';

/** Step 1 of the contact procedure: a new contact on the Customer screen. */
Given(
  'customer {customer} has a contact {string} with email {email}',
  async function (this: SyncWorld, customerId: string, name: string, email: string) {
    await createContact(this, customerId, name, email);
  },
);

async function updateContact(this: SyncWorld, name: string, customerId: string, table: DataTable): Promise<void> {
  const { keys } = await contactRecord(this, customerId, name);
  await this.acumatica.put('Contact', {
    ...keys,
    ...recordFromLabels(this, CONTACT_FIELDS, table.raw() as Array<[string, string]>, 'a contact'),
  });
}

Given('the contact {string} of customer {customer} has:', updateContact);

/** Step 7: the Primary box of the contact in the Contacts grid of the customer. */
Given(
  'the contact {string} of customer {customer} is marked Primary',
  async function (this: SyncWorld, name: string, customerId: string) {
    await setPrimary(this, customerId, name, true);
  },
);

Given(
  'the Primary box of contact {string} of customer {customer} is {checked}',
  async function (this: SyncWorld, name: string, customerId: string, checked: boolean) {
    await setPrimary(this, customerId, name, checked);
  },
);

/** Step 2: the contact is reflected on the grid of the Contacts tab (other contacts may be listed too). */
Then(
  'the Contacts tab of customer {customer} lists at least these rows:',
  async function (this: SyncWorld, customerId: string, dataTable: DataTable) {
    const customer = unwrap(await this.acumatica.customer(customerId, 'Contacts,Contacts/Contact'));
    const rows = (customer.Contacts ?? []).map((row: Record<string, any>) => ({
      ...row.Contact,
      Primary: row.Contact?.ContactID === customer.PrimaryContactID,
    }));
    const cell = (row: Record<string, any>, column: string) =>
      column === 'Contact'
        ? contactName(row)
        : column === 'Primary'
          ? row.Primary
          : row[CONTACT_FIELDS[column] ?? column];
    const columns = ['Contact', 'Email', 'Phone 1', 'Active', 'Primary'];
    await attachEvidence(this, `contacts-tab-${customerId}`, {
      system: 'Acumatica',
      screen: 'Customers: Contacts tab',
      subject: `customer ${customerId}`,
      sections: [
        table(
          'Contacts',
          columns,
          rows.map((row: Record<string, any>) => columns.map((c) => cell(row, c))),
        ),
      ],
      uiPath: customerTabPath(customerId, 'contacts'),
    });
    expectRows({
      system: 'Acumatica',
      where: `The Contacts tab of customer ${customerId}`,
      rule: 'at least',
      expected: expectedRows(this, dataTable),
      shown: rows,
      cell,
    });
  },
);
