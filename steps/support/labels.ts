/**
 * The labels of the screens the documents show, and the fields behind them. Acumatica labels map to paths
 * of the contract-based entities (`MainContact/Address/City`); Better B2B labels to API fields.
 */

/** Customers screen (AR303000): the fields the customer procedure mentions. */
export const CUSTOMER_FIELDS: Record<string, string> = {
  'Customer Name': 'CustomerName',
  'Customer Class': 'CustomerClass',
  'Customer Type': 'CustomerType',
  Status: 'Status',
  'Price Class': 'PriceClassID',
  'Account Email': 'MainContact/Email',
  'Phone 1': 'MainContact/Phone1',
  Attention: 'MainContact/Attention',
  'Address Line 1': 'MainContact/Address/AddressLine1',
  'Address Line 2': 'MainContact/Address/AddressLine2',
  City: 'MainContact/Address/City',
  State: 'MainContact/Address/State',
  'Postal Code': 'MainContact/Address/PostalCode',
  Country: 'MainContact/Address/Country',
};

/** A contact's fields, as the Contacts tab and the contact pop-up show them. */
export const CONTACT_FIELDS: Record<string, string> = {
  'First Name': 'FirstName',
  'Last Name': 'LastName',
  'Job Title': 'JobTitle',
  Email: 'Email',
  'Phone 1': 'Phone1',
  Active: 'Active',
};

/** Customer Locations (AR303020): a location and its address. */
export const LOCATION_FIELDS: Record<string, string> = {
  'Location ID': 'LocationID',
  'Location Name': 'LocationName',
  Default: 'Default',
  Active: 'Active',
  Attention: 'LocationContact/Attention',
  'Phone 1': 'LocationContact/Phone1',
  'Address Line 1': 'LocationContact/Address/AddressLine1',
  'Address Line 2': 'LocationContact/Address/AddressLine2',
  City: 'LocationContact/Address/City',
  State: 'LocationContact/Address/State',
  'Postal Code': 'LocationContact/Address/PostalCode',
  Country: 'LocationContact/Address/Country',
};

/** Fields whose cells are checkboxes (yes/no). */
export const CHECKBOX_FIELDS = new Set(['Active', 'Default']);

/** Better B2B, Company Detail, Basic Information. */
export const BASIC_INFORMATION: Record<string, string> = {
  'Company Name': 'company_name',
  'Acumatica Customer Id': 'acumatica_customer_id',
  'Company Email': 'company_email',
  'Company Phone': 'company_phone',
  'Business Type': 'business_type',
  'Customer Class': 'customer_class',
  'Price Class': 'price_class',
  Status: 'status',
};

/** Better B2B, Companies list. Dates are compared by day ("today" is today's date). */
export const COMPANIES_LIST: Record<string, string> = {
  'Acumatica Customer': 'acumatica_customer_id',
  'Company Name': 'company_name',
  Status: 'status',
  'Created At': 'created_at',
  'Approved / Rejected On': 'approved_at',
};

/** Better B2B, Company Detail, Address Book. */
export const ADDRESS_BOOK: Record<string, string> = {
  'Address Label': 'address_label',
  'First Name': 'first_name',
  'Last Name': 'last_name',
  'Address Line 1': 'address_line1',
  'Address Line 2': 'address_line2',
  City: 'city',
  State: 'state',
  'Zip Code': 'zip_code',
  Country: 'country',
  Phone: 'phone',
  Billing: 'is_billing',
  Shipping: 'is_shipping',
  'Default Billing': 'is_default_billing',
  'Default Shipping': 'is_default_shipping',
};

/** The field behind a label, or an error that lists the labels a table may use. */
export function fieldOf(labels: Record<string, string>, label: string, where: string): string {
  const field = labels[label];
  if (!field)
    throw new Error(
      `Failed to read the table: "${label}" is not a column of ${where}. Use one of: ${Object.keys(labels).join(', ')}.`,
    );
  return field;
}

/** A record with a value at each path (`MainContact/Address/City`), nested as linked entities. */
export function nestedRecord(values: Array<[path: string, value: unknown]>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [path, value] of values) {
    const parts = path.split('/');
    let target = record;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1) as string] = value;
  }
  return record;
}

/** The value at a path of a plain record. */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path
    .split('/')
    .reduce<unknown>(
      (value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined),
      record,
    );
}
