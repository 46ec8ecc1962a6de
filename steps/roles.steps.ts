import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expect } from 'chai';
import { expectedRows } from './support/b2b-tables';
import type { B2BView } from './support/b2b-view';
import { unmatchedRows } from './support/text-match';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** The role a step is viewing, and Better B2B's answer to a change of it that a step expects it to refuse. */
interface RolePage {
  viewed?: Awaited<ReturnType<B2BView['role']>>;
  answer?: { status: number; data: any };
}
const ROLE_PAGE = new Scratch((): RolePage => ({}));

/** User Roles, as GET /api/v1/roles shows them: name, type (Predefined or Custom), permissions "Group: Permission". */
Then('the User Roles of Better B2B include:', async function (this: SyncWorld, table: DataTable) {
  const roles = await this.b2b.roles();
  const cell = (role: Record<string, unknown>, column: string) => ({ 'Role Name': role.name, Type: role.type })[column];
  expect(
    unmatchedRows(expectedRows(this, table), roles, cell),
    `roles missing; Better B2B has ${JSON.stringify(roles.map((r) => [r.name, r.type]))}`,
  ).to.deep.equal([]);
});

When('I view the role {string} in Better B2B', async function (this: SyncWorld, name: string) {
  this.scratch(ROLE_PAGE).viewed = await this.b2b.role(name);
});

/** "Predefined roles cannot be modified": an attempt to save the role with one permission less. */
When(
  'I try to remove the permission {string} from the role {string} in Better B2B',
  async function (this: SyncWorld, permission: string, name: string) {
    const role = await this.b2b.role(name);
    const codes = ((await this.b2b.get(`/roles/${role.id}`)).permissions as string[]).filter(
      (_code, index) => role.permissions[index] !== permission,
    );
    this.scratch(ROLE_PAGE).answer = await this.b2b.request('PUT', `/roles/${role.id}`, {
      name: role.name,
      permissions: codes,
    });
    this.scratch(ROLE_PAGE).viewed = role;
  },
);

When('I try to delete the role {string} in Better B2B', async function (this: SyncWorld, name: string) {
  const role = await this.b2b.role(name);
  this.scratch(ROLE_PAGE).answer = await this.b2b.request('DELETE', `/roles/${role.id}`);
  this.scratch(ROLE_PAGE).viewed = role;
});

Then('Better B2B refuses with {string}', function (this: SyncWorld, message: string) {
  const { answer } = this.scratch(ROLE_PAGE);
  if (!answer) throw new Error('No change was tried: add a "When I try to …" step first.');
  expect(answer.status, JSON.stringify(answer.data)).to.equal(403);
  expect(String(answer.data?.message), 'the message Better B2B shows').to.include(message);
});

Then(
  'the role {string} still has all its {int} permissions',
  async function (this: SyncWorld, name: string, count: number) {
    const role = await this.b2b.role(name);
    expect(role.permissions, `permissions of role ${name}`).to.have.length(count);
  },
);

/** The permission tree of the role's View page, in its order: a group and one of its permissions, or a permission alone. */
Then(
  'the role is of type {string} and has exactly the permissions:',
  function (this: SyncWorld, type: string, table: DataTable) {
    const role = this.scratch(ROLE_PAGE).viewed;
    if (!role) throw new Error('No role is being viewed: add the step "When I view the role … in Better B2B".');
    expect(role.type, `type of role ${role.name}`).to.equal(type);
    const expected = table
      .hashes()
      .map((row) => (row['Permission group'] ? `${row['Permission group']}: ${row.Permission}` : row.Permission));
    expect(role.permissions, `permissions of role ${role.name}`).to.deep.equal(expected);
  },
);
