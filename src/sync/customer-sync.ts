import { createHash } from 'node:crypto';
import type { CompanyPayload } from '../b2b/resources';
import { RemoteError } from '../errors';
import { desiredAddresses, syncAddresses } from './address-book';
import { eligibleContacts, syncUsers } from './company-users';
import { upsertCompany } from './company-writer';
import type { ChildWithWriteBack, CustomerFamily, CustomerSyncContext } from './context';
import { mapCompany } from './mapping';
import type { CustomerResult } from './report';
import { decideContact, decideCustomer, decideLocation } from './rules';
import { describe, logSkip } from './writes';

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
      await logSkip(ctx, 'Customer Sync', decision.reason, ctx.recordUrl('Customer', customer.CustomerID));
    }
    return { ...result, outcome: 'skipped', reason: decision.reason };
  }
  const payload = mapCompany(customer, ctx.classDescriptions);
  result.fingerprint = fingerprint(ctx, family, payload);
  const referenceId = decision.association.CommerceReferenceID;
  if (!ctx.verify && previous?.status === 'processed' && previous.fingerprint === result.fingerprint && referenceId === String(previous.companyId)) {
    return { ...result, company: 'unchanged', companyId: previous.companyId };
  }
  try {
    const { company, outcome } = await upsertCompany(ctx, payload, referenceId);
    result.company = outcome;
    result.companyId = company?.id;
    if (company) {
      const isNew = outcome === 'created';
      result.addresses = await syncAddresses(ctx, family, company.id, isNew);
      result.users = await syncUsers(ctx, family, company.id, isNew);
      if (!ctx.dryRun && (await ctx.writeBack.customer(customer, decision.association, company.id))) result.referenceIdsWritten += 1;
    } else {
      // Dry run of a new company: everything under it would be created.
      result.addresses = desiredAddresses(family, ctx.connector.IncludeLocations !== false).map((a) => ({ key: a.payload.address_label, outcome: 'created' }));
      result.users = eligibleContacts(ctx, family).map((c) => ({ key: c.payload.email, outcome: 'created' }));
    }
    result.referenceIdsWritten += countWrittenBack(result);
  } catch (error) {
    const reason = describe(error);
    await ctx.log.write({
      Level: 'ERROR',
      ActionType: 'Customer Sync',
      Message: JSON.stringify(payload),
      EndpointUrl: error instanceof RemoteError && error.url ? error.url : ctx.b2b.url('/company'),
      Description: reason,
    });
    return { ...result, outcome: 'failed', reason };
  }
  const failed = [...result.users, ...result.addresses].filter((child) => child.outcome === 'failed');
  if (failed.length > 0) return { ...result, outcome: 'failed', reason: failed.map((child) => `${child.key}: ${child.reason}`).join('; ') };
  const wrote = result.company !== 'unchanged' || [...result.users, ...result.addresses].some((child) => child.outcome !== 'unchanged' && child.outcome !== 'skipped');
  return { ...result, outcome: wrote ? 'synced' : 'unchanged' };
}

/**
 * A hash of everything the sync would write for this customer. When it equals the hash recorded after the
 * last successful sync, Better B2B already holds it and the customer costs no request at all.
 */
function fingerprint(ctx: CustomerSyncContext, family: CustomerFamily, company: CompanyPayload): string {
  const includeLocations = ctx.connector.IncludeLocations !== false;
  const content = {
    company,
    addresses: desiredAddresses(family, includeLocations).map((address) => address.payload),
    users: eligibleContacts(ctx, family).map((contact) => contact.payload),
    skippedContacts: ctx.connector.IncludeContacts === false ? [] : family.contacts.map((contact) => decideContact(contact, ctx.connector)).filter((d) => !d.eligible),
    skippedLocations: includeLocations ? family.locations.map((location) => decideLocation(location)).filter((d) => !d.eligible) : [],
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

function countWrittenBack(result: CustomerResult): number {
  return [...result.users, ...result.addresses].filter((child) => (child as ChildWithWriteBack).wroteBack).length;
}
