import { createHash } from 'node:crypto';
import type { SkippedChild, SyncPlan } from './plan';

/**
 * Hashes of a customer's plan, part by part: its company, its address book, its users (each with the
 * reasons its skipped children were skipped). A part whose hash equals the one recorded after the last
 * successful sync is already in Better B2B and costs no request; a customer with no changed part costs
 * none at all. Kept in the sync state as `company.addresses.users`.
 */
export interface FingerprintParts {
  company: string;
  addresses: string;
  users: string;
}

export function fingerprintOf(plan: SyncPlan): FingerprintParts {
  return {
    company: hash(plan.company.payload),
    addresses: hash({
      desired: plan.addresses.desired.map((address) => address.payload),
      skipped: plan.addresses.skipped.map(asHashed),
    }),
    users: hash({
      desired: plan.users?.desired.map((user) => user.payload) ?? [],
      skipped: plan.users?.skipped.map(asHashed) ?? [],
    }),
  };
}

export function joinParts(parts: FingerprintParts): string {
  return `${parts.company}.${parts.addresses}.${parts.users}`;
}

export function splitParts(fingerprint: string | undefined): FingerprintParts | undefined {
  const [company, addresses, users] = (fingerprint ?? '').split('.');
  return company && addresses && users ? { company, addresses, users } : undefined;
}

/**
 * A skipped child in the shape and words earlier versions hashed (their rule's answer, a contact's reason
 * without " of customer …", which it names since), so saved fingerprints stay valid.
 */
function asHashed(child: SkippedChild): { eligible: false; reason: string } {
  const reason =
    child.record.entity === 'Contact'
      ? child.reason.replace(/^(Contact \S+) of customer \S+ \(/, '$1 (')
      : child.reason;
  return { eligible: false, reason };
}

function hash(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
}
