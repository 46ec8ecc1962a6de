import { ApiError, pathId } from './errors';
import type { AddressRecord, B2BStore, CompanyRecord, RoleRecord, UserRecord } from './store';

type Param = string | string[] | undefined;

/** The records a path names, or a 404 that says which one is missing. */
export function findCompany(store: B2BStore, raw: Param): CompanyRecord {
  const id = pathId(raw, 'company');
  const company = store.company(id);
  if (!company) throw new ApiError(404, `There is no company with id ${id}.`);
  return company;
}

export function findAddress(store: B2BStore, companyRaw: Param, addressRaw: Param): AddressRecord {
  const company = findCompany(store, companyRaw);
  const id = pathId(addressRaw, 'address');
  const address = store.address(company.id, id);
  if (!address) throw new ApiError(404, `There is no address with id ${id} in company ${company.id}.`);
  return address;
}

export function findUser(store: B2BStore, companyRaw: Param, userRaw: Param): UserRecord {
  const company = findCompany(store, companyRaw);
  const id = pathId(userRaw, 'user');
  const user = store.user(company.id, id);
  if (!user) throw new ApiError(404, `There is no user with id ${id} in company ${company.id}.`);
  return user;
}

export function findRole(store: B2BStore, raw: Param): RoleRecord {
  const id = pathId(raw, 'role');
  const role = store.role(id);
  if (!role) throw new ApiError(404, `There is no role with id ${id}.`);
  return role;
}
