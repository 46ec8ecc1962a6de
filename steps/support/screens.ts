import type { Plain } from './acumatica-view';
import type { B2BRecord } from './b2b-view';
import type { ScreenRow } from './table-match';

/**
 * Records as the screens of the documents show them: the labels are the column and field names on the
 * screenshots, so that tables in the features read like the screens.
 */
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
export const checkbox = (value: unknown): string => (value === true ? 'checked' : 'unchecked');

/** Acumatica, Logs screen (customer sync guide, step 3). */
export function logsScreenRow(row: Plain): ScreenRow {
  return {
    Level: text(row.Level),
    'Action Type': text(row.ActionType),
    Message: text(row.Message),
    'Endpoint Url': text(row.EndpointUrl),
    Description: text(row.Description),
    'Login User': text(row.LoginUser),
  };
}

export const LOGS_SCREEN_COLUMNS = ['Level', 'Action Type', 'Message', 'Endpoint Url', 'Description', 'Login User'];

/** Acumatica, Customers screen, Contacts tab (contact sync guide, steps 2 and 7). */
export function contactsTabRow(contact: Plain, primaryContactId: unknown): ScreenRow {
  return {
    Active: checkbox(contact.Active),
    Contact: text(contact.DisplayName ?? [contact.FirstName, contact.LastName].filter(Boolean).join(' ')),
    'Job Title': text(contact.JobTitle),
    Primary: checkbox(primaryContactId !== undefined && primaryContactId !== null && primaryContactId === contact.ContactID),
    Email: text(contact.Email),
    'Phone 1': text(contact.Phone1),
  };
}

/** Better B2B, Companies list (customer sync guide, step 4). */
export function companiesListRow(company: B2BRecord): ScreenRow {
  return { 'Acumatica Customer': text(company.acumatica_customer_id), 'Company Name': text(company.company_name), Status: text(company.status) };
}

/** Better B2B, Company Detail, Basic Information (customer sync guide, step 5). */
export function basicInformation(company: B2BRecord): ScreenRow {
  return {
    'Company Name': text(company.company_name),
    'Acumatica Customer Id': text(company.acumatica_customer_id),
    'Company Email': text(company.company_email),
    'Company Phone': text(company.company_phone),
    'Business Type': text(company.business_type),
    'Customer Class': text(company.customer_class),
    'Price Class': text(company.price_class),
    Status: text(company.status),
  };
}

/** Better B2B, Company Detail, Address Book: the Billing Address and Default Shipping Address cards, and the grid. */
export function addressBookRow(address: B2BRecord): ScreenRow {
  const shownAs = [address.is_default_billing ? 'Billing Address' : '', address.is_default_shipping ? 'Default Shipping Address' : ''].filter(Boolean);
  return {
    'Address Label': text(address.address_label),
    'Shown As': shownAs.join(', ') || 'Address',
    Name: [address.first_name, address.last_name].filter(Boolean).join(' '),
    'Address Line 1': text(address.address_line1),
    'Address Line 2': text(address.address_line2),
    City: text(address.city),
    State: text(address.state),
    'Zip Code': text(address.zip_code),
    Country: text(address.country),
    Phone: text(address.phone),
    Billing: checkbox(address.is_billing),
    Shipping: checkbox(address.is_shipping),
  };
}

/** Better B2B, Company Detail, Company User(s) (contact sync guide, step 6): the Primary Admin shows as such. */
export function companyUserRow(user: B2BRecord, roles: B2BRecord[]): ScreenRow {
  const role = user.is_primary_admin === true ? 'Primary Admin' : text(roles.find((r) => r.id === user.role_id)?.name ?? user.role_id);
  return {
    Name: [user.first_name, user.last_name].filter(Boolean).join(' '),
    'First Name': text(user.first_name),
    'Last Name': text(user.last_name),
    Email: text(user.email),
    Phone: text(user.phone),
    Role: role,
  };
}

/** Better B2B, Company Detail, User Roles (customer sync guide, step 5). */
export function userRolesRow(role: B2BRecord): ScreenRow {
  return { 'Role Name': text(role.name), Type: text(role.type) };
}

/** Only the columns an expected table names, so that a table can list just what it is about. */
export function pick(row: ScreenRow, columns: string[]): ScreenRow {
  return Object.fromEntries(columns.map((column) => [column, row[column] ?? '']));
}

/** Checks that every column an expected table names is one the screen has. */
export function checkColumns(screen: string, columns: string[], known: string[]): void {
  const unknown = columns.filter((column) => !known.includes(column));
  if (unknown.length > 0) throw new Error(`The ${screen} has no column ${unknown.map((c) => `"${c}"`).join(', ')}; its columns are ${known.join(', ')}`);
}
