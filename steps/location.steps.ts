import { Given, type DataTable } from '@cucumber/cucumber';
import { recordFromLabels } from './support/acumatica-records';
import { LOCATION_FIELDS } from './support/labels';
import type { SyncWorld } from './support/world';

/** Customer Locations: each row a location, created or changed (only the columns given are written). */
Given('customer {customer} has the locations:', async function (this: SyncWorld, customerId: string, table: DataTable) {
  for (const row of table.hashes()) {
    const pairs = Object.entries(row);
    await this.acumatica.put('CustomerLocation', {
      Customer: customerId,
      ...recordFromLabels(this, LOCATION_FIELDS, pairs, 'Customer Locations'),
    });
  }
});
