import { When } from '@cucumber/cucumber';
import type { SyncWorld } from './support/world';

When('the customer sync runs for customer {string}', async function (this: SyncWorld, customerId: string) {
  await this.sync({ kind: 'customer', customerId });
});

When('the customer sync runs for all customers', async function (this: SyncWorld) {
  await this.sync({ kind: 'all' });
});
