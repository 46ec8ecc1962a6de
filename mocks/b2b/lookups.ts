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
  return findChild('address', findCompany(store, companyRaw), addressRaw, (companyId, id) =>
    store.address(companyId, id),
  );
}

export function findUser(store: B2BStore, companyRaw: Param, userRaw: Param): UserRecord {
  return findChild('user', findCompany(store, companyRaw), userRaw, (companyId, id) => store.user(companyId, id));
}

function findChild<T>(
  kind: string,
  company: CompanyRecord,
  raw: Param,
  find: (companyId: number, id: number) => T | undefined,
): T {
  const id = pathId(raw, kind);
  const found = find(company.id, id);
  if (!found) throw new ApiError(404, `There is no ${kind} with id ${id} in company ${company.id}.`);
  return found;
}

export function findRole(store: B2BStore, raw: Param): RoleRecord {
  const id = pathId(raw, 'role');
  const role = store.role(id);
  if (!role) throw new ApiError(404, `There is no role with id ${id}.`);
  return role;
}
