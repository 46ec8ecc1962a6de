import { createHash } from 'node:crypto';
import type { ConnectorConfiguration, Contact, Customer, CustomerLocation } from '../acumatica/records';
import type { B2BClient, Sent } from '../b2b/client';
import type { AddressPayload, Company, CompanyPayload, CompanyUser, UserPayload } from '../b2b/resources';
import { RemoteError, SyncError } from '../errors';
import type { RecordState } from '../state/sync-state';
import { SUCCESS_DESCRIPTION, type ActionType, type ConnectorLog } from './connector-log';
import { mapBillingAddress, mapCompany, mapLocationAddress, mapUser } from './mapping';
import type { ChildResult, CustomerResult, WriteOutcome } from './report';
import { decideContact, decideCustomer, decideLocation } from './rules';
import type { WriteBack } from './write-back';

/** What syncing one customer needs, shared by every customer of a run. */
export interface CustomerSyncContext {
  b2b: B2BClient;
  writeBack: WriteBack;
  log: ConnectorLog;
  connector: ConnectorConfiguration;
  classDescriptions: ReadonlyMap<string, string>;
  roleIds: { admin: number; contact: number };
  dryRun: boolean;
  /** Compare with Better B2B even when the record's fingerprint says nothing changed since the last sync. */
  verify: boolean;
  /** The Acumatica URL of a record, for log rows about decisions. */
  recordUrl: (entity: string, key: string) => string;
}

/** The customer's own records that travel with it. */
export interface CustomerFamily {
  customer: Customer;
  contacts: Contact[];
  locations: CustomerLocation[];
  /** What the last run recorded for this customer. */
  previous?: RecordState;
}

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

interface ChildWithWriteBack extends ChildResult {
  wroteBack?: boolean;
}

async function upsertCompany(ctx: CustomerSyncContext, payload: CompanyPayload, referenceId: string | undefined) {
  let current: Company | undefined;
  if (referenceId && /^\d+$/.test(referenceId)) {
    current = await ctx.b2b.getCompany(Number(referenceId));
    if (current && current.acumatica_customer_id !== payload.acumatica_customer_id) current = undefined;
  }
  // A stale reference, or a dry run that may not create: look the company up by customer id.
  if (!current && (referenceId || ctx.dryRun)) current = await ctx.b2b.findCompanyByCustomerId(payload.acumatica_customer_id);
  if (!current) {
    if (ctx.dryRun) return { company: undefined, outcome: 'created' as const };
    try {
      const sent = await ctx.b2b.createCompany(payload);
      await logWrite(ctx, 'Customer Sync', sent);
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
  await logWrite(ctx, 'Customer Sync', sent);
  return { company: sent.result, outcome: 'updated' as const };
}

interface DesiredAddress {
  payload: AddressPayload;
  location?: CustomerLocation;
}

function desiredAddresses(family: CustomerFamily, includeLocations = true): DesiredAddress[] {
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

async function syncAddresses(ctx: CustomerSyncContext, family: CustomerFamily, companyId: number, isNew: boolean): Promise<ChildResult[]> {
  const includeLocations = ctx.connector.IncludeLocations !== false;
  const results: ChildResult[] = [];
  if (includeLocations) {
    for (const location of family.locations) {
      const decision = decideLocation(location);
      if (!decision.eligible) {
        await logSkip(ctx, 'Customer Location Sync', decision.reason, ctx.recordUrl('CustomerLocation', `${family.customer.CustomerID}/${location.LocationID}`));
        results.push({ key: location.LocationName ?? location.LocationID, outcome: 'skipped', reason: decision.reason });
      }
    }
  }
  const desired = desiredAddresses(family, includeLocations);
  const existing = isNew ? [] : await ctx.b2b.listAddresses(companyId);
  const byExternalId = new Map(existing.filter((a) => a.external_id).map((a) => [a.external_id as string, a]));
  const action = (address: { external_id?: string | null }): ActionType =>
    address.external_id?.startsWith('location:') ? 'Customer Location Sync' : 'Customer Sync';

  for (const stale of existing.filter((a) => a.external_id && !desired.some((d) => d.payload.external_id === a.external_id))) {
    const url = ctx.b2b.url(`/address/${companyId}/${stale.id}`);
    results.push(
      await child(ctx, action(stale), stale.address_label, { payload: { delete: stale.id }, url }, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteAddress(companyId, stale.id);
          await logDelete(ctx, action(stale), url, `Address ${stale.address_label} is deleted: it is no longer active in Acumatica.`);
        }
        return { outcome: 'deleted', b2bId: stale.id };
      }),
    );
  }
  for (const { payload, location } of desired) {
    const current = byExternalId.get(payload.external_id);
    results.push(
      await child(ctx, action(payload), payload.address_label, { payload, url: ctx.b2b.url(`/address/${companyId}`) }, async () => {
        const written = await upsert(ctx, current, payload, action(payload), {
          create: () => ctx.b2b.createAddress(companyId, payload),
          update: (id) => ctx.b2b.updateAddress(companyId, id, payload),
        });
        const wroteBack = Boolean(location && written.b2bId && !ctx.dryRun && (await ctx.writeBack.location(location, written.b2bId)));
        return { ...written, wroteBack };
      }),
    );
  }
  return results;
}

interface EligibleContact {
  contact: Contact;
  payload: UserPayload;
  association: Extract<ReturnType<typeof decideContact>, { eligible: true }>['association'];
}

function eligibleContacts(ctx: CustomerSyncContext, family: CustomerFamily): EligibleContact[] {
  if (ctx.connector.IncludeContacts === false) return [];
  const eligible: EligibleContact[] = [];
  for (const contact of family.contacts) {
    const decision = decideContact(contact, ctx.connector);
    if (!decision.eligible) continue;
    const isPrimary = family.customer.PrimaryContactID !== undefined && family.customer.PrimaryContactID === contact.ContactID;
    eligible.push({ contact, association: decision.association, payload: mapUser(contact, isPrimary, ctx.roleIds) });
  }
  return eligible;
}

async function syncUsers(ctx: CustomerSyncContext, family: CustomerFamily, companyId: number, isNew: boolean): Promise<ChildResult[]> {
  if (ctx.connector.IncludeContacts === false) return [];
  const results: ChildResult[] = [];
  for (const contact of family.contacts) {
    const decision = decideContact(contact, ctx.connector);
    if (!decision.eligible) {
      await logSkip(ctx, 'Customer Contact Sync', decision.reason, ctx.recordUrl('Contact', String(contact.ContactID)));
      results.push({ key: contact.Email ?? String(contact.ContactID), outcome: 'skipped', reason: decision.reason });
    }
  }
  const desired = eligibleContacts(ctx, family);
  const existing = isNew ? [] : await ctx.b2b.listUsers(companyId);
  const findExisting = (payload: UserPayload): CompanyUser | undefined =>
    existing.find((user) => user.external_id === payload.external_id) ?? existing.find((user) => user.email.toLowerCase() === payload.email);

  // Users that came from Acumatica contacts which no longer qualify are removed; users created on the storefront stay.
  const wanted = new Set(desired.map((d) => findExisting(d.payload)?.id));
  for (const stale of existing.filter((user) => user.external_id && !wanted.has(user.id))) {
    const url = ctx.b2b.url(`/company/${companyId}/users/${stale.id}`);
    results.push(
      await child(ctx, 'Customer Contact Sync', stale.email, { payload: { delete: stale.id }, url }, async () => {
        if (!ctx.dryRun) {
          await ctx.b2b.deleteUser(companyId, stale.id);
          await logDelete(ctx, 'Customer Contact Sync', url, `User ${stale.email} is deleted: the contact no longer qualifies in Acumatica.`);
        }
        return { outcome: 'deleted', b2bId: stale.id };
      }),
    );
  }
  // The Primary Admin is written last, so that a hand-over first demotes the previous one.
  const ordered = [...desired].sort((a, b) => Number(a.payload.is_primary_admin) - Number(b.payload.is_primary_admin));
  for (const { contact, payload, association } of ordered) {
    results.push(
      await child(ctx, 'Customer Contact Sync', payload.email, { payload, url: ctx.b2b.url(`/company/${companyId}/users`) }, async () => {
        const written = await upsert(ctx, findExisting(payload), payload, 'Customer Contact Sync', {
          create: () => ctx.b2b.createUser(companyId, payload),
          update: (id) => ctx.b2b.updateUser(companyId, id, payload),
        });
        const wroteBack = Boolean(written.b2bId && !ctx.dryRun && (await ctx.writeBack.contact(contact, association, written.b2bId)));
        return { ...written, wroteBack };
      }),
    );
  }
  return results;
}

/** Creates, updates or leaves one child record, and logs the write. */
async function upsert<P extends object, R extends { id: number }>(
  ctx: CustomerSyncContext,
  current: R | undefined,
  payload: P,
  actionType: ActionType,
  write: { create: () => Promise<Sent<R>>; update: (id: number) => Promise<Sent<R>> },
): Promise<{ outcome: WriteOutcome; b2bId?: number }> {
  if (current && !differs(payload, current)) return { outcome: 'unchanged', b2bId: current.id };
  const outcome: WriteOutcome = current ? 'updated' : 'created';
  if (ctx.dryRun) return { outcome, b2bId: current?.id };
  const sent = current ? await write.update(current.id) : await write.create();
  await logWrite(ctx, actionType, sent);
  return { outcome, b2bId: sent.result.id };
}

/** Runs one child's work; a failure becomes an ERROR log row and a failed child, and the other children go on. */
async function child(
  ctx: CustomerSyncContext,
  actionType: ActionType,
  key: string,
  sent: { payload: unknown; url: string },
  work: () => Promise<Omit<ChildWithWriteBack, 'key'>>,
): Promise<ChildWithWriteBack> {
  try {
    return { key, ...(await work()) };
  } catch (error) {
    const reason = describe(error);
    await ctx.log.write({
      Level: 'ERROR',
      ActionType: actionType,
      Message: JSON.stringify(sent.payload),
      EndpointUrl: error instanceof RemoteError && error.url ? error.url : sent.url,
      Description: reason,
    });
    return { key, outcome: 'failed', reason };
  }
}

/** True when a field of the payload differs from the record Better B2B holds. */
export function differs(payload: object, current: object): boolean {
  const held = current as Record<string, unknown>;
  return Object.entries(payload).some(([key, value]) => (held[key] ?? undefined) !== value);
}

async function logWrite(ctx: CustomerSyncContext, actionType: ActionType, sent: Sent<unknown>): Promise<void> {
  await ctx.log.write({ Level: 'INFO', ActionType: actionType, Message: JSON.stringify(sent.payload), EndpointUrl: sent.url, Description: SUCCESS_DESCRIPTION[actionType] });
}

async function logSkip(ctx: CustomerSyncContext, actionType: ActionType, reason: string, url: string): Promise<void> {
  if (ctx.dryRun) return;
  await ctx.log.write({ Level: 'INFO', ActionType: actionType, Message: reason, EndpointUrl: url, Description: `Not synced: ${reason}.` });
}

async function logDelete(ctx: CustomerSyncContext, actionType: ActionType, url: string, description: string): Promise<void> {
  await ctx.log.write({ Level: 'INFO', ActionType: actionType, Message: description, EndpointUrl: url, Description: description });
}

function describe(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
}
