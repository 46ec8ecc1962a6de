import { Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import { contactName } from './support/acumatica-records';
import { unwrap } from './support/acumatica-view';
import type { SyncWorld } from './support/world';

/** The Commerce Reference ID column of a Site Association grid, in the row of the connector's Config Site. */
function referenceId(world: SyncWorld, record: Record<string, any>, what: string): string | undefined {
  const site = world.connector.configSite;
  if (!site)
    throw new Error(
      'No connector is configured in this scenario: add "Given the connector … is active for config site …".',
    );
  const rows = (record.SiteAssociations ?? []).filter((row: Record<string, unknown>) => row.ConfigSite === site);
  expect(rows, `the ${site} rows of the Site Association of ${what}`).to.have.length(1);
  return rows[0].CommerceReferenceID;
}

Then(
  'the Site Association of customer {customer} shows the Commerce Reference ID of its company',
  async function (this: SyncWorld, customerId: string) {
    const company = await this.b2b.companyFor(customerId);
    const customer = unwrap(await this.acumatica.customer(customerId));
    expect(referenceId(this, customer, `customer ${customerId}`), 'Commerce Reference ID (the company id)').to.equal(
      String(company.id),
    );
  },
);

/** Contact procedure, step 4: the Commerce Reference ID of a contact is the id of its company user. */
Then(
  'the Site Association of contact {string} of customer {customer} shows the Commerce Reference ID of its company user',
  async function (this: SyncWorld, name: string, customerId: string) {
    const contact = (await this.acumatica.contactsOf(customerId)).find((c) => contactName(c) === name);
    if (!contact) throw new Error(`Customer ${customerId} has no contact named "${name}"`);
    const company = await this.b2b.companyFor(customerId);
    const user = (await this.b2b.users(company.id)).find((u) => u.email === String(contact.Email).toLowerCase());
    expect(user, `the company user of ${contact.Email}`).to.exist;
    expect(referenceId(this, contact, `contact ${name}`), 'Commerce Reference ID (the user id)').to.equal(
      String(user?.id),
    );
  },
);

/** The Commerce Reference ID of a location is the id of the address it became (found by its label, the Location Name). */
Then(
  'the Site Association of location {string} of customer {customer} shows the Commerce Reference ID of its address',
  async function (this: SyncWorld, locationId: string, customerId: string) {
    const location = (await this.acumatica.locationsOf(customerId)).find((l) => l.LocationID === locationId);
    if (!location) throw new Error(`Customer ${customerId} has no location ${locationId}`);
    const company = await this.b2b.companyFor(customerId);
    const address = (await this.b2b.addresses(company.id)).find(
      (a) => a.address_label === (location.LocationName ?? locationId),
    );
    expect(address, `the address "${location.LocationName}"`).to.exist;
    expect(referenceId(this, location, `location ${locationId}`), 'Commerce Reference ID (the address id)').to.equal(
      String(address?.id),
    );
  },
);
