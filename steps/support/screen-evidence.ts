import { attachEvidence, fields, table, type Evidence } from './evidence';
import { LOG_COLUMNS, type LogFilter, type LogRow } from './logs-screen';
import type { JournalEntry, MockedSystem } from './mock-control';
import type { SyncWorld } from './world';

/**
 * The evidence of each screen a step reads, as the documents' screens lay it out; the `/ui` paths are those
 * of the mocks' read-only screens.
 */

const ui = (...segments: Array<string | number>) =>
  ['/ui', ...segments.map((segment) => encodeURIComponent(String(segment)))].join('/');

/** The `/ui/logs` address of a filter: Action Type, Level, From and To Date/Time (UTC, as the mock's screen takes them). */
function logsPath(filter: LogFilter): string {
  const query = new URLSearchParams();
  if (filter['Action Type']) query.set('actionType', filter['Action Type']);
  if (filter.Level) query.set('level', filter.Level);
  for (const [bound, at] of [
    ['from', filter.From],
    ['to', filter.To],
  ] as const) {
    if (!at) continue;
    // The screen takes whole seconds: To is rounded up, so that it keeps the rows of its last second.
    const iso = new Date(bound === 'to' ? Math.ceil(at.getTime() / 1000) * 1000 : at.getTime()).toISOString();
    query.set(`${bound}Date`, iso.slice(0, 10));
    query.set(`${bound}Time`, iso.slice(11, 19));
  }
  const text = query.toString();
  return text ? `/ui/logs?${text}` : '/ui/logs';
}

/** Logs screen rows, in the screen's columns, with the time each was written. */
export function logsEvidence(subject: string, rows: LogRow[], filter: LogFilter = {}): Evidence {
  const columns = [...Object.keys(LOG_COLUMNS), 'Created'];
  const described = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([label, value]) => [label, value instanceof Date ? value.toISOString() : value] as [string, unknown]);
  return {
    system: 'Acumatica',
    screen: 'Logs',
    subject,
    sections: [
      ...(described.length > 0 ? [fields('Filters', described)] : []),
      table(
        `${rows.length} row(s)`,
        columns,
        rows.map((row) => [...Object.values(LOG_COLUMNS).map((field) => row[field]), row.CreatedDateTime]),
      ),
    ],
    uiPath: logsPath(filter),
  };
}

/** Company Detail of a company: Basic Information, Company User(s) and Address Book, as its tabs show them. */
export async function companyEvidence(
  world: SyncWorld,
  company: Record<string, any>,
  tab: CompanyTab = 'Basic Information',
): Promise<Evidence> {
  const [users, addresses, roles] = await Promise.all([
    world.b2b.users(company.id),
    world.b2b.addresses(company.id),
    world.b2b.roles(),
  ]);
  const roleName = (id: number) => roles.find((role) => role.id === id)?.name;
  return {
    system: 'Better B2B',
    screen: 'Company Detail',
    subject: `${company.company_name} (${company.acumatica_customer_id})`,
    sections: [
      fields('Basic Information', [
        ['Company Name', company.company_name],
        ['Acumatica Customer Id', company.acumatica_customer_id],
        ['Company Email', company.company_email],
        ['Company Phone', company.company_phone],
        ['Business Type', company.business_type],
        ['Customer Class', company.customer_class],
        ['Price Class', company.price_class],
        ['Status', company.status],
      ]),
      table(
        'Company User(s)',
        ['User Name', 'Email', 'Phone', 'Role'],
        users.map((user) => [
          `${user.first_name} ${user.last_name}`,
          user.email,
          user.phone,
          user.is_primary_admin ? 'Primary Admin' : roleName(user.role_id),
        ]),
      ),
      table(
        'Address Book',
        ['Address Label', 'Billing', 'Shipping', 'Default Billing', 'Default Shipping', 'Address', 'Phone'],
        addresses.map((address) => [
          address.address_label,
          address.is_billing,
          address.is_shipping,
          address.is_default_billing,
          address.is_default_shipping,
          [address.address_line1, address.address_line2, address.city, address.state, address.zip_code, address.country]
            .filter(Boolean)
            .join(', '),
          address.phone,
        ]),
      ),
    ],
    uiPath: TAB_SLUGS[tab] ? ui('companies', company.id, TAB_SLUGS[tab]) : ui('companies', company.id),
  };
}

/** The tabs of Company Detail, as the mock's screen names them in its address. */
export type CompanyTab = 'Basic Information' | 'Company User(s)' | 'Address Book';
const TAB_SLUGS: Record<CompanyTab, string> = {
  'Basic Information': '',
  'Company User(s)': 'users',
  'Address Book': 'address-book',
};

/** The company of a customer, its Company Detail attached as evidence (`company-<customer>`), its picture on `tab`. */
export async function companyShown(
  world: SyncWorld,
  customerId: string,
  tab: CompanyTab = 'Basic Information',
): Promise<Record<string, any>> {
  const company = await world.b2b.companyFor(customerId);
  await attachEvidence(world, `company-${customerId}`, await companyEvidence(world, company, tab));
  return company;
}

/** The Companies list, as Better B2B's screen shows it. */
export function companiesListEvidence(companies: Array<Record<string, any>>, search?: string): Evidence {
  return {
    system: 'Better B2B',
    screen: 'Companies',
    subject: `${companies.length} company(ies)`,
    sections: [
      table(
        'Companies',
        ['Acumatica Customer', 'Company Name', 'Status', 'Created At', 'Approved / Rejected On'],
        companies.map((c) => [c.acumatica_customer_id, c.company_name, c.status, c.created_at, c.approved_at]),
      ),
    ],
    uiPath: search ? `${ui('companies')}?${new URLSearchParams({ search })}` : ui('companies'),
  };
}

/** The Kensium Commerce tab of a customer, contact or location: the framework box and the Site Association grid. */
export function siteAssociationEvidence(
  screen: 'Customers' | 'Contacts' | 'Customer Locations',
  subject: string,
  record: Record<string, any>,
  uiPath?: string,
): Evidence {
  return {
    system: 'Acumatica',
    screen: `${screen}: Kensium Commerce tab`,
    subject,
    sections: [
      fields('Kensium Commerce', [
        ...(screen === 'Customers' ? ([['Customer Type', record.CustomerType]] as Array<[string, unknown]>) : []),
        ['Enable Kensium Commerce Framework', record.KensiumCommerceEnabled],
      ]),
      table(
        'Site Association',
        ['Config Site', 'Active', 'Connector type', 'Commerce Reference ID'],
        (record.SiteAssociations ?? []).map((row: Record<string, unknown>) => [
          row.ConfigSite,
          row.Active,
          row.ConnectorType,
          row.CommerceReferenceID,
        ]),
      ),
    ],
    uiPath,
  };
}

export const customerTabPath = (customerId: string, tab: string) => ui('customers', customerId, tab);
export const contactTabPath = (contactId: string | number, tab: string) => ui('contacts', contactId, tab);
export const companyTabPath = (companyId: number, tab: string) => ui('companies', companyId, tab);
export const rolePath = (roleId: number) => ui('roles', roleId);

/** Requests of the mock's journal, and their answers in order ("503, 503, 200"). */
export function journalEvidence(system: MockedSystem, subject: string, entries: JournalEntry[]): Evidence {
  return {
    system,
    screen: 'Request journal',
    subject,
    sections: [
      fields('Answers, in order', [['Statuses', answers(entries)]]),
      table(
        `${entries.length} request(s)`,
        ['Time', 'Method', 'Path', 'Answer', 'Took'],
        entries.map((entry) => [entry.time, entry.method, entry.path, answer(entry), `${entry.durationMs} ms`]),
      ),
    ],
    uiPath: '/ui/journal',
  };
}

/** The statuses of journal entries, comma-separated, oldest first. */
export function answers(entries: JournalEntry[]): string {
  return entries.map(answer).join(', ');
}

/** A request's status; "no answer" when none reached the connector (the connection dropped, or it gave up waiting). */
function answer(entry: JournalEntry): string {
  return entry.status === 0 ? 'no answer' : String(entry.status);
}
