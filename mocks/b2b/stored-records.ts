import type { AddressInput, CompanyInput, CompanyStatus, UserInput } from './schemas';

export type { CompanyStatus } from './schemas';

export interface CompanyRecord extends CompanyInput {
  id: number;
  status: CompanyStatus;
  created_at: string;
  updated_at: string;
  /** "Approved / Rejected On": when the status last became APPROVED or REJECTED; null while PENDING. */
  approved_at: string | null;
}

export interface AddressRecord extends AddressInput {
  id: number;
  company_id: number;
  created_at: string;
  updated_at: string;
}

export interface UserRecord extends UserInput {
  id: number;
  company_id: number;
  created_at: string;
  updated_at: string;
}

export interface RoleRecord {
  id: number;
  name: string;
  type: 'Predefined' | 'Custom';
  /** The company a custom role belongs to; null: every company may use it (always null for predefined roles). */
  company_id: number | null;
  permissions: string[];
  created_at: string;
  updated_at: string;
}

export interface StoreSettings {
  /** New companies are APPROVED at once (as the documents show) rather than PENDING. */
  auto_approve: boolean;
}

/** The collections json-server serves: the store-wide lists. Addresses and users are kept per company. */
export interface Collections {
  companies: CompanyRecord[];
  roles: RoleRecord[];
}
