import { Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import { unwrap } from './support/acumatica-view';
import type { SyncWorld } from './support/world';

Then(
  'the {string} site association of customer {string} carries the Commerce Reference ID of company {string}',
  async function (this: SyncWorld, site: string, customerId: string, companyName: string) {
    const company = await this.b2b.company(companyName);
    const customer = unwrap(await this.acumatica.customer(customerId));
    const rows = (customer.SiteAssociations ?? []).filter((row: Record<string, unknown>) => row.ConfigSite === site);
    expect(rows, `site association rows for ${site}`).to.have.length(1);
    expect(rows[0].CommerceReferenceID, 'Commerce Reference ID').to.equal(String(company.id));
  },
);
