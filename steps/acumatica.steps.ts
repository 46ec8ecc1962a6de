import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { createCustomer, removeCustomer, setCustomerFields } from './support/acumatica-setup';
import type { SyncWorld } from './support/world';

// Customer sync guide, step 1: "you must create the Customer type as B2B. Also, the email address is mandatory."
Given(
  'an Acumatica customer {string} named {string} of type {string} with account email {string}',
  async function (this: SyncWorld, customerId: string, name: string, type: string, email: string) {
    await createCustomer(this, customerId, { CustomerName: name, CustomerType: type, Status: 'Active', KensiumCommerceEnabled: false, MainContact: { Email: this.ids.email(email) } });
  },
);

Given('customer {string} has:', async function (this: SyncWorld, customerId: string, fields: DataTable) {
  await setCustomerFields(this, customerId, fields.raw() as Array<[string, string]>);
});

Given('customer {string} has {customerField} {string}', async function (this: SyncWorld, customerId: string, label: string, value: string) {
  await setCustomerFields(this, customerId, [[label, value]]);
});

// Customer sync guide, step 2: the Kensium Commerce tab, Enable Kensium Commerce Framework, the Site Association grid.
Given(
  'Kensium Commerce is enabled on customer {string} with an active {string} site association for {string}',
  async function (this: SyncWorld, customerId: string, type: string, site: string) {
    await this.acumatica.put('Customer', { CustomerID: this.customerId(customerId), KensiumCommerceEnabled: true, SiteAssociations: [{ ConfigSite: site, ConnectorType: type, Active: true }] });
  },
);

Given(
  'customer {string} has the default location {string} named {string} at its main address',
  async function (this: SyncWorld, customerId: string, locationId: string, name: string) {
    const customer = await this.acumatica.customer(this.customerId(customerId));
    const { Attention, Phone1, Address } = customer.MainContact ?? {};
    await this.acumatica.put('CustomerLocation', {
      Customer: customer.CustomerID,
      LocationID: locationId,
      LocationName: name,
      Active: true,
      Default: true,
      LocationContact: { Attention: Attention ?? customer.CustomerName, Phone1, Address: Address ?? {} },
    });
  },
);

When(
  'I save an Acumatica customer {string} named {string} of type {string} without an account email',
  async function (this: SyncWorld, customerId: string, name: string, type: string) {
    this.lastSave = await this.acumatica.save('Customer', { CustomerID: await removeCustomer(this, customerId), CustomerName: name, CustomerType: type, Status: 'Active', MainContact: { Email: '' } });
  },
);

Then('Acumatica refuses to save it with {string}', async function (this: SyncWorld, message: string) {
  expect(this.lastSave, 'the answer to the save').to.exist;
  expect(this.lastSave?.status, `HTTP status of the save: ${JSON.stringify(this.lastSave?.data)}`).to.equal(422);
  expect(JSON.stringify(this.lastSave?.data), 'the errors Acumatica shows').to.include(message);
});

Then('Acumatica has no customer {string}', async function (this: SyncWorld, customerId: string) {
  expect(await this.acumatica.findCustomer(this.customerId(customerId)), `customer ${customerId}`).to.equal(undefined);
});
