import type { CompanyUser, UserPayload } from '../b2b/resources';
import type { ApplyContext } from './context';
import type { UsersPlan } from './plan';
import type { ChildResult } from './report';
import { child, upsert } from './writes';

/** Brings the company's users in line with the plan; the Primary Admin is written last. */
export async function syncUsers(
  ctx: ApplyContext,
  users: UsersPlan | undefined,
  companyId: number,
  isNew: boolean,
): Promise<ChildResult[]> {
  if (!users) return [];
  const results: ChildResult[] = [];
  for (const skipped of users.skipped) {
    await ctx.log.skipped('Customer Contact Sync', skipped.reason, skipped.record);
    results.push({ key: skipped.key, outcome: 'skipped', reason: skipped.reason });
  }
  const existing = isNew ? [] : await ctx.b2b.listUsers(companyId);
  const findExisting = (payload: UserPayload): CompanyUser | undefined =>
    existing.find((user) => user.external_id === payload.external_id) ??
    existing.find((user) => user.email.toLowerCase() === payload.email);

  // Users that came from Acumatica contacts which no longer qualify are removed; users created on the storefront stay.
  const wanted = new Set(users.desired.map((d) => findExisting(d.payload)?.id));
  for (const stale of existing.filter((user) => user.external_id && !wanted.has(user.id))) {
    const url = ctx.b2b.url(`/company/${companyId}/users/${stale.id}`);
    results.push(
      await child(ctx, 'Customer Contact Sync', stale.email, { payload: { delete: stale.id }, url }, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteUser(companyId, stale.id);
          await ctx.log.deleted('Customer Contact Sync', { user: stale.email }, url);
        }
        return { outcome: 'deleted', b2bId: stale.id };
      }),
    );
  }
  // The Primary Admin is written last, so that a hand-over first demotes the previous one.
  const ordered = [...users.desired].sort(
    (a, b) => Number(a.payload.is_primary_admin) - Number(b.payload.is_primary_admin),
  );
  for (const { payload, writeBack } of ordered) {
    results.push(
      await child(
        ctx,
        'Customer Contact Sync',
        payload.email,
        { payload, url: ctx.b2b.url(`/company/${companyId}/users`) },
        async () => {
          const written = await upsert(ctx, findExisting(payload), payload, 'Customer Contact Sync', {
            create: () => ctx.b2b.createUser(companyId, payload),
            update: (id) => ctx.b2b.updateUser(companyId, id, payload),
          });
          if (written.b2bId && !ctx.dryRun) ctx.writeBack.add(writeBack, written.b2bId);
          return written;
        },
      ),
    );
  }
  return results;
}
