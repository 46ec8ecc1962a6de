import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from 'chai';
import { SECRET_HEADER } from './support/push-connector';
import type { SyncWorld } from './support/world';

Given(
  'the connector serves push notifications with the secret {string}',
  async function (this: SyncWorld, secret: string) {
    await this.connector.serve(secret, 50);
  },
);

Given(
  'the connector waits {int} seconds of quiet before syncing a burst',
  async function (this: SyncWorld, seconds: number) {
    await this.connector.serve(this.connector.serving.options.secret, seconds * 1000);
  },
);

/** The push notification of the customization: a webhook to the connector, the secret in its header, the inquiry's columns. */
Given(
  'Acumatica sends push notifications about customers to the connector with the secret {string}',
  async function (this: SyncWorld, secret: string) {
    await this.mockControl.subscribeToPush({
      address: this.connector.serving.url,
      headerName: SECRET_HEADER,
      headerValue: secret,
      query: 'KN Customers',
      entity: 'Customer',
      fields: ['CustomerID', 'CustomerName', 'CustomerClass', 'CustomerType', 'Status', 'LastModifiedDateTime'],
    });
  },
);

When('Acumatica has delivered its push notifications', async function (this: SyncWorld) {
  await this.mockControl.pushDeliveries(true);
});

/** Until quiet: a sync's own write-back is a change too, and Acumatica notifies it; that one must sync nothing. */
When(
  'Acumatica has delivered its push notifications and the connector has synced what they name',
  async function (this: SyncWorld) {
    const runsBefore = this.connector.runs.length;
    for (let sent = -1; ;) {
      const deliveries = await this.mockControl.pushDeliveries(true);
      await this.connector.serving.idle();
      if (deliveries.length === sent) break;
      sent = deliveries.length;
    }
    for (const run of this.connector.runs.slice(runsBefore)) await this.connector.attachSummary(run);
  },
);

Then('every push notification was delivered', async function (this: SyncWorld) {
  const deliveries = await this.mockControl.pushDeliveries(true);
  expect(deliveries, 'push notifications').to.not.be.empty;
  expect(
    deliveries.filter((d) => d.status !== 'delivered'),
    'push notifications not delivered',
  ).to.deep.equal([]);
});

Then('every push notification failed with HTTP {int}', async function (this: SyncWorld, status: number) {
  const deliveries = await this.mockControl.pushDeliveries(true);
  expect(deliveries, 'push notifications').to.not.be.empty;
  expect(
    deliveries.map((d) => `${d.status} ${d.lastStatus}`),
    'push notifications',
  ).to.deep.equal(deliveries.map(() => `failed ${status}`));
});

/** Ctrl+C on `serve`: it stops listening and syncs what is still pending. */
When('the connector stops serving', async function (this: SyncWorld) {
  const runsBefore = this.connector.runs.length;
  await this.connector.serving.stop();
  for (const run of this.connector.runs.slice(runsBefore)) await this.connector.attachSummary(run);
});
