import { z } from 'zod';

/**
 * What the Better B2B API accepts, as the mock reads it: its own schemas, written apart from the sync's,
 * so that a wrong field name on either side fails a test instead of passing on both.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();
const email = z.email({ message: 'must be an email address' }).max(100);

export const companyInput = z.strictObject({
  company_name: text(100),
  acumatica_customer_id: text(30),
  company_email: email,
  company_phone: optionalText(30),
  business_type: optionalText(50),
  customer_class: optionalText(100),
  price_class: optionalText(100),
});

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
  role_id: z.number().int().positive(),
  is_primary_admin: z.boolean(),
  external_id: optionalText(100),
});

export type CompanyInput = z.infer<typeof companyInput>;
export type AddressInput = z.infer<typeof addressInput>;
export type UserInput = z.infer<typeof userInput>;
