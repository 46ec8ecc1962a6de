import { Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import type { Plain } from './support/acumatica-view';
import { companyFor } from './support/companies';
import type { SyncWorld } from './support/world';

// Contact sync guide, step 4: "Once the customer, contacts and location are synced the commerce reference ID
// will be generated and updated under the Commerce Reference ID."

function referenceIds(record: Plain, site: string): unknown[] {
  return ((record.SiteAssociations ?? []) as Plain[]).filter((row) => row.ConfigSite === site).map((row) => row.CommerceReferenceID);
}

Then(
  'the {string} site association of customer {string} carries the Commerce Reference ID of company {string}',
  async function (this: SyncWorld, site: string, customerId: string, companyName: string) {
    const company = await companyFor(this, companyName);
    const customer = await this.acumatica.customer(this.customerId(customerId));
    expect(referenceIds(customer, site), `Commerce Reference ID of customer ${customerId} for ${site}`).to.deep.equal([String(company.id)]);
  },
);

Then(
  'the {string} site association of contact {string} carries the Commerce Reference ID of user {string}',
  async function (this: SyncWorld, site: string, name: string, email: string) {
    const { contactId, customer } = this.contact(name);
    const users = await this.b2b.users((await companyFor(this, customer)).id);
    const user = users.find((u) => u.email === this.ids.toRun(email));
    expect(user, `Company User ${email} in ${JSON.stringify(users.map((u) => u.email))}`).to.exist;
    expect(referenceIds(await this.acumatica.contact(contactId), site), `Commerce Reference ID of contact ${name} for ${site}`).to.deep.equal([String(user?.id)]);
  },
);

Then(
  'the {string} site association of location {string} of customer {string} carries the Commerce Reference ID of address {string}',
  async function (this: SyncWorld, site: string, locationId: string, customerId: string, label: string) {
    const addresses = await this.b2b.addresses((await companyFor(this, customerId)).id);
    const address = addresses.find((a) => a.address_label === label);
    expect(address, `address ${label} in ${JSON.stringify(addresses.map((a) => a.address_label))}`).to.exist;
    const location = (await this.acumatica.locations(this.customerId(customerId))).find((l) => l.LocationID === locationId);
    expect(location, `location ${locationId} of customer ${customerId}`).to.exist;
    expect(referenceIds(location as Plain, site), `Commerce Reference ID of location ${locationId} for ${site}`).to.deep.equal([String(address?.id)]);
  },
);

Then('the {string} site association of customer {string} has no Commerce Reference ID', async function (this: SyncWorld, site: string, customerId: string) {
  const customer = await this.acumatica.customer(this.customerId(customerId));
  expect(referenceIds(customer, site).filter(Boolean), `Commerce Reference ID of customer ${customerId} for ${site}`).to.deep.equal([]);
});
