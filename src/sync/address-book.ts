import type { ApplyContext } from './context';
import type { ActionType } from './log-catalogue';
import type { AddressBookPlan } from './plan';
import type { ChildResult } from './report';
import { child, keptExternalIds, plannedFailures, upsert } from './writes';

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
  results.push(...(await plannedFailures(ctx, 'Customer Location Sync', book.failed)));
  const existing = isNew ? [] : await ctx.b2b.listAddresses(companyId);
  const byExternalId = new Map(existing.filter((a) => a.external_id).map((a) => [a.external_id as string, a]));
  const action = (address: { external_id?: string | null }): ActionType =>
    address.external_id?.startsWith('location:') ? 'Customer Location Sync' : 'Customer Sync';
  /** Names the location (or the main address) and its customer in log rows. */
  const about = (externalId: string | null | undefined) =>
    externalId?.startsWith('location:')
      ? `location ${externalId.slice('location:'.length)} of customer ${book.customerId}`
      : `the main address of customer ${book.customerId}`;

  // The addresses of locations that failed (not read) are left alone: nothing is known of them.
  const kept = keptExternalIds(book.failed);
  const stale = existing.filter(
    (a) =>
      kept &&
      a.external_id &&
      !kept.has(a.external_id) &&
      !book.desired.some((d) => d.payload.external_id === a.external_id),
  );
  for (const address of stale) {
    const url = ctx.b2b.url(`/address/${companyId}/${address.id}`);
    const sent = { payload: { delete: address.id }, url, about: about(address.external_id) };
    results.push(
      await child(ctx, action(address), address.address_label, sent, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteAddress(companyId, address.id);
          await ctx.log.deleted(action(address), { address: address.address_label }, url, sent.about);
        }
        return { outcome: 'deleted', b2bId: address.id };
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
        { payload, url: ctx.b2b.url(`/address/${companyId}`), about: about(payload.external_id) },
        async () => {
          const written = await upsert(ctx, current, payload, action(payload), {
            create: () => ctx.b2b.createAddress(companyId, payload),
            update: (id) => ctx.b2b.updateAddress(companyId, id, payload),
            find: async () =>
              (await ctx.b2b.listAddresses(companyId)).find((a) => a.external_id === payload.external_id),
          });
          if (writeBack && written.b2bId && !ctx.dryRun) ctx.writeBack.add(writeBack, written.b2bId);
          return written;
        },
      ),
    );
  }
  return results;
}
