import { Given } from '@cucumber/cucumber';
import type { SyncWorld } from './support/world';

/**
 * The connector configuration the sync runs. Against the mocks it is the documents' B2BQASTORE; live,
 * each scenario gets a connector of its own (same config site), so that switching it off or filtering its
 * customer classes does not touch other scenarios or later runs.
 */
async function configureConnector(world: SyncWorld, connectorId: string, settings: Record<string, unknown>): Promise<void> {
  const runId = world.ids.connector(connectorId);
  world.config = { ...world.config, CONNECTOR_ID: runId };
  await world.acumatica.put('ConnectorConfiguration', { ConnectorID: runId, ...settings });
}

Given(
  'the connector {string} is active for config site {string} with connector type {string}',
  async function (this: SyncWorld, connectorId: string, site: string, type: string) {
    await configureConnector(this, connectorId, { Name: connectorId, Active: true, ConfigSite: site, ConnectorType: type, CustomerClasses: '', IncludeLocations: true, IncludeContacts: true });
  },
);

// The Logs screen of the customer sync guide shows "The connector has not been enabled" for a connector switched off.
Given('the connector {string} is not enabled', async function (this: SyncWorld, connectorId: string) {
  await configureConnector(this, connectorId, { Active: false });
});

Given('the connector {string} syncs only the customer classes {string}', async function (this: SyncWorld, connectorId: string, classes: string) {
  await configureConnector(this, connectorId, { CustomerClasses: classes });
});
