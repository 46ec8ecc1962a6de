import { z } from 'zod';
import { PERMISSION_CODES } from './permissions';

/**
 * What the Better B2B API accepts, as the mock reads it: its own schemas, written apart from the sync's,
 * so that a wrong field name on either side fails a test instead of passing on both. Bodies are strict
 * (an unknown field is an error). Values are stored as sent, never trimmed or re-cased: a mock that
 * changed them would make a sync see a difference on every run. An optional field left out or null is
 * stored as null, which is how a PUT clears it.
 */
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim() !== '', 'must not be blank');
const optionalText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullable().default(null);
const email = z.email({ message: 'must be an email address' }).max(100, 'must be at most 100 characters');
const id = z.number().int().positive();

export const companyInput = z.strictObject({
  company_name: text(100),
  acumatica_customer_id: text(30),
  company_email: email,
  company_phone: optionalText(30),
  business_type: optionalText(50),
  customer_class: optionalText(100),
  price_class: optionalText(100),
});

export const COMPANY_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

/** `PUT /company/{id}/status`: the store admin approves or rejects a company (or puts it back to PENDING). */
export const statusInput = z.strictObject({ status: z.enum(COMPANY_STATUSES) });

export const addressInput = z.strictObject({
  address_label: text(100),
  first_name: text(50),
  last_name: text(50),
  address_line1: text(200),
  address_line2: optionalText(200),
  city: text(100),
  state: optionalText(100),
  zip_code: text(20),
  country: text(60),
  phone: optionalText(30),
  is_billing: z.boolean(),
  is_shipping: z.boolean(),
  is_default_billing: z.boolean(),
  is_default_shipping: z.boolean(),
  external_id: optionalText(100),
});

export const userInput = z.strictObject({
  email,
  first_name: text(50),
  last_name: text(50),
  phone: optionalText(30),
  role_id: id,
  is_primary_admin: z.boolean(),
  external_id: optionalText(100),
});

export const roleInput = z.strictObject({
  name: text(50),
  permissions: z
    .array(
      z.enum(PERMISSION_CODES as [string, ...string[]], { message: `must be one of ${PERMISSION_CODES.join(', ')}` }),
    )
    .max(PERMISSION_CODES.length),
  /** A role of one company only; null (or absent): a custom role every company may use. */
  company_id: id.nullable().default(null),
});

export const settingsInput = z.strictObject({ auto_approve: z.boolean() }).partial();

export type CompanyInput = z.output<typeof companyInput>;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];
export type AddressInput = z.output<typeof addressInput>;
export type UserInput = z.output<typeof userInput>;
export type RoleInput = z.output<typeof roleInput>;
