import { Then } from '@cucumber/cucumber';
import { contactName } from './support/acumatica-records';
import { unwrap } from './support/acumatica-view';
import { attachEvidence } from './support/evidence';
import { expectField } from './support/screen-checks';
import { contactTabPath, customerTabPath, siteAssociationEvidence } from './support/screen-evidence';
import type { SyncWorld } from './support/world';

/**
 * The Commerce Reference ID column of a Site Association grid, in the row of the connector's Config Site,
 * compared with the id of what the record became in Better B2B; the grid is attached as evidence.
 */
function expectReferenceId(world: SyncWorld, record: Record<string, any>, what: string, expected: string): void {
  const site = world.connector.configSite;
  if (!site)
    throw new Error(
      'No connector is configured in this scenario: add "Given the connector … is active for config site …".',
    );
  const rows = (record.SiteAssociations ?? []).filter((row: Record<string, unknown>) => row.ConfigSite === site);
  if (rows.length !== 1)
    throw new Error(`The Site Association of ${what}: expected one row for ${site}, Acumatica shows ${rows.length}`);
  expectField('Acumatica', `Commerce Reference ID of ${what} (row ${site})`, expected, rows[0].CommerceReferenceID);
}

/** Customer procedure, step 2 and 4: the Commerce Reference ID of a customer is the id of its company. */
Then(
  'the Site Association of customer {customer} shows the Commerce Reference ID of its company',
  async function (this: SyncWorld, customerId: string) {
    const company = await this.b2b.companyFor(customerId);
    const customer = unwrap(await this.acumatica.customer(customerId));
    await attachEvidence(
      this,
      `site-association-customer-${customerId}`,
      siteAssociationEvidence(
        'Customers',
        `customer ${customerId}; its company in Better B2B is ${company.id}`,
        customer,
        customerTabPath(customerId, 'kensium-commerce'),
      ),
    );
    expectReferenceId(this, customer, `customer ${customerId}`, String(company.id));
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
    await attachEvidence(
      this,
      `site-association-contact-${name}`,
      siteAssociationEvidence(
        'Contacts',
        `contact ${name} of customer ${customerId}; its company user in Better B2B is ${user?.id ?? 'missing'}`,
        contact,
        contactTabPath(contact.ContactID, 'kensium-commerce'),
      ),
    );
    if (!user)
      throw new Error(
        `Company User(s) of the company of customer ${customerId}: expected a user with the email ${contact.Email}, Better B2B shows none`,
      );
    expectReferenceId(this, contact, `contact ${name}`, String(user.id));
  },
);

/** The Commerce Reference ID of a location is the id of the address it became (found by its label, the Location Name). */
Then(
  'the Site Association of location {string} of customer {customer} shows the Commerce Reference ID of its address',
  async function (this: SyncWorld, locationId: string, customerId: string) {
    const location = (await this.acumatica.locationsOf(customerId)).find((l) => l.LocationID === locationId);
    if (!location) throw new Error(`Customer ${customerId} has no location ${locationId}`);
    const company = await this.b2b.companyFor(customerId);
    const label = location.LocationName ?? locationId;
    const address = (await this.b2b.addresses(company.id)).find((a) => a.address_label === label);
    await attachEvidence(
      this,
      `site-association-location-${locationId}`,
      siteAssociationEvidence(
        'Customer Locations',
        `location ${locationId} of customer ${customerId}; its address in Better B2B is ${address?.id ?? 'missing'}`,
        location,
      ),
    );
    if (!address)
      throw new Error(
        `Address Book of the company of customer ${customerId}: expected the address "${label}", Better B2B shows none`,
      );
    expectReferenceId(this, location, `location ${locationId}`, String(address.id));
  },
);
