import type { AcumaticaStore, StoredRecord } from './store';

/**
 * What the Customers form fills in on a new customer, as a PUT that sends only CustomerID and CustomerName
 * shows in recorded traffic (Jetbuilt/acumatica, `Acumatica_Customer/…/returns_created_resource.yml`): Status
 * Active, the default class, the class's currency, terms, statement cycle and ship via, the override boxes
 * cleared and the default location named Primary Location. Values the request sent are kept.
 */
export interface InsertOptions {
  /** The tenant numbers new customers: the CustomerID sent is replaced by the next number ("123" → "C1165"). */
  autoNumberCustomers: boolean;
}

/** The class a customer gets when the request names none (the Default Customer Class ID of AR Preferences). */
export const DEFAULT_CUSTOMER_CLASS = 'DEFAULT';
/** The tenant's base currency, when the class names none (assumed: USD, as in the recorded tenant). */
const BASE_CURRENCY = 'USD';

/** Class field → customer field it defaults. */
const FROM_CLASS: Record<string, string> = {
  CurrencyID: 'CurrencyID',
  Terms: 'Terms',
  StatementCycleID: 'StatementCycleID',
  ShipVia: 'ShipVia',
  TaxZoneID: 'TaxZone',
};

const CLEARED_BOXES = [
  'BillingAddressOverride',
  'BillingContactOverride',
  'ShippingAddressOverride',
  'ShippingContactOverride',
  'IsGuestCustomer',
];

export function applyInsertDefaults(
  entity: string,
  record: StoredRecord,
  store: AcumaticaStore,
  options: InsertOptions,
): void {
  if (entity !== 'Customer') return;
  if (options.autoNumberCustomers) record.CustomerID = nextCustomerId(store);
  const missing = (field: string) => record[field] === undefined || record[field] === null;
  if (missing('Status')) record.Status = 'Active';
  if (missing('CustomerClass') && store.findByKeys('CustomerClass', ['ClassID'], { ClassID: DEFAULT_CUSTOMER_CLASS }))
    record.CustomerClass = DEFAULT_CUSTOMER_CLASS;
  const customerClass =
    typeof record.CustomerClass === 'string'
      ? store.findByKeys('CustomerClass', ['ClassID'], { ClassID: record.CustomerClass })
      : undefined;
  for (const [classField, field] of Object.entries(FROM_CLASS))
    if (missing(field) && customerClass?.[classField] !== undefined) record[field] = customerClass[classField];
  if (missing('CurrencyID')) record.CurrencyID = BASE_CURRENCY;
  for (const box of CLEARED_BOXES) if (missing(box)) record[box] = false;
  if (missing('LocationName')) record.LocationName = 'Primary Location';
}

/** The next CustomerID of the numbering sequence: C and nine digits, after the highest such ID in use. */
function nextCustomerId(store: AcumaticaStore): string {
  let highest = 0;
  for (const customer of store.all('Customer')) {
    const match = /^C(\d+)$/i.exec(String(customer.CustomerID ?? ''));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `C${String(highest + 1).padStart(9, '0')}`;
}
