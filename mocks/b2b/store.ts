import { ApiError } from './errors';
import type {
  AddressRecord,
  Collections,
  CompanyRecord,
  RoleRecord,
  StoreSettings,
  UserRecord,
} from './stored-records';
import type { AddressInput, CompanyInput, CompanyStatus, RoleInput, UserInput } from './schemas';

export type { AddressRecord, CompanyRecord, RoleRecord, StoreSettings, UserRecord } from './stored-records';

/** Server-owned fields a fixture may set; the API never takes them from a body. */
export interface Preset {
  id?: number;
  created_at?: string;
  status?: CompanyStatus;
  approved_at?: string | null;
}

/** What the store adds to an address or a user. */
interface ChildFields {
  id: number;
  company_id: number;
  created_at: string;
  updated_at: string;
}

const key = (text: string) => text.toLowerCase();
const now = () => new Date().toISOString();

/** Everything the store holds; replaced as a whole when a fixture is loaded. */
class StoreData {
  settings: StoreSettings = { auto_approve: true };
  /** The collections json-server serves (companies in creation order, roles). */
  collections: Collections = { companies: [], roles: [] };
  companyById = new Map<number, CompanyRecord>();
  companyByCustomerId = new Map<string, CompanyRecord>();
  addressesOf = new Map<number, AddressRecord[]>();
  usersOf = new Map<number, UserRecord[]>();
  userByEmail = new Map<string, UserRecord>();
  /** How many users hold each role: a role in use cannot be deleted. */
  roleHolders = new Map<number, number>();
  next = { company: 801, address: 1, user: 1, role: 1 };
}

/**
 * The Better B2B store's data and its rules. Records are found through indexes (id, Acumatica customer id,
 * email, company), so a request costs the same whatever the size of the store; only a company's own
 * addresses and users are scanned. Ids count up from 801 for companies, as in the documents' screenshots.
 */
export class B2BStore {
  private data = new StoreData();

  /** Replaces everything with a fixture's data; `fill` throws on a bad fixture and the data stays as it was. */
  replaceWith(fill: (staging: B2BStore) => void): void {
    const staging = new B2BStore();
    fill(staging);
    this.data = staging.data;
  }

  get settings(): StoreSettings {
    return this.data.settings;
  }

  get collections(): Collections {
    return this.data.collections;
  }

  get companies(): CompanyRecord[] {
    return this.data.collections.companies;
  }

  get roles(): RoleRecord[] {
    return this.data.collections.roles;
  }

  /** Every address of every company, by id (a copy: for tests and the state view, not for requests). */
  get addresses(): AddressRecord[] {
    return [...this.data.addressesOf.values()].flat().sort((a, b) => a.id - b.id);
  }

  /** Every user of every company, by id (a copy). */
  get users(): UserRecord[] {
    return [...this.data.usersOf.values()].flat().sort((a, b) => a.id - b.id);
  }

  snapshot() {
    return {
      settings: this.settings,
      companies: this.companies,
      addresses: this.addresses,
      users: this.users,
      roles: this.roles,
    };
  }

  company(id: number): CompanyRecord | undefined {
    return this.data.companyById.get(id);
  }

  companyByCustomerId(customerId: string): CompanyRecord | undefined {
    return this.data.companyByCustomerId.get(key(customerId));
  }

  createCompany(input: CompanyInput, preset: Preset = {}): CompanyRecord {
    this.checkCustomerId(input.acumatica_customer_id, 'create the company');
    const id = this.claimId('company', preset.id);
    const created = preset.created_at ?? now();
    const status = preset.status ?? (this.settings.auto_approve ? 'APPROVED' : 'PENDING');
    const approved = preset.approved_at !== undefined ? preset.approved_at : status === 'PENDING' ? null : created;
    const company: CompanyRecord = {
      id,
      ...input,
      status,
      created_at: created,
      updated_at: created,
      approved_at: approved,
    };
    this.data.collections.companies.push(company);
    this.data.companyById.set(id, company);
    this.data.companyByCustomerId.set(key(input.acumatica_customer_id), company);
    return company;
  }

  /** A PUT: every field replaced (optional ones left out were made null by the schema). */
  updateCompany(company: CompanyRecord, input: CompanyInput): CompanyRecord {
    this.checkCustomerId(input.acumatica_customer_id, `update company ${company.id}`, company);
    this.data.companyByCustomerId.delete(key(company.acumatica_customer_id));
    this.data.companyByCustomerId.set(key(input.acumatica_customer_id), company);
    return Object.assign(company, input, { updated_at: now() });
  }

  /** The admin's decision; `approved_at` ("Approved / Rejected On") moves only when the status does. */
  setCompanyStatus(company: CompanyRecord, status: CompanyStatus): CompanyRecord {
    if (company.status === status) return company;
    const at = now();
    return Object.assign(company, { status, approved_at: status === 'PENDING' ? null : at, updated_at: at });
  }

  /** Removes the company with its addresses, its users and its own roles. */
  deleteCompany(company: CompanyRecord): void {
    for (const user of [...this.usersOfCompany(company.id)]) this.deleteUser(user);
    this.data.addressesOf.delete(company.id);
    this.data.usersOf.delete(company.id);
    this.data.companyById.delete(company.id);
    this.data.companyByCustomerId.delete(key(company.acumatica_customer_id));
    const { collections } = this.data;
    collections.companies.splice(collections.companies.indexOf(company), 1);
    collections.roles = collections.roles.filter((role) => role.company_id !== company.id);
  }

  addressesOfCompany(companyId: number): readonly AddressRecord[] {
    return this.data.addressesOf.get(companyId) ?? [];
  }

  address(companyId: number, addressId: number): AddressRecord | undefined {
    return this.addressesOfCompany(companyId).find((address) => address.id === addressId);
  }

  createAddress(companyId: number, input: AddressInput, preset: Preset = {}): AddressRecord {
    this.checkAddress(companyId, input, `add address ${input.address_label} to company ${companyId}`);
    const address: AddressRecord = this.addChild('address', this.data.addressesOf, companyId, input, preset);
    this.keepOneDefault(address);
    return address;
  }

  updateAddress(address: AddressRecord, input: AddressInput): AddressRecord {
    this.checkAddress(
      address.company_id,
      input,
      `update address ${address.id} of company ${address.company_id}`,
      address,
    );
    Object.assign(address, input, { updated_at: now() });
    this.keepOneDefault(address);
    return address;
  }

  deleteAddress(address: AddressRecord): void {
    this.removeChild(this.data.addressesOf, address);
  }

  usersOfCompany(companyId: number): readonly UserRecord[] {
    return this.data.usersOf.get(companyId) ?? [];
  }

  user(companyId: number, userId: number): UserRecord | undefined {
    return this.usersOfCompany(companyId).find((user) => user.id === userId);
  }

  createUser(companyId: number, input: UserInput, preset: Preset = {}): UserRecord {
    this.checkUser(companyId, input, `add user ${input.email} to company ${companyId}`);
    const user: UserRecord = this.addChild('user', this.data.usersOf, companyId, input, preset);
    this.data.userByEmail.set(key(user.email), user);
    this.countHolder(user.role_id, 1);
    return user;
  }

  updateUser(user: UserRecord, input: UserInput): UserRecord {
    this.checkUser(user.company_id, input, `update user ${user.id} of company ${user.company_id}`, user);
    this.data.userByEmail.delete(key(user.email));
    this.data.userByEmail.set(key(input.email), user);
    this.countHolder(user.role_id, -1);
    this.countHolder(input.role_id, 1);
    return Object.assign(user, input, { updated_at: now() });
  }

  deleteUser(user: UserRecord): void {
    this.removeChild(this.data.usersOf, user);
    this.data.userByEmail.delete(key(user.email));
    this.countHolder(user.role_id, -1);
  }

  role(id: number): RoleRecord | undefined {
    return this.roles.find((role) => role.id === id);
  }

  /** The roles a company's users may hold: predefined, store-wide custom, and the company's own. */
  rolesOfCompany(companyId: number): RoleRecord[] {
    return this.roles.filter((role) => role.company_id === null || role.company_id === companyId);
  }

  roleHolderCount(roleId: number): number {
    return this.data.roleHolders.get(roleId) ?? 0;
  }

  /** A new role's id (json-server would reuse the id of a deleted last role). */
  claimRoleId(preset?: number): number {
    return this.claimId('role', preset);
  }

  insertRole(role: RoleRecord): void {
    this.roles.push(role);
  }

  /** A role's name is unique among the roles one company sees; its company must exist and never changes. */
  checkRole(input: RoleInput, self?: RoleRecord): void {
    const action = self ? `change role ${self.id} (${self.name})` : `create the role ${input.name}`;
    if (input.company_id !== null && !this.company(input.company_id)) {
      throw new ApiError(422, `Failed to ${action}: there is no company ${input.company_id}.`, [
        { field: 'company_id', message: `company ${input.company_id} does not exist` },
      ]);
    }
    if (self && self.company_id !== input.company_id) {
      throw new ApiError(
        422,
        `Failed to ${action}: a role cannot move to another company. Create a new role instead.`,
        [{ field: 'company_id', message: `must stay ${self.company_id}` }],
      );
    }
    const clash = this.roles.find(
      (r) =>
        r !== self &&
        key(r.name) === key(input.name) &&
        (r.company_id === null || input.company_id === null || r.company_id === input.company_id),
    );
    if (clash)
      throw new ApiError(
        409,
        `Failed to ${action}: role ${clash.id} is already named ${clash.name}. Choose another name.`,
        [{ field: 'name', message: `is taken by role ${clash.id}` }],
      );
  }

  private checkCustomerId(customerId: string, action: string, self?: CompanyRecord): void {
    const other = this.companyByCustomerId(customerId);
    if (!other || other === self) return;
    throw new ApiError(
      409,
      `Failed to ${action}: company ${other.id} already has Acumatica customer id ${customerId}. Read it with GET /api/v1/company?acumatica_customer_id=${encodeURIComponent(customerId)}.`,
      [{ field: 'acumatica_customer_id', message: `is taken by company ${other.id}` }],
    );
  }

  private checkAddress(companyId: number, input: AddressInput, action: string, self?: AddressRecord): void {
    const errors = [];
    if (input.is_default_billing && !input.is_billing)
      errors.push({
        field: 'is_default_billing',
        message: 'a default billing address must be a billing address (is_billing true)',
      });
    if (input.is_default_shipping && !input.is_shipping)
      errors.push({
        field: 'is_default_shipping',
        message: 'a default shipping address must be a shipping address (is_shipping true)',
      });
    if (errors.length > 0)
      throw new ApiError(422, `Failed to ${action}: ${errors.map((e) => e.message).join('; ')}.`, errors);
    const twin =
      input.external_id === null
        ? undefined
        : this.addressesOfCompany(companyId).find((a) => a !== self && a.external_id === input.external_id);
    if (twin)
      throw new ApiError(
        409,
        `Failed to ${action}: address ${twin.id} of this company already has external_id ${input.external_id}.`,
        [{ field: 'external_id', message: `is taken by address ${twin.id}` }],
      );
  }

  /** One default billing and one default shipping address per company: a new default takes the flag from the old. */
  private keepOneDefault(changed: AddressRecord): void {
    if (!changed.is_default_billing && !changed.is_default_shipping) return;
    for (const other of this.addressesOfCompany(changed.company_id)) {
      if (other === changed) continue;
      if (changed.is_default_billing) other.is_default_billing = false;
      if (changed.is_default_shipping) other.is_default_shipping = false;
    }
  }

  private checkUser(companyId: number, input: UserInput, action: string, self?: UserRecord): void {
    const role = this.role(input.role_id);
    if (!role || (role.company_id !== null && role.company_id !== companyId)) {
      throw new ApiError(
        422,
        `Failed to ${action}: there is no role ${input.role_id} for this company. GET /api/v1/company/${companyId}/roles lists them.`,
        [{ field: 'role_id', message: `role ${input.role_id} does not exist for company ${companyId}` }],
      );
    }
    const holder = this.data.userByEmail.get(key(input.email));
    if (holder && holder !== self) {
      throw new ApiError(
        409,
        `Failed to ${action}: user ${holder.id} of company ${holder.company_id} already has email ${input.email}; emails are unique in the store.`,
        [{ field: 'email', message: `is taken by user ${holder.id}` }],
      );
    }
    const siblings = this.usersOfCompany(companyId);
    const twin =
      input.external_id === null ? undefined : siblings.find((u) => u !== self && u.external_id === input.external_id);
    if (twin)
      throw new ApiError(
        409,
        `Failed to ${action}: user ${twin.id} of this company already has external_id ${input.external_id}.`,
        [{ field: 'external_id', message: `is taken by user ${twin.id}` }],
      );
    const admin = input.is_primary_admin ? siblings.find((u) => u !== self && u.is_primary_admin) : undefined;
    if (admin) {
      throw new ApiError(
        409,
        `Failed to ${action}: company ${companyId} already has a Primary Admin, user ${admin.id} (${admin.email}). Demote that user first (is_primary_admin false).`,
        [{ field: 'is_primary_admin', message: `user ${admin.id} is the Primary Admin` }],
      );
    }
  }

  private countHolder(roleId: number, by: number): void {
    this.data.roleHolders.set(roleId, this.roleHolderCount(roleId) + by);
  }

  /** A record of one company (address or user), kept in that company's list. */
  private addChild<I extends object>(
    kind: 'address' | 'user',
    lists: Map<number, Array<I & ChildFields>>,
    companyId: number,
    input: I,
    preset: Preset,
  ): I & ChildFields {
    const created = preset.created_at ?? now();
    const record = {
      id: this.claimId(kind, preset.id),
      company_id: companyId,
      ...input,
      created_at: created,
      updated_at: created,
    };
    this.listOf(lists, companyId).push(record);
    return record;
  }

  private removeChild<T extends ChildFields>(lists: Map<number, T[]>, record: T): void {
    const list = this.listOf(lists, record.company_id);
    list.splice(list.indexOf(record), 1);
  }

  private listOf<T>(lists: Map<number, T[]>, companyId: number): T[] {
    let list = lists.get(companyId);
    if (!list) lists.set(companyId, (list = []));
    return list;
  }

  /** The next id of a kind, or a fixture's own id (which the counter then passes; the fixture checks it is unique). */
  private claimId(kind: keyof StoreData['next'], preset: number | undefined): number {
    if (preset === undefined) return this.data.next[kind]++;
    this.data.next[kind] = Math.max(this.data.next[kind], preset + 1);
    return preset;
  }
}
