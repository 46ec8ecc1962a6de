import { z } from 'zod';

/**
 * What the sync sends to Better B2B and what it reads back (snake_case JSON under /api/v1). Responses are
 * validated loosely: unknown fields are kept, the fields the sync relies on must be there.
 */
export interface CompanyPayload {
  company_name: string;
  company_phone?: string | null;
  acumatica_customer_id: string;
  company_email: string;
  business_type: string;
  customer_class?: string | null;
  price_class?: string | null;
}

export interface AddressPayload {
  address_label: string;
  first_name: string;
  last_name: string;
  address_line1: string;
  address_line2?: string | null;
  city: string;
  state?: string | null;
  zip_code: string;
  country: string;
  phone?: string | null;
  is_billing: boolean;
  is_shipping: boolean;
  is_default_billing: boolean;
  is_default_shipping: boolean;
  /** The Acumatica record the address comes from: the customer's main address or a location ID. */
  external_id: string;
}

export interface UserPayload {
  email: string;
  first_name: string;
  last_name: string;
  phone?: string | null;
  role_id: number;
  is_primary_admin: boolean;
  /** The Acumatica ContactID. */
  external_id: string;
}

const id = z.coerce.number().int().positive();

export const companySchema = z.looseObject({
  id,
  company_name: z.string(),
  acumatica_customer_id: z.string(),
  company_email: z.string(),
  company_phone: z.string().nullish(),
  business_type: z.string().nullish(),
  customer_class: z.string().nullish(),
  price_class: z.string().nullish(),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']),
  created_at: z.string(),
  approved_at: z.string().nullish(),
});

export const addressSchema = z.looseObject({
  id,
  company_id: id,
  address_label: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  address_line1: z.string(),
  address_line2: z.string().nullish(),
  city: z.string(),
  state: z.string().nullish(),
  zip_code: z.string(),
  country: z.string(),
  phone: z.string().nullish(),
  is_billing: z.boolean(),
  is_shipping: z.boolean(),
  is_default_billing: z.boolean(),
  is_default_shipping: z.boolean(),
  external_id: z.string().nullish(),
});

export const userSchema = z.looseObject({
  id,
  company_id: id,
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullish(),
  role_id: id,
  role_name: z.string().optional(),
  is_primary_admin: z.boolean(),
  external_id: z.string().nullish(),
});

export const roleSchema = z.looseObject({
  id,
  name: z.string(),
  type: z.enum(['Predefined', 'Custom']),
});

export type Company = z.output<typeof companySchema>;
export type CompanyAddress = z.output<typeof addressSchema>;
export type CompanyUser = z.output<typeof userSchema>;
export type Role = z.output<typeof roleSchema>;
