import type { CompanyUser, UserPayload } from '../b2b/resources';
import type { ApplyContext } from './context';
import type { UsersPlan } from './plan';
import type { ChildResult } from './report';
import { child, keptExternalIds, plannedFailures, upsert } from './writes';

/** Brings the company's users in line with the plan; the Primary Admin is written last. */
export async function syncUsers(
  ctx: ApplyContext,
  users: UsersPlan | undefined,
  companyId: number,
  isNew: boolean,
): Promise<ChildResult[]> {
  if (!users) return [];
  const results: ChildResult[] = [];
  const about = (contactId: string | number | null | undefined) =>
    `contact ${contactId ?? '?'} of customer ${users.customerId}`;
  for (const skipped of users.skipped) {
    await ctx.log.skipped('Customer Contact Sync', skipped.reason, skipped.record);
    results.push({ key: skipped.key, outcome: 'skipped', reason: skipped.reason });
  }
  results.push(...(await plannedFailures(ctx, 'Customer Contact Sync', users.failed)));
  const existing = isNew ? [] : await ctx.b2b.listUsers(companyId);
  const findExisting = (payload: UserPayload) => matching(existing, payload);

  // Users that came from Acumatica contacts which no longer qualify are removed; users created on the
  // storefront stay, and so do those of contacts that failed (not read, or in conflict): nothing is known of them.
  const kept = keptExternalIds(users.failed);
  const wanted = new Set(users.desired.map((d) => findExisting(d.payload)?.id));
  const stale = existing.filter(
    (user) => kept && user.external_id && !wanted.has(user.id) && !kept.has(user.external_id),
  );
  for (const user of stale) {
    const url = ctx.b2b.url(`/company/${companyId}/users/${user.id}`);
    const sent = { payload: { delete: user.id }, url, about: about(user.external_id) };
    results.push(
      await child(ctx, 'Customer Contact Sync', user.email, sent, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteUser(companyId, user.id);
          await ctx.log.deleted('Customer Contact Sync', { user: user.email }, url, sent.about);
        }
        return { outcome: 'deleted', b2bId: user.id };
      }),
    );
  }
  // The Primary Admin is written last, so that a hand-over first demotes the previous one.
  const ordered = [...users.desired].sort(
    (a, b) => Number(a.payload.is_primary_admin) - Number(b.payload.is_primary_admin),
  );
  for (const { payload, contactId, writeBack } of ordered) {
    results.push(
      await child(
        ctx,
        'Customer Contact Sync',
        payload.email,
        { payload, url: ctx.b2b.url(`/company/${companyId}/users`), about: about(contactId) },
        async () => {
          const written = await upsert(ctx, findExisting(payload), payload, 'Customer Contact Sync', {
            create: () => ctx.b2b.createUser(companyId, payload),
            update: (id) => ctx.b2b.updateUser(companyId, id, payload),
            find: async () => matching(await ctx.b2b.listUsers(companyId), payload),
          });
          if (written.b2bId && !ctx.dryRun) ctx.writeBack.add(writeBack, written.b2bId);
          return written;
        },
      ),
    );
  }
  return results;
}

/** The user of the company that stands for a contact: the one made from it, else the one with its email. */
function matching(users: CompanyUser[], payload: UserPayload): CompanyUser | undefined {
  return (
    users.find((user) => user.external_id === payload.external_id) ??
    users.find((user) => user.email.toLowerCase() === payload.email)
  );
}
