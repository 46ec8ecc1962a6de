import type { Company, CompanyPayload } from '../b2b/resources';
import { RemoteError } from '../errors';
import type { ApplyContext } from './context';
import { differs } from './writes';

/**
 * Finds, creates or updates the company of a customer: by its Commerce Reference ID, else by creating it
 * (adopting the existing one when Better B2B answers 409), and writes only when something differs.
 */
export async function upsertCompany(ctx: ApplyContext, payload: CompanyPayload, referenceId: string | undefined) {
  let current: Company | undefined;
  if (referenceId && /^\d+$/.test(referenceId)) {
    current = await ctx.b2b.getCompany(Number(referenceId));
    if (current && current.acumatica_customer_id !== payload.acumatica_customer_id) current = undefined;
  }
  // A stale reference, or a dry run that may not create: look the company up by customer id.
  if (!current && (referenceId || ctx.dryRun))
    current = await ctx.b2b.findCompanyByCustomerId(payload.acumatica_customer_id);
  if (!current) {
    if (ctx.dryRun) return { company: undefined, outcome: 'created' as const };
    try {
      const sent = await ctx.b2b.createCompany(payload);
      await ctx.log.wrote('Customer Sync', sent);
      return { company: sent.result, outcome: 'created' as const };
    } catch (error) {
      // 409: the company exists although Acumatica holds no reference to it (a run that stopped before
      // writing the Commerce Reference ID back). Adopt it instead of creating a duplicate.
      if (!(error instanceof RemoteError) || error.status !== 409) throw error;
      current = await ctx.b2b.findCompanyByCustomerId(payload.acumatica_customer_id);
      if (!current) throw error;
    }
  }
  if (!differs(payload, current)) return { company: current, outcome: 'unchanged' as const };
  if (ctx.dryRun) return { company: current, outcome: 'updated' as const };
  const sent = await ctx.b2b.updateCompany(current.id, payload);
  await ctx.log.wrote('Customer Sync', sent);
  return { company: sent.result, outcome: 'updated' as const };
}

/**
 * Updates a company whose id the last sync recorded and whose data changed since, without reading it
 * first; when Better B2B no longer has it (404), it is found or created as a new one.
 */
export async function updateKnownCompany(ctx: ApplyContext, companyId: number, payload: CompanyPayload) {
  if (ctx.dryRun) return { company: { id: companyId } as Company, outcome: 'updated' as const };
  try {
    const sent = await ctx.b2b.updateCompany(companyId, payload);
    await ctx.log.wrote('Customer Sync', sent);
    return { company: sent.result, outcome: 'updated' as const };
  } catch (error) {
    if (!(error instanceof RemoteError) || error.status !== 404) throw error;
    return upsertCompany(ctx, payload, undefined);
  }
}
