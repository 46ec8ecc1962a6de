import { z } from 'zod';
import { html, pageOf, pager, screenUrl, table, withQuery, type Column } from '../../ui/html';
import { queryPage, queryText, readQuery, type ScreenHandler } from '../../ui/screens-router';
import type { B2BStore, CompanyRecord } from '../store';
import { b2bDate, statusBadge, toolbar } from './layout';

const PAGE_SIZE = 50;

const listQuery = z.strictObject({ search: queryText(), page: queryPage });

/**
 * Companies (step 4 of the customer procedure): Acumatica Customer, Company Name, Status, Created At,
 * Approved / Rejected On and a View link, newest first as in the documents' screenshot. The search box
 * finds a company by a part of its name or of its Acumatica customer id, ignoring case.
 */
export function companiesScreen(store: B2BStore): ScreenHandler {
  return (req) => {
    const { search, page } = readQuery(req, listQuery);
    const needle = search?.trim().toLowerCase() ?? '';
    const found = store.companies
      .filter(
        (company) =>
          company.company_name.toLowerCase().includes(needle) ||
          company.acumatica_customer_id.toLowerCase().includes(needle),
      )
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    const shown = pageOf(found, page ?? 1, PAGE_SIZE);
    const list = screenUrl('companies');
    const empty = needle ? `No company matches "${search}".` : 'No company yet: run a sync (npm run sync).';
    return {
      title: 'Companies',
      section: 'companies',
      body: html`${toolbar(list, search, 'Search Company Name / Customer ID', withQuery(list, { search }))}
      ${table('Companies', COLUMNS, shown.rows, empty)} ${pager(shown, (n) => withQuery(list, { search, page: n }))}`,
    };
  };
}

const COLUMNS: Column<CompanyRecord>[] = [
  { label: 'Acumatica Customer', cell: (company) => company.acumatica_customer_id, className: 'narrow' },
  { label: 'Company Name', cell: (company) => company.company_name },
  { label: 'Status', cell: (company) => statusBadge(company.status), className: 'narrow' },
  { label: 'Created At', cell: (company) => b2bDate(company.created_at), className: 'narrow' },
  { label: 'Approved / Rejected On', cell: (company) => b2bDate(company.approved_at), className: 'narrow' },
  {
    label: 'Action',
    cell: (company) => html`<a href="${screenUrl('companies', company.id)}">View</a>`,
    className: 'narrow',
  },
];
