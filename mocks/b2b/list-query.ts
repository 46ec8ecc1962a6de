import { z } from 'zod';
import { COMPANY_STATUSES } from './schemas';

/**
 * Query parameters of the lists. Unknown parameters are refused (422) rather than ignored, so that a
 * client filtering on a misspelt parameter learns it instead of reading an unfiltered list.
 */
const paging = (defaultLimit: number) => ({
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(250, 'must be at most 250').default(defaultLimit),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
});
const order = z.enum(['asc', 'desc']);

export const companyListQuery = z.strictObject({
  ...paging(20),
  /** Any field contains this text, without regard to case (json-server's full-text search). */
  q: z.string().optional(),
  /** The company name contains this text, without regard to case. */
  company_name: z.string().optional(),
  /** Exactly this Acumatica customer id, without regard to case (answered from an index). */
  acumatica_customer_id: z.string().optional(),
  status: z.enum(COMPANY_STATUSES).optional(),
  sort: z.enum(['created_at', 'approved_at', 'company_name']).default('created_at'),
  order: order.default('desc'),
});

export const roleListQuery = z.strictObject({
  ...paging(100),
  /** The role name contains this text, without regard to case. */
  q: z.string().optional(),
  type: z.enum(['Predefined', 'Custom']).optional(),
  company_id: z.coerce.number().int().positive().optional(),
});

/** The company's "User Roles" tab: its search box filters by role name. */
export const companyRolesQuery = z.strictObject({ q: z.string().optional() });

export type CompanyListQuery = z.output<typeof companyListQuery>;
export type RoleListQuery = z.output<typeof roleListQuery>;

/** A text to find inside a field through json-server's `<field>_like` filter, which takes a regular expression. */
export function likePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
