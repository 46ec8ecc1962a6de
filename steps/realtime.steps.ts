import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from 'chai';
import { PushConnector, SECRET_HEADER } from './support/push-connector';
import type { SyncWorld } from './support/world';

/** `serve` in the scenario: the real push receiver on a free port, syncing each batch as `serve` does. */
async function serve(world: SyncWorld, secret: string, quietMs: number): Promise<void> {
  await world.pushConnector?.stop();
  world.pushConnector = new PushConnector({
    secret,
    quietMs,
    sync: async (customerIds) => void (await world.sync({ kind: 'customers', customerIds }, {}, false)),
  });
  await world.pushConnector.start();
}

function connector(world: SyncWorld): PushConnector {
  if (!world.pushConnector)
    throw new Error(
      'The connector is not serving: add "Given the connector serves push notifications with the secret …".',
    );
  return world.pushConnector;
}

Given(
  'the connector serves push notifications with the secret {string}',
  async function (this: SyncWorld, secret: string) {
    await serve(this, secret, 50);
  },
);

Given(
  'the connector waits {int} seconds of quiet before syncing a burst',
  async function (this: SyncWorld, seconds: number) {
    await serve(this, connector(this).options.secret, seconds * 1000);
  },
);

/** The push notification of the customization: a webhook to the connector, the secret in its header, the inquiry's columns. */
Given(
  'Acumatica sends push notifications about customers to the connector with the secret {string}',
  async function (this: SyncWorld, secret: string) {
    await this.mockControl.subscribeToPush({
      address: connector(this).url,
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
    const runsBefore = this.runs.length;
    for (let sent = -1; ;) {
      const deliveries = await this.mockControl.pushDeliveries(true);
      await connector(this).idle();
      if (deliveries.length === sent) break;
      sent = deliveries.length;
    }
    for (const run of this.runs.slice(runsBefore)) await this.attachSummary(run);
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
  const runsBefore = this.runs.length;
  await connector(this).stop();
  for (const run of this.runs.slice(runsBefore)) await this.attachSummary(run);
});
