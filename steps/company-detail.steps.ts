import { Then, type DataTable } from '@cucumber/cucumber';
import { expectedRows, fieldCell } from './support/b2b-tables';
import { ADDRESS_BOOK } from './support/labels';
import { expectRows } from './support/screen-checks';
import { companyShown } from './support/screen-evidence';
import type { SyncWorld } from './support/world';

/** The columns of Company User(s); Role shows "Primary Admin" for the Primary Admin, the role's name otherwise. */
function userCell(roles: Array<{ id: number; name: string; type: string }>) {
  return (user: Record<string, any>, column: string): unknown => {
    const role = roles.find((r) => r.id === user.role_id);
    const columns: Record<string, unknown> = {
      'User Name': `${user.first_name} ${user.last_name}`,
      'First Name': user.first_name,
      'Last Name': user.last_name,
      Email: user.email,
      Phone: user.phone,
      Role: user.is_primary_admin ? 'Primary Admin' : role?.name,
      'Role Name': role?.name,
      'Role Type': role?.type,
    };
    if (!(column in columns))
      throw new Error(
        `Failed to read the table: "${column}" is not a column of Company User(s). Use one of: ${Object.keys(columns).join(', ')}.`,
      );
    return columns[column];
  };
}

/** Step 5 (customer): the Address Book tab of Company Detail, row for row, in the columns the table gives. */
Then(
  'the Address Book of the company of customer {customer} shows exactly these rows:',
  async function (this: SyncWorld, customerId: string, table: DataTable) {
    const company = await companyShown(this, customerId, 'Address Book');
    expectRows({
      system: 'Better B2B',
      where: `The Address Book of the company of customer ${customerId}`,
      rule: 'exactly',
      expected: expectedRows(this, table),
      shown: await this.b2b.addresses(company.id),
      cell: fieldCell(ADDRESS_BOOK, 'the Address Book'),
    });
  },
);

/** Step 6 (contact): the Company User(s) tab of Company Detail, row for row. */
Then(
  'the Company User\\(s) of the company of customer {customer} show exactly these rows:',
  async function (this: SyncWorld, customerId: string, table: DataTable) {
    const company = await companyShown(this, customerId, 'Company User(s)');
    expectRows({
      system: 'Better B2B',
      where: `The Company User(s) of the company of customer ${customerId}`,
      rule: 'exactly',
      expected: expectedRows(this, table),
      shown: await this.b2b.users(company.id),
      cell: userCell(await this.b2b.roles()),
    });
  },
);

Then(
  'the company of customer {customer} has no Company User\\(s)',
  async function (this: SyncWorld, customerId: string) {
    const company = await companyShown(this, customerId, 'Company User(s)');
    expectRows({
      system: 'Better B2B',
      where: `The Company User(s) of the company of customer ${customerId}`,
      rule: 'exactly',
      expected: [],
      columns: ['User Name', 'Email', 'Role'],
      shown: await this.b2b.users(company.id),
      cell: userCell(await this.b2b.roles()),
    });
  },
);

/** Polls: a write that Better B2B finished after the connector stopped waiting for it. */
Then(
  'Better B2B eventually holds the address {string} of the company of customer {customer}',
  async function (this: SyncWorld, label: string, customerId: string) {
    const company = await this.b2b.companyFor(customerId);
    for (const deadline = Date.now() + 10_000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const addresses = await this.b2b.addresses(company.id);
      if (addresses.some((address) => address.address_label === label)) return;
      if (Date.now() > deadline)
        throw new Error(
          `Address Book of the company of customer ${customerId}: expected "${label}" within 10 s, Better B2B shows ${addresses.map((a) => `"${a.address_label}"`).join(', ') || 'no address'}`,
        );
    }
  },
);
