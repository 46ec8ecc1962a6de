import { Then, When, type DataTable } from '@cucumber/cucumber';
import { expectedRows } from './support/b2b-tables';
import type { B2BView } from './support/b2b-view';
import { attachEvidence, table, type Evidence } from './support/evidence';
import { expectField, expectRows } from './support/screen-checks';
import { companyTabPath, rolePath } from './support/screen-evidence';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** The role a step is viewing, and Better B2B's answer to a change of it that a step expects it to refuse. */
interface RolePage {
  viewed?: Awaited<ReturnType<B2BView['role']>>;
  answer?: { status: number; data: any };
}
const ROLE_PAGE = new Scratch((): RolePage => ({}));

const roleCell = (role: Record<string, unknown>, column: string) =>
  ({ 'Role Name': role.name, Type: role.type })[column as 'Role Name' | 'Type'];

function rolesEvidence(subject: string, roles: Array<Record<string, unknown>>, uiPath: string): Evidence {
  return {
    system: 'Better B2B',
    screen: 'User Roles',
    subject,
    sections: [
      table(
        'Roles',
        ['Role Name', 'Type'],
        roles.map((role) => [role.name, role.type]),
      ),
    ],
    uiPath,
  };
}

/** The roles of the whole store (GET /api/v1/roles): name and type (Predefined or Custom). */
Then('the roles of Better B2B include at least these rows:', async function (this: SyncWorld, dataTable: DataTable) {
  const roles = await this.b2b.roles();
  await attachEvidence(this, 'roles', rolesEvidence('every role of the store', roles, '/ui/roles'));
  expectRows({
    system: 'Better B2B',
    where: 'The roles of Better B2B',
    rule: 'at least',
    expected: expectedRows(this, dataTable),
    shown: roles,
    cell: roleCell,
  });
});

/** Customer step 5: the User Roles tab of Company Detail, the roles that company's users may hold. */
Then(
  'the User Roles tab of the company of customer {customer} lists at least these rows:',
  async function (this: SyncWorld, customerId: string, dataTable: DataTable) {
    const company = await this.b2b.companyFor(customerId);
    const roles: Array<Record<string, unknown>> = await this.b2b.get(`/company/${company.id}/roles`);
    await attachEvidence(
      this,
      `user-roles-${customerId}`,
      rolesEvidence(`the company of customer ${customerId}`, roles, companyTabPath(company.id, 'user-roles')),
    );
    expectRows({
      system: 'Better B2B',
      where: `The User Roles tab of the company of customer ${customerId}`,
      rule: 'at least',
      expected: expectedRows(this, dataTable),
      shown: roles,
      cell: roleCell,
    });
  },
);

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
  expectField(
    'Better B2B',
    'The answer to the change',
    `HTTP 403, *${message}*`,
    `HTTP ${answer.status}, ${answer.data?.message ?? JSON.stringify(answer.data)}`,
  );
});

Then(
  'the role {string} still has all its {int} permissions',
  async function (this: SyncWorld, name: string, count: number) {
    const role = await this.b2b.role(name);
    await attachEvidence(this, `role-${name}`, permissionsEvidence(role));
    expectField(
      'Better B2B',
      `Permissions granted to the role ${name}`,
      String(count),
      String(role.permissions.length),
    );
  },
);

/** The permission tree of the role's View page, in its order: a group and one of its permissions, or a permission alone. */
Then(
  'the role is of type {string} and has exactly the permissions:',
  async function (this: SyncWorld, type: string, dataTable: DataTable) {
    const role = this.scratch(ROLE_PAGE).viewed;
    if (!role) throw new Error('No role is being viewed: add the step "When I view the role … in Better B2B".');
    await attachEvidence(this, `role-${role.name}`, permissionsEvidence(role));
    expectField('Better B2B', `Type of the role ${role.name}`, type, role.type);
    const expected = dataTable
      .hashes()
      .map((row) => (row['Permission group'] ? `${row['Permission group']}: ${row.Permission}` : row.Permission));
    if (JSON.stringify(role.permissions) !== JSON.stringify(expected))
      throw new Error(
        [
          `The permissions of the role ${role.name}, in order: expected exactly these, Better B2B shows others.`,
          'Expected:',
          ...expected.map((permission) => `  ${role.permissions.includes(permission) ? ' ' : '✗'} ${permission}`),
          'Better B2B shows:',
          ...role.permissions.map((permission) => `  ${expected.includes(permission) ? ' ' : '+'} ${permission}`),
        ].join('\n'),
      );
  },
);

/** The Roles & Permissions view of a role: its type and the permissions it grants. */
function permissionsEvidence(role: { id: number; name: string; type: string; permissions: string[] }): Evidence {
  return {
    system: 'Better B2B',
    screen: 'Roles & Permissions',
    subject: `the role ${role.name}`,
    sections: [
      table('Role Information', ['Role Name', 'Type'], [[role.name, role.type]]),
      table(
        'Permissions granted',
        ['Permission'],
        role.permissions.map((permission) => [permission]),
      ),
    ],
    uiPath: rolePath(role.id),
  };
}
