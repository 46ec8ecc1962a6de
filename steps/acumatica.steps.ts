import { Given } from '@cucumber/cucumber';
import type { SyncWorld } from './support/world';

Given(
  'the connector {string} is active for config site {string} with connector type {string}',
  async function (this: SyncWorld, connectorId: string, site: string, type: string) {
    await this.acumatica.put('ConnectorConfiguration', { ConnectorID: connectorId, Active: true, ConfigSite: site, ConnectorType: type });
  },
);

Given(
  'the Acumatica customer {string} named {string} of class {string} has customer type {string} and account email {string}',
  async function (this: SyncWorld, customerId: string, name: string, customerClass: string, type: string, email: string) {
    await this.acumatica.put('Customer', { CustomerID: customerId, CustomerName: name, CustomerClass: customerClass, CustomerType: type, MainContact: { Email: email } });
  },
);

Given(
  'Kensium Commerce is enabled on customer {string} with an active {string} site association for {string}',
  async function (this: SyncWorld, customerId: string, type: string, site: string) {
    await this.acumatica.put('Customer', { CustomerID: customerId, KensiumCommerceEnabled: true, SiteAssociations: [{ ConfigSite: site, ConnectorType: type, Active: true }] });
  },
);
