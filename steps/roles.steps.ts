import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { expectedRows } from './support/b2b-tables';
import { unmatchedRows } from './support/text-match';
import type { SyncWorld } from './support/world';

/** User Roles, as GET /api/v1/roles shows them: name, type (Predefined or Custom), permissions "Group: Permission". */
Then('the User Roles of Better B2B include:', async function (this: SyncWorld, table: DataTable) {
  const roles = await this.b2b.roles();
  const cell = (role: Record<string, unknown>, column: string) => ({ 'Role Name': role.name, Type: role.type })[column];
  expect(unmatchedRows(expectedRows(this, table), roles, cell), `roles missing; Better B2B has ${JSON.stringify(roles.map((r) => [r.name, r.type]))}`).to.deep.equal([]);
});

When('I view the role {string} in Better B2B', async function (this: SyncWorld, name: string) {
  const role = (await this.b2b.roles()).find((r) => r.name === name);
  if (!role) throw new Error(`Better B2B has no role named "${name}"`);
  this.viewedRole = role;
});

/** The permission tree of the role's View page, in its order: a group and one of its permissions, or a permission alone. */
Then('the role is of type {string} and has exactly the permissions:', function (this: SyncWorld, type: string, table: DataTable) {
  const role = this.viewedRole;
  if (!role) throw new Error('No role is being viewed: add the step "When I view the role … in Better B2B".');
  expect(role.type, `type of role ${role.name}`).to.equal(type);
  const expected = table.hashes().map((row) => (row['Permission group'] ? `${row['Permission group']}: ${row.Permission}` : row.Permission));
  expect(role.permissions, `permissions of role ${role.name}`).to.deep.equal(expected);
});
