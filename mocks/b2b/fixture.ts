import { z } from 'zod';
import { ApiError, fieldErrors } from './errors';
import { PERMISSION_CODES } from './permissions';
import { addressInput, COMPANY_STATUSES, companyInput, userInput } from './schemas';
import type { B2BStore } from './store';

const id = z.number().int().positive();
const at = z.iso.datetime({ offset: true });

/**
 * The fixture format (fixtures/b2b.json): the store settings, the roles, and any starting companies with
 * their addresses and users. Server-owned fields (ids, dates, status) are optional; keys starting with `_`
 * are notes and ignored. A fixture goes through the same rules as the API (unique customer ids and
 * emails, one Primary Admin, roles that exist), so it cannot hold what the API would refuse.
 */
export const fixtureSchema = z.strictObject({
  settings: z.strictObject({ auto_approve: z.boolean() }).partial().optional(),
  roles: z
    .array(
      z.strictObject({
        id: id.optional(),
        name: z.string().min(1),
        type: z.enum(['Predefined', 'Custom']),
        company_id: id.nullable().default(null),
        permissions: z.array(z.enum(PERMISSION_CODES as [string, ...string[]])),
      }),
    )
    .default([]),
  companies: z
    .array(
      companyInput.extend({
        id: id.optional(),
        status: z.enum(COMPANY_STATUSES).optional(),
        created_at: at.optional(),
        approved_at: at.nullable().optional(),
        addresses: z.array(addressInput.extend({ id: id.optional() })).default([]),
        users: z.array(userInput.extend({ id: id.optional() })).default([]),
      }),
    )
    .default([]),
});

export type B2BFixture = z.input<typeof fixtureSchema>;

/** Fills an empty store from a fixture; throws an error naming the record at fault. */
export function fillFromFixture(store: B2BStore, fixture: unknown): void {
  const parsed = fixtureSchema.safeParse(withoutNotes(fixture));
  if (!parsed.success)
    throw new Error(
      fieldErrors(parsed.error)
        .map((e) => `${e.field}: ${e.message}`)
        .join('; '),
    );
  const { settings, roles, companies } = parsed.data;
  Object.assign(store.settings, settings);
  unique('company', companies);
  unique('role', roles);
  unique(
    'address',
    companies.flatMap((c) => c.addresses),
  );
  unique(
    'user',
    companies.flatMap((c) => c.users),
  );
  const records = companies.map(({ addresses, users, id, status, created_at, approved_at, ...input }, i) => ({
    addresses,
    users,
    company: locate(`companies[${i}]`, () => store.createCompany(input, { id, status, created_at, approved_at })),
  }));
  roles.forEach(({ id, ...role }, i) =>
    locate(`roles[${i}]`, () => {
      const stamp = new Date().toISOString();
      const record = { ...role, id: store.claimRoleId(id), created_at: stamp, updated_at: stamp };
      if (role.type === 'Custom') store.checkRole(role);
      store.insertRole(record);
    }),
  );
  records.forEach(({ company, addresses, users }, i) => {
    addresses.forEach(({ id, ...input }, j) =>
      locate(`companies[${i}].addresses[${j}]`, () => store.createAddress(company.id, input, { id })),
    );
    users.forEach(({ id, ...input }, j) =>
      locate(`companies[${i}].users[${j}]`, () => store.createUser(company.id, input, { id })),
    );
  });
}

function locate<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const detail =
      error instanceof ApiError && error.errors
        ? error.errors.map((e) => `${e.field} ${e.message}`).join(', ')
        : (error as Error).message;
    throw new Error(`${where}: ${detail}`);
  }
}

function unique(kind: string, records: Array<{ id?: number }>): void {
  const seen = new Set<number>();
  for (const { id } of records) {
    if (id === undefined) continue;
    if (seen.has(id)) throw new Error(`${kind} id ${id} is used twice`);
    seen.add(id);
  }
}

/** The fixture without its notes: every key starting with `_`, at any depth. */
function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !name.startsWith('_'))
      .map(([name, inner]) => [name, withoutNotes(inner)]),
  );
}
