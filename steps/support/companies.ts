import type { B2BRecord } from './b2b-view';
import type { SyncWorld } from './world';

/**
 * The Better B2B company a step names, by company name or Acumatica customer ID. A name the scenario gave
 * a customer is looked up by that customer's ID (names need not be unique, and live runs leave old
 * companies of the same name); any other name must match exactly one company.
 */
export async function companyFor(world: SyncWorld, nameOrId: string): Promise<B2BRecord> {
  const company = await world.b2b.companyOf(world.customerId(nameOrId));
  if (company) return company;
  if (!world.customerNames.has(nameOrId)) {
    const named = await world.b2b.companiesNamed(nameOrId);
    if (named.length === 1) return named[0] as B2BRecord;
    if (named.length > 1) throw new Error(`Better B2B has ${named.length} companies named "${nameOrId}"; name the company by its Acumatica customer ID`);
  }
  throw new Error(`Better B2B has no company for "${nameOrId}" (Acumatica customer ${world.customerId(nameOrId)})`);
}

/** The companies of every customer the scenario created, as far as Better B2B has them. */
export async function scenarioCompanies(world: SyncWorld): Promise<B2BRecord[]> {
  const companies = await Promise.all([...new Set(world.customerNames.values())].map((id) => world.b2b.companyOf(world.customerId(id))));
  return companies.filter((company): company is B2BRecord => company !== undefined);
}
