import { isTransient } from '../errors';
import type { RecordState } from '../state/sync-state';
import { syncAddresses } from './address-book';
import { syncUsers } from './company-users';
import { updateKnownCompany, upsertCompany } from './company-writer';
import type { ApplyContext } from './context';
import { fingerprintOf, joinParts, splitParts } from './fingerprint';
import type { CustomerPlan, PlanWarning, SyncPlan } from './plan';
import type { CustomerResult } from './report';

export type { ApplyContext } from './context';

/**
 * Applies one customer's plan: creates or updates its company, address book and users in Better B2B,
 * writes the Commerce Reference IDs back and logs every action; `previous` is what the last run recorded
 * for the customer. Never throws: a failure is a result.
 */
export async function applyPlan(
  ctx: ApplyContext,
  plan: CustomerPlan,
  previous: RecordState | undefined,
): Promise<CustomerResult> {
  const { customer } = plan;
  const result: CustomerResult = {
    customerId: customer.CustomerID,
    name: customer.CustomerName,
    outcome: 'unchanged',
    users: [],
    addresses: [],
    referenceIdsWritten: 0,
  };
  if (!plan.sync && 'unreadable' in plan) {
    await ctx.log.recordProblem('Customer Sync', plan.reason, { entity: 'Customer', key: customer.CustomerID });
    return { ...result, outcome: 'failed', reason: plan.reason };
  }
  if (!plan.sync) {
    // The same "no" as last time was logged then; a record that did not change writes nothing.
    if (previous?.status !== 'filtered' || previous.reason !== plan.reason) {
      await ctx.log.skipped('Customer Sync', plan.reason, { entity: 'Customer', key: customer.CustomerID });
    }
    return { ...result, outcome: 'skipped', reason: plan.reason };
  }
  const { payload, referenceId } = plan.company;
  const parts = fingerprintOf(plan);
  result.fingerprint = joinParts(parts);
  if (plan.warnings.length > 0) result.warnings = plan.warnings.map((warning) => warning.text);
  // What Better B2B already holds, part by part, as the last successful sync recorded it.
  // A plan with children that fail is applied in full, so that each failure is logged again.
  const known =
    !ctx.verify &&
    plan.addresses.failed.length === 0 &&
    (plan.users?.failed.length ?? 0) === 0 &&
    previous?.status === 'processed' &&
    previous.companyId !== undefined &&
    referenceId === String(previous.companyId)
      ? splitParts(previous.fingerprint)
      : undefined;
  if (known && previous?.fingerprint === result.fingerprint)
    return { ...result, company: 'unchanged', companyId: previous.companyId };
  try {
    const { company, outcome } =
      known && previous?.companyId !== undefined
        ? known.company === parts.company
          ? { company: { id: previous.companyId }, outcome: 'unchanged' as const }
          : await updateKnownCompany(ctx, previous.companyId, payload)
        : await upsertCompany(ctx, payload, referenceId);
    result.company = outcome;
    result.companyId = company?.id;
    if (company) {
      const isNew = outcome === 'created';
      if (known?.addresses !== parts.addresses || isNew) {
        result.addresses = await syncAddresses(ctx, plan.addresses, company.id, isNew);
        await logWarnings(ctx, plan, 'addresses');
      }
      if (known?.users !== parts.users || isNew) {
        result.users = await syncUsers(ctx, plan.users, company.id, isNew);
        await logWarnings(ctx, plan, 'users');
      }
      if (!ctx.dryRun) ctx.writeBack.add(plan.company.writeBack, company.id);
    } else {
      // Dry run of a new company: everything under it would be created.
      result.addresses = plan.addresses.desired.map((a) => ({ key: a.payload.address_label, outcome: 'created' }));
      result.users = (plan.users?.desired ?? []).map((u) => ({ key: u.payload.email, outcome: 'created' }));
    }
  } catch (error) {
    const reason = await ctx.log.failed('Customer Sync', { payload, url: ctx.b2b.url('/company') }, error);
    // What the run got through stays linked: the IDs of the users and addresses it wrote are written back.
    await writeBack(ctx, customer.CustomerID);
    return { ...result, outcome: 'failed', reason, transient: isTransient(error) };
  }
  const back = await writeBack(ctx, customer.CustomerID);
  if ('reason' in back) return { ...result, outcome: 'failed', reason: back.reason };
  result.referenceIdsWritten = back.written;
  const failed = [...result.users, ...result.addresses].filter((child) => child.outcome === 'failed');
  if (failed.length > 0)
    return {
      ...result,
      outcome: 'failed',
      reason: failed.map((child) => `${child.key}: ${child.reason}`).join('; '),
      transient: failed.every((child) => child.transient),
    };
  const wrote =
    result.company !== 'unchanged' ||
    [...result.users, ...result.addresses].some(
      (child) => child.outcome !== 'unchanged' && child.outcome !== 'skipped',
    );
  return { ...result, outcome: wrote ? 'synced' : 'unchanged' };
}

/** Writes back the customer's Commerce Reference IDs in one request; a failure is an ERROR row and its reason. */
async function writeBack(ctx: ApplyContext, customerId: string): Promise<{ written: number } | { reason: string }> {
  const request = ctx.writeBack.request(customerId);
  try {
    return { written: await ctx.writeBack.flush(customerId) };
  } catch (error) {
    return { reason: await ctx.log.failed('Customer Sync', request, error) };
  }
}

/** A warning's row is written with its part, so it comes again only when that part changes. */
async function logWarnings(ctx: ApplyContext, plan: SyncPlan, part: PlanWarning['part']): Promise<void> {
  const action = part === 'users' ? 'Customer Contact Sync' : 'Customer Sync';
  for (const warning of plan.warnings.filter((w) => w.part === part))
    await ctx.log.warning(action, warning.text, plan.customer.CustomerID);
}
