import type { Request } from 'express';
import { z } from 'zod';
import { field, html, notice, screenUrl, table, tabs, withQuery, type Html, type Part } from '../../ui/html';
import { queryText, readQuery, ScreenError, type Screen, type ScreenHandler } from '../../ui/screens-router';
import type { AddressRecord, B2BStore, CompanyRecord, RoleRecord, UserRecord } from '../store';
import { statusBadge, toolbar } from './layout';

/**
 * Company Detail (step 5 of the customer procedure, step 6 of the contact procedure): the company's name
 * and status above five tabs, each its own page: Basic Information, Company User(s), Payment Methods (not
 * emulated), Address Book and User Roles.
 */
const TABS = [
  { slug: '', label: 'Basic Information' },
  { slug: 'users', label: 'Company User(s)' },
  { slug: 'payment-methods', label: 'Payment Methods' },
  { slug: 'address-book', label: 'Address Book' },
  { slug: 'user-roles', label: 'User Roles' },
] as const;

type Slug = (typeof TABS)[number]['slug'];

const searchQuery = z.strictObject({ search: queryText() });
const noQuery = z.strictObject({});

export function companyDetailScreen(store: B2BStore): ScreenHandler {
  return (req) => {
    const company = companyOf(store, req.params.id);
    const slug = (req.params.tab ?? '') as string;
    const tab = TABS.find((t) => t.slug === slug);
    if (!tab)
      throw new ScreenError(
        404,
        `Company Detail has no tab "${slug}"; its tabs are ${TABS.map((t) => t.slug || '(none: Basic Information)').join(', ')}.`,
      );
    const content = TAB_CONTENT[tab.slug](store, company, req);
    const head = html`<div class="company-head">
      <a class="back" href="${screenUrl('companies')}" aria-label="Back to Companies">‹</a
      ><span class="avatar">${company.company_name.slice(0, 1).toUpperCase()}</span
      ><span class="name">${company.company_name}</span>${statusBadge(company.status)}
    </div>`;
    const bar = tabs(TABS.map((t) => ({ label: t.label, href: tabUrl(company, t.slug), active: t.slug === tab.slug })));
    return { title: 'Company Detail', section: 'companies', body: html`${head}${bar}${content}` } satisfies Screen;
  };
}

function companyOf(store: B2BStore, raw: unknown): CompanyRecord {
  const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  const company = id === undefined ? undefined : store.company(id);
  if (!company) throw new ScreenError(404, `There is no company ${String(raw)}. The Companies list shows them all.`);
  return company;
}

function tabUrl(company: CompanyRecord, slug: Slug): string {
  return slug ? screenUrl('companies', company.id, slug) : screenUrl('companies', company.id);
}

type TabContent = (store: B2BStore, company: CompanyRecord, req: Request) => Html;

const TAB_CONTENT: Record<Slug, TabContent> = {
  '': (_store, company, req) => {
    readQuery(req, noQuery);
    return html`${field('Company Name', company.company_name, { required: true })}
      ${field('Acumatica Customer Id', company.acumatica_customer_id, { required: true })}
      ${field('Company Email', company.company_email, { required: true })}
      ${field('Company Phone', company.company_phone)} ${field('Business Type', company.business_type)}
      ${field('Customer Class', company.customer_class, { required: true })}
      ${field('Price Class', company.price_class)}
      <div class="actions"><button type="button" disabled title="The screens are read-only">SAVE</button></div>`;
  },
  users: (store, company, req) => {
    const { search } = readQuery(req, searchQuery);
    const needle = search?.trim().toLowerCase() ?? '';
    const users = store
      .usersOfCompany(company.id)
      .filter((user) => [userName(user), user.email, user.phone ?? ''].some((t) => t.toLowerCase().includes(needle)));
    const role = (user: UserRecord) => store.role(user.role_id);
    const url = tabUrl(company, 'users');
    return html`${toolbar(url, search, 'Search by Keyword', withQuery(url, { search }))}
    ${table(
      'Company User(s)',
      [
        { label: 'User Name', cell: (user: UserRecord) => userName(user) },
        { label: 'Email', cell: (user: UserRecord) => user.email },
        { label: 'Phone', cell: (user: UserRecord) => user.phone },
        { label: 'Role', cell: (user: UserRecord) => (user.is_primary_admin ? 'Primary Admin' : role(user)?.name) },
        { label: 'Permissions', cell: (user: UserRecord) => roleLink(role(user)), className: 'narrow' },
      ],
      users,
      needle ? `No user matches "${search}".` : 'No user exists!',
    )}`;
  },
  'payment-methods': (_store, _company, req) => {
    readQuery(req, noQuery);
    return notice(
      'info',
      'Payment Methods are not emulated by this mock: the customer sync does not write them, and the mock keeps none.',
    );
  },
  'address-book': (store, company, req) => {
    const { search } = readQuery(req, searchQuery);
    const all = store.addressesOfCompany(company.id);
    const billing = all.find((a) => a.is_default_billing);
    const shipping = all.find((a) => a.is_default_shipping);
    const needle = search?.trim().toLowerCase() ?? '';
    const others = all
      .filter((a) => !a.is_default_billing && !a.is_default_shipping)
      .filter((a) => addressLines(a).join(' ').toLowerCase().includes(needle));
    const url = tabUrl(company, 'address-book');
    return html`<div class="addresses">
        ${addressCard('Billing Address', billing)}${addressCard('Default Shipping Address', shipping)}
      </div>
      ${toolbar(url, search, 'Search by Keyword', withQuery(url, { search }))}
      ${table(
        'Other addresses',
        [
          { label: 'Address Label', cell: (a: AddressRecord) => a.address_label },
          { label: 'Address', cell: (a: AddressRecord) => addressLines(a).slice(1).join(', ') },
          { label: 'Billing', cell: (a: AddressRecord) => (a.is_billing ? 'Yes' : 'No'), className: 'narrow' },
          { label: 'Shipping', cell: (a: AddressRecord) => (a.is_shipping ? 'Yes' : 'No'), className: 'narrow' },
        ],
        others,
        'No Address exists!',
      )}`;
  },
  'user-roles': (store, company, req) => {
    const { search } = readQuery(req, searchQuery);
    const needle = search?.trim().toLowerCase() ?? '';
    const roles = store.rolesOfCompany(company.id).filter((role) => role.name.toLowerCase().includes(needle));
    const url = tabUrl(company, 'user-roles');
    return html`${toolbar(url, search, 'Search company roles', withQuery(url, { search }))}
    ${table(
      'User Roles',
      [
        { label: 'Role Name', cell: (role: RoleRecord) => role.name },
        { label: 'Type', cell: (role: RoleRecord) => role.type, className: 'narrow' },
        { label: 'Action', cell: (role: RoleRecord) => roleLink(role), className: 'narrow' },
      ],
      roles,
      needle ? `No role matches "${search}".` : 'No role exists!',
    )}`;
  },
};

function userName(user: UserRecord): string {
  return `${user.first_name} ${user.last_name}`;
}

function roleLink(role: RoleRecord | undefined): Part {
  return role ? html`<a href="${screenUrl('roles', role.id)}">View</a>` : '';
}

/** An address as the Address Book's cards write it: label, name, street, city and zip, country, phone. */
function addressLines(address: AddressRecord): string[] {
  return [
    address.address_label,
    `${address.first_name} ${address.last_name}`,
    [address.address_line1, address.address_line2].filter(Boolean).join(', '),
    [address.city, address.state, address.zip_code].filter(Boolean).join(' '),
    address.country,
  ];
}

function addressCard(title: string, address: AddressRecord | undefined): Html {
  if (!address)
    return html`<section class="address">
      <h3>${title}</h3>
      <p class="muted">None</p>
    </section>`;
  const [label, ...lines] = addressLines(address);
  return html`<section class="address" aria-label="${title}">
    <h3>${title}</h3>
    <div class="label">${label}</div>
    ${lines.map((line) => html`<p>${line}</p>`)}${address.phone ? html`<p>Phone: ${address.phone}</p>` : ''}
  </section>`;
}
