import { Given, type DataTable } from '@cucumber/cucumber';
import {
  contactRecord,
  customerRecord,
  setKensiumCommerce,
  setSiteAssociations,
  setUpKensiumCommerce,
  type KensiumRecord,
} from './support/acumatica-records';
import { fieldOf } from './support/labels';
import { checkbox } from './support/text-match';
import type { SyncWorld } from './support/world';

/** The Site Association grid of the Kensium Commerce tab and the fields behind its columns. */
const SITE_ASSOCIATION: Record<string, string> = {
  'Config Site': 'ConfigSite',
  Active: 'Active',
  'Connector type': 'ConnectorType',
};

function siteRows(world: SyncWorld, table: DataTable): Array<Record<string, unknown>> {
  return table.hashes().map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([column, text]) => {
        const field = fieldOf(SITE_ASSOCIATION, column, 'the Site Association grid');
        const value = field === 'ConfigSite' ? world.aliases.connector(text) : text;
        return [field, field === 'Active' ? checkbox(value) : value];
      }),
    ),
  );
}

async function setRows(world: SyncWorld, record: KensiumRecord, table: DataTable): Promise<void> {
  await setSiteAssociations(world, record, siteRows(world, table));
}

Given(
  'Enable Kensium Commerce Framework is {checked} on the Kensium Commerce tab of customer {customer}',
  async function (this: SyncWorld, enabled: boolean, customerId: string) {
    await setKensiumCommerce(this, customerRecord(customerId), enabled);
  },
);

Given(
  'the Site Association of customer {customer} has the rows:',
  async function (this: SyncWorld, customerId: string, table: DataTable) {
    await setRows(this, customerRecord(customerId), table);
  },
);

Given(
  'customer {customer} is set up for Kensium Commerce on config site {site}',
  async function (this: SyncWorld, customerId: string, site: string) {
    await setUpKensiumCommerce(this, customerRecord(customerId), site);
  },
);

Given(
  'Enable Kensium Commerce Framework is {checked} on the Kensium Commerce tab of contact {string} of customer {customer}',
  async function (this: SyncWorld, enabled: boolean, name: string, customerId: string) {
    await setKensiumCommerce(this, await contactRecord(this, customerId, name), enabled);
  },
);

Given(
  'the Site Association of contact {string} of customer {customer} has the rows:',
  async function (this: SyncWorld, name: string, customerId: string, table: DataTable) {
    await setRows(this, await contactRecord(this, customerId, name), table);
  },
);

Given(
  'the contact {string} of customer {customer} is set up for Kensium Commerce on config site {site}',
  async function (this: SyncWorld, name: string, customerId: string, site: string) {
    await setUpKensiumCommerce(this, await contactRecord(this, customerId, name), site);
  },
);
