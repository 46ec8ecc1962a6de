import type { Contact } from '../acumatica/records';
import type { CompanyUser, UserPayload } from '../b2b/resources';
import type { CustomerFamily, CustomerSyncContext } from './context';
import { mapUser } from './mapping';
import type { ChildResult } from './report';
import { decideContact } from './rules';
import { child, upsert } from './writes';

interface EligibleContact {
  contact: Contact;
  payload: UserPayload;
  association: Extract<ReturnType<typeof decideContact>, { eligible: true }>['association'];
}

/** The contacts that become company users, with their payloads; only the customer's Primary contact is Primary Admin. */
export function eligibleContacts(ctx: CustomerSyncContext, family: CustomerFamily): EligibleContact[] {
  if (ctx.connector.IncludeContacts === false) return [];
  const eligible: EligibleContact[] = [];
  for (const contact of family.contacts) {
    const decision = decideContact(contact, ctx.connector);
    if (!decision.eligible) continue;
    const isPrimary =
      family.customer.PrimaryContactID !== undefined && family.customer.PrimaryContactID === contact.ContactID;
    eligible.push({ contact, association: decision.association, payload: mapUser(contact, isPrimary, ctx.roleIds) });
  }
  return eligible;
}

/** Brings the company's users in line with the customer's contacts; the Primary Admin is written last. */
export async function syncUsers(
  ctx: CustomerSyncContext,
  family: CustomerFamily,
  companyId: number,
  isNew: boolean,
): Promise<ChildResult[]> {
  if (ctx.connector.IncludeContacts === false) return [];
  const results: ChildResult[] = [];
  for (const contact of family.contacts) {
    const decision = decideContact(contact, ctx.connector);
    if (!decision.eligible) {
      await ctx.log.skipped('Customer Contact Sync', decision.reason, {
        entity: 'Contact',
        key: String(contact.ContactID),
      });
      results.push({ key: contact.Email ?? String(contact.ContactID), outcome: 'skipped', reason: decision.reason });
    }
  }
  const desired = eligibleContacts(ctx, family);
  const existing = isNew ? [] : await ctx.b2b.listUsers(companyId);
  const findExisting = (payload: UserPayload): CompanyUser | undefined =>
    existing.find((user) => user.external_id === payload.external_id) ??
    existing.find((user) => user.email.toLowerCase() === payload.email);

  // Users that came from Acumatica contacts which no longer qualify are removed; users created on the storefront stay.
  const wanted = new Set(desired.map((d) => findExisting(d.payload)?.id));
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
  const ordered = [...desired].sort((a, b) => Number(a.payload.is_primary_admin) - Number(b.payload.is_primary_admin));
  for (const { contact, payload, association } of ordered) {
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
          const wroteBack = Boolean(
            written.b2bId && !ctx.dryRun && (await ctx.writeBack.contact(contact, association, written.b2bId)),
          );
          return { ...written, wroteBack };
        },
      ),
    );
  }
  return results;
}
