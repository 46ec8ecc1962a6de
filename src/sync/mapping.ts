import type { Contact, Customer, CustomerLocation } from '../acumatica/entity-schemas';
import type { AddressPayload, CompanyPayload, UserPayload } from '../b2b/resources';
import type { CompleteAddress } from './rules';

/** Label of the billing address made from the customer's main address (as Better B2B shows it). */
export const PRIMARY_ADDRESS_LABEL = 'Primary Address';
/** Better B2B's business type when Acumatica has none to offer. */
export const DEFAULT_BUSINESS_TYPE = 'Default';
/** Role of the company user made from the contact marked Primary in Acumatica (shown as "Primary Admin"). */
export const PRIMARY_ADMIN_ROLE = 'Admin';
/** Role of every other company user: may view and place orders, may not manage the company. */
export const CONTACT_ROLE = 'Senior Buyer';

/** Company from customer: name, Acumatica customer id, account email, phone, class (its description), price class. */
export function mapCompany(customer: Customer, classDescriptions: ReadonlyMap<string, string>): CompanyPayload {
  const main = customer.MainContact;
  const customerClass = customer.CustomerClass
    ? (classDescriptions.get(customer.CustomerClass) ?? customer.CustomerClass)
    : undefined;
  return compact({
    company_name: customer.CustomerName ?? customer.CustomerID,
    company_phone: main?.Phone1,
    acumatica_customer_id: customer.CustomerID,
    company_email: (main?.Email ?? '').trim(),
    business_type: DEFAULT_BUSINESS_TYPE,
    customer_class: customerClass,
    price_class: customer.PriceClassID,
  });
}

/** The customer's main address (complete: rules.ts) as the company's default billing address, "Primary Address". */
export function mapBillingAddress(customer: Customer, address: CompleteAddress): AddressPayload {
  const main = customer.MainContact;
  const name = splitName(main?.Attention || customer.CustomerName || customer.CustomerID);
  return mapAddress(address, {
    address_label: PRIMARY_ADDRESS_LABEL,
    ...name,
    phone: main?.Phone1,
    is_billing: true,
    is_shipping: false,
    is_default_billing: true,
    is_default_shipping: false,
    external_id: `customer:${customer.CustomerID}`,
  });
}

/** A location (its complete address: rules.ts) as a shipping address; the default location is the default shipping address. */
export function mapLocationAddress(
  location: CustomerLocation,
  address: CompleteAddress,
  customer: Customer,
): AddressPayload {
  const contact = location.LocationContact;
  const name = splitName(contact?.Attention || customer.CustomerName || location.LocationName || location.LocationID);
  return mapAddress(address, {
    address_label: location.LocationName ?? location.LocationID,
    ...name,
    phone: contact?.Phone1,
    is_billing: false,
    is_shipping: true,
    is_default_billing: false,
    is_default_shipping: location.Default === true,
    external_id: `location:${location.LocationID}`,
  });
}

/** A contact as a company user; only the contact marked Primary in Acumatica is the Primary Admin. */
export function mapUser(
  contact: Contact,
  isPrimary: boolean,
  roleIds: { admin: number; contact: number },
): UserPayload {
  const fallback = splitName(contact.DisplayName ?? contact.Email ?? String(contact.ContactID));
  return compact({
    email: (contact.Email ?? '').trim().toLowerCase(),
    first_name: contact.FirstName || fallback.first_name,
    last_name: contact.LastName || fallback.last_name,
    phone: contact.Phone1,
    role_id: isPrimary ? roleIds.admin : roleIds.contact,
    is_primary_admin: isPrimary,
    external_id: String(contact.ContactID),
  });
}

/** "John Kenny" → John / Kenny; a single word is used for both, as Acumatica's own commerce connector does. */
export function splitName(full: string): { first_name: string; last_name: string } {
  const trimmed = full.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { first_name: trimmed, last_name: trimmed };
  return { first_name: trimmed.slice(0, space), last_name: trimmed.slice(space + 1).trim() };
}

type AddressHead = Omit<AddressPayload, 'address_line1' | 'address_line2' | 'city' | 'state' | 'zip_code' | 'country'>;

function mapAddress(address: CompleteAddress, head: AddressHead): AddressPayload {
  const { address_label, first_name, last_name, ...rest } = head;
  return compact({
    address_label,
    first_name,
    last_name,
    address_line1: address.AddressLine1,
    address_line2: address.AddressLine2,
    city: address.City,
    state: address.State,
    zip_code: address.PostalCode,
    country: address.Country ?? 'US',
    ...rest,
  });
}

/**
 * Sends an empty optional field as null rather than leaving it out: Better B2B's PUT replaces the record,
 * and a phone removed in Acumatica must be removed there too (and the comparison must see the difference).
 */
function compact<T extends object>(payload: T): T {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, value === undefined || value === '' ? null : value]),
  ) as T;
}
