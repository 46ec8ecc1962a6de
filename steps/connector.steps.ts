import { Given } from '@cucumber/cucumber';
import type { SyncWorld } from './support/world';

/** The connector configuration in Acumatica (its site, type and preferences), as the sync reads it. */
Given(
  'the connector {site} is active for config site {site} with connector type {string}',
  async function (this: SyncWorld, connectorId: string, site: string, type: string) {
    await this.acumatica.put('ConnectorConfiguration', {
      ConnectorID: connectorId,
      Active: true,
      ConfigSite: site,
      ConnectorType: type,
      CustomerClasses: '',
      IncludeContacts: true,
      IncludeLocations: true,
    });
    this.connector.id = connectorId;
    this.connector.configSite = site;
  },
);

Given('the connector {site} is not enabled', async function (this: SyncWorld, connectorId: string) {
  await this.acumatica.put('ConnectorConfiguration', { ConnectorID: connectorId, Active: false });
});

Given(
  'the Customer Class filter of the connector {site} is {string}',
  async function (this: SyncWorld, connectorId: string, classes: string) {
    await this.acumatica.put('ConnectorConfiguration', { ConnectorID: connectorId, CustomerClasses: classes });
  },
);

Given(
  'Include Contacts is {checked} on the connector {site}',
  async function (this: SyncWorld, checked: boolean, connectorId: string) {
    await this.acumatica.put('ConnectorConfiguration', { ConnectorID: connectorId, IncludeContacts: checked });
  },
);

Given(
  'Include Locations is {checked} on the connector {site}',
  async function (this: SyncWorld, checked: boolean, connectorId: string) {
    await this.acumatica.put('ConnectorConfiguration', { ConnectorID: connectorId, IncludeLocations: checked });
  },
);
