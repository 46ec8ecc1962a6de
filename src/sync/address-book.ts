import type { ApplyContext } from './context';
import type { ActionType } from './log-catalogue';
import type { AddressBookPlan } from './plan';
import type { ChildResult } from './report';
import { child, upsert } from './writes';

/** Brings the company's address book in line with the plan; addresses that no longer qualify are deleted. */
export async function syncAddresses(
  ctx: ApplyContext,
  book: AddressBookPlan,
  companyId: number,
  isNew: boolean,
): Promise<ChildResult[]> {
  const results: ChildResult[] = [];
  for (const skipped of book.skipped) {
    await ctx.log.skipped('Customer Location Sync', skipped.reason, skipped.record);
    results.push({ key: skipped.key, outcome: 'skipped', reason: skipped.reason });
  }
  const existing = isNew ? [] : await ctx.b2b.listAddresses(companyId);
  const byExternalId = new Map(existing.filter((a) => a.external_id).map((a) => [a.external_id as string, a]));
  const action = (address: { external_id?: string | null }): ActionType =>
    address.external_id?.startsWith('location:') ? 'Customer Location Sync' : 'Customer Sync';

  for (const stale of existing.filter(
    (a) => a.external_id && !book.desired.some((d) => d.payload.external_id === a.external_id),
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
  for (const { payload, writeBack } of book.desired) {
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
          if (writeBack && written.b2bId && !ctx.dryRun) ctx.writeBack.add(writeBack, written.b2bId);
          return written;
        },
      ),
    );
  }
  return results;
}
