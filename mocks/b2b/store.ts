import type { AddressInput, CompanyInput, UserInput } from './schemas';

export type CompanyStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface CompanyRecord extends CompanyInput {
  id: number;
  status: CompanyStatus;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
}

export interface AddressRecord extends AddressInput {
  id: number;
  company_id: number;
}

export interface UserRecord extends UserInput {
  id: number;
  company_id: number;
  created_at: string;
}

export interface RoleRecord {
  id: number;
  name: string;
  type: 'Predefined' | 'Custom';
  permissions: string[];
}

export interface StoreSettings {
  /** New companies are APPROVED at once (as the documents show) rather than PENDING. */
  auto_approve: boolean;
}

/** The fixture format: settings, roles and any starting data (ids optional). */
export interface B2BFixture {
  settings?: Partial<StoreSettings>;
  roles?: Array<Omit<RoleRecord, 'id'> & { id?: number }>;
  companies?: Array<Partial<CompanyRecord> & CompanyInput>;
}

/** The store's data, in memory. Ids count up from 801, like the ids in the documents' screenshots. */
export class B2BStore {
  settings: StoreSettings = { auto_approve: true };
  companies: CompanyRecord[] = [];
  addresses: AddressRecord[] = [];
  users: UserRecord[] = [];
  roles: RoleRecord[] = [];
  private next = { company: 801, address: 1, user: 1, role: 1 };

  load(fixture: B2BFixture): void {
    this.settings = { auto_approve: true, ...fixture.settings };
    this.companies = [];
    this.addresses = [];
    this.users = [];
    this.next = { company: 801, address: 1, user: 1, role: 1 };
    this.roles = (fixture.roles ?? []).map((role) => ({ ...role, id: role.id ?? this.next.role++ }));
    this.next.role = Math.max(this.next.role, ...this.roles.map((r) => r.id + 1));
    for (const company of fixture.companies ?? []) this.companies.push({ ...this.newCompany(company), ...company, id: company.id ?? this.next.company++ });
  }

  newCompany(input: CompanyInput): CompanyRecord {
    const now = new Date().toISOString();
    const approved = this.settings.auto_approve;
    return { ...input, id: this.next.company++, status: approved ? 'APPROVED' : 'PENDING', created_at: now, updated_at: now, approved_at: approved ? now : null };
  }

  newAddress(companyId: number, input: AddressInput): AddressRecord {
    return { ...input, id: this.next.address++, company_id: companyId };
  }

  newUser(companyId: number, input: UserInput): UserRecord {
    return { ...input, id: this.next.user++, company_id: companyId, created_at: new Date().toISOString() };
  }

  snapshot() {
    return { settings: this.settings, companies: this.companies, addresses: this.addresses, users: this.users, roles: this.roles };
  }
}
