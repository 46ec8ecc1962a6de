import type { CustomerLocation } from '../acumatica/records';
import type { AddressPayload } from '../b2b/resources';
import type { ActionType } from './log-catalogue';
import type { CustomerFamily, CustomerSyncContext } from './context';
import { mapBillingAddress, mapLocationAddress } from './mapping';
import type { ChildResult } from './report';
import { decideLocation } from './rules';
import { child, upsert } from './writes';

interface DesiredAddress {
  payload: AddressPayload;
  location?: CustomerLocation;
}

/** The addresses the company should have: the main address for billing, then each eligible location. */
export function desiredAddresses(family: CustomerFamily, includeLocations = true): DesiredAddress[] {
  const desired: DesiredAddress[] = [];
  const billing = mapBillingAddress(family.customer);
  if (billing) desired.push({ payload: billing });
  if (!includeLocations) return desired;
  for (const location of family.locations) {
    if (!decideLocation(location).eligible) continue;
    const payload = mapLocationAddress(location, family.customer);
    if (payload) desired.push({ payload, location });
  }
  return desired;
}

/** Brings the company's address book in line with Acumatica; addresses that no longer qualify are deleted. */
export async function syncAddresses(
  ctx: CustomerSyncContext,
  family: CustomerFamily,
  companyId: number,
  isNew: boolean,
): Promise<ChildResult[]> {
  const includeLocations = ctx.connector.IncludeLocations !== false;
  const results: ChildResult[] = [];
  if (includeLocations) {
    for (const location of family.locations) {
      const decision = decideLocation(location);
      if (!decision.eligible) {
        await ctx.log.skipped('Customer Location Sync', decision.reason, {
          entity: 'CustomerLocation',
          key: `${family.customer.CustomerID}/${location.LocationID}`,
        });
        results.push({
          key: location.LocationName ?? location.LocationID,
          outcome: 'skipped',
          reason: decision.reason,
        });
      }
    }
  }
  const desired = desiredAddresses(family, includeLocations);
  const existing = isNew ? [] : await ctx.b2b.listAddresses(companyId);
  const byExternalId = new Map(existing.filter((a) => a.external_id).map((a) => [a.external_id as string, a]));
  const action = (address: { external_id?: string | null }): ActionType =>
    address.external_id?.startsWith('location:') ? 'Customer Location Sync' : 'Customer Sync';

  for (const stale of existing.filter(
    (a) => a.external_id && !desired.some((d) => d.payload.external_id === a.external_id),
  )) {
    const url = ctx.b2b.url(`/address/${companyId}/${stale.id}`);
    results.push(
      await child(ctx, action(stale), stale.address_label, { payload: { delete: stale.id }, url }, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteAddress(companyId, stale.id);
          await ctx.log.deleted(action(stale), { address: stale.address_label }, url);
        }
        return { outcome: 'deleted', b2bId: stale.id };
      }),
    );
  }
  for (const { payload, location } of desired) {
    const current = byExternalId.get(payload.external_id);
    results.push(
      await child(
        ctx,
        action(payload),
        payload.address_label,
        { payload, url: ctx.b2b.url(`/address/${companyId}`) },
        async () => {
          const written = await upsert(ctx, current, payload, action(payload), {
            create: () => ctx.b2b.createAddress(companyId, payload),
            update: (id) => ctx.b2b.updateAddress(companyId, id, payload),
          });
          const wroteBack = Boolean(
            location && written.b2bId && !ctx.dryRun && (await ctx.writeBack.location(location, written.b2bId)),
          );
          return { ...written, wroteBack };
        },
      ),
    );
  }
  return results;
}
