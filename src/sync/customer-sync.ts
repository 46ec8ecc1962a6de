import { createHash } from 'node:crypto';
import type { CompanyPayload } from '../b2b/resources';
import { desiredAddresses, syncAddresses } from './address-book';
import { eligibleContacts, syncUsers } from './company-users';
import { updateKnownCompany, upsertCompany } from './company-writer';
import type { ChildWithWriteBack, CustomerFamily, CustomerSyncContext } from './context';
import { mapCompany } from './mapping';
import type { CustomerResult } from './report';
import { decideContact, decideCustomer, decideLocation } from './rules';

export type { CustomerFamily, CustomerSyncContext } from './context';

/**
 * Syncs one customer: decides, creates or updates its company, address book and users in Better B2B,
 * writes the Commerce Reference IDs back and logs every action. Never throws: a failure is a result.
 */
export async function syncCustomer(ctx: CustomerSyncContext, family: CustomerFamily): Promise<CustomerResult> {
  const { customer } = family;
  const result: CustomerResult = {
    customerId: customer.CustomerID,
    name: customer.CustomerName,
    outcome: 'unchanged',
    users: [],
    addresses: [],
    referenceIdsWritten: 0,
  };
  const { previous } = family;
  const decision = decideCustomer(customer, ctx.connector);
  if (!decision.eligible) {
    // The same "no" as last time was logged then; a record that did not change writes nothing.
    if (previous?.status !== 'filtered' || previous.reason !== decision.reason) {
      await ctx.log.skipped('Customer Sync', decision.reason, { entity: 'Customer', key: customer.CustomerID });
    }
    return { ...result, outcome: 'skipped', reason: decision.reason };
  }
  const payload = mapCompany(customer, ctx.classDescriptions);
  const parts = fingerprintParts(ctx, family, payload);
  result.fingerprint = joinParts(parts);
  const referenceId = decision.association.CommerceReferenceID;
  // What Better B2B already holds, part by part, as the last successful sync recorded it.
  const known =
    !ctx.verify &&
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
      if (known?.addresses !== parts.addresses || isNew)
        result.addresses = await syncAddresses(ctx, family, company.id, isNew);
      if (known?.users !== parts.users || isNew) result.users = await syncUsers(ctx, family, company.id, isNew);
      if (!ctx.dryRun && (await ctx.writeBack.customer(customer, decision.association, company.id)))
        result.referenceIdsWritten += 1;
    } else {
      // Dry run of a new company: everything under it would be created.
      result.addresses = desiredAddresses(family, ctx.connector.IncludeLocations !== false).map((a) => ({
        key: a.payload.address_label,
        outcome: 'created',
      }));
      result.users = eligibleContacts(ctx, family).map((c) => ({ key: c.payload.email, outcome: 'created' }));
    }
    result.referenceIdsWritten += countWrittenBack(result);
  } catch (error) {
    const reason = await ctx.log.failed('Customer Sync', { payload, url: ctx.b2b.url('/company') }, error);
    return { ...result, outcome: 'failed', reason };
  }
  const failed = [...result.users, ...result.addresses].filter((child) => child.outcome === 'failed');
  if (failed.length > 0)
    return { ...result, outcome: 'failed', reason: failed.map((child) => `${child.key}: ${child.reason}`).join('; ') };
  const wrote =
    result.company !== 'unchanged' ||
    [...result.users, ...result.addresses].some(
      (child) => child.outcome !== 'unchanged' && child.outcome !== 'skipped',
    );
  return { ...result, outcome: wrote ? 'synced' : 'unchanged' };
}

interface FingerprintParts {
  company: string;
  addresses: string;
  users: string;
}

/**
 * Hashes of everything the sync would write for this customer: its company, its address book, its users
 * (each with the reasons its skipped children were skipped). A part whose hash equals the one recorded
 * after the last successful sync is already in Better B2B and costs no request; a customer with no
 * changed part costs none at all.
 */
function fingerprintParts(ctx: CustomerSyncContext, family: CustomerFamily, company: CompanyPayload): FingerprintParts {
  const includeLocations = ctx.connector.IncludeLocations !== false;
  const includeContacts = ctx.connector.IncludeContacts !== false;
  const hash = (content: unknown) => createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
  return {
    company: hash(company),
    addresses: hash({
      desired: desiredAddresses(family, includeLocations).map((address) => address.payload),
      skipped: includeLocations
        ? family.locations.map((location) => decideLocation(location)).filter((d) => !d.eligible)
        : [],
    }),
    users: hash({
      desired: eligibleContacts(ctx, family).map((contact) => contact.payload),
      skipped: includeContacts
        ? family.contacts.map((contact) => decideContact(contact, ctx.connector)).filter((d) => !d.eligible)
        : [],
    }),
  };
}

function joinParts(parts: FingerprintParts): string {
  return `${parts.company}.${parts.addresses}.${parts.users}`;
}

function splitParts(fingerprint: string | undefined): FingerprintParts | undefined {
  const [company, addresses, users] = (fingerprint ?? '').split('.');
  return company && addresses && users ? { company, addresses, users } : undefined;
}

function countWrittenBack(result: CustomerResult): number {
  return [...result.users, ...result.addresses].filter((child) => (child as ChildWithWriteBack).wroteBack).length;
}
