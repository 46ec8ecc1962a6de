import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { createContact, setContactFields, setPrimary } from './support/acumatica-setup';
import { assertScreen } from './support/screen-assert';
import { contactsTabRow } from './support/screens';
import type { SyncWorld } from './support/world';

const CONTACTS_TAB_COLUMNS = ['Active', 'Contact', 'Job Title', 'Primary', 'Email', 'Phone 1'];

// Contact sync guide, step 1: "On the Customer Screen create a new contact."
async function newContact(this: SyncWorld, name: string, customerId: string, email: string, phone: string) {
  await createContact(this, name, customerId, { Email: this.ids.email(email), Phone1: phone, KensiumCommerceEnabled: false });
}
Given('the contact {string} of customer {string} with email {string} and phone {string}', newContact);
When('I create the contact {string} on customer {string} with email {string} and phone {string}', newContact);

// Contact sync guide, step 3: the contact's own Kensium Commerce tab and Site Association grid.
Given(
  'Kensium Commerce is enabled on contact {string} with an active {string} site association for {string}',
  async function (this: SyncWorld, name: string, type: string, site: string) {
    const { contactId } = this.contact(name);
    await this.acumatica.put('Contact', { ContactID: contactId, KensiumCommerceEnabled: true, SiteAssociations: [{ ConfigSite: site, ConnectorType: type, Active: true }] });
  },
);

Given('contact {string} has:', async function (this: SyncWorld, name: string, fields: DataTable) {
  await setContactFields(this, name, fields.raw() as Array<[string, string]>);
});

Given('contact {string} has {contactField} {string}', async function (this: SyncWorld, name: string, label: string, value: string) {
  await setContactFields(this, name, [[label, value]]);
});

// Contact sync guide, step 7: "The primary contact check box should be checked in Acumatica".
Given('the contact {string} is marked Primary', async function (this: SyncWorld, name: string) {
  await setPrimary(this, name, true);
});

Given('the Primary box of contact {string} is {checkbox}', async function (this: SyncWorld, name: string, checked: boolean) {
  await setPrimary(this, name, checked);
});

// Contact sync guide, step 2: "The contact will be reflected on the grid."
Then('the Contacts tab of customer {string} shows:', async function (this: SyncWorld, customerId: string, table: DataTable) {
  const customer = await this.acumatica.customer(this.customerId(customerId));
  const rows = (await this.acumatica.contacts(customer.CustomerID)).map((contact) => contactsTabRow(contact, customer.PrimaryContactID));
  assertScreen(this, `Contacts tab of customer ${customerId}`, CONTACTS_TAB_COLUMNS, rows, table, 'exactly');
});
