import type { Request } from 'express';
import { z } from 'zod';
import { checkbox, field, html, pageOf, pager, screenUrl, table, tabs, withQuery, type Html } from '../../ui/html';
import { queryPage, queryText, readQuery, ScreenError, type ScreenHandler } from '../../ui/screens-router';
import type { StoredRecord } from '../entities/store';
import { kensiumCommerceTab } from './kensium-commerce-tab';
import { gridCaption, summary, type AcumaticaScreen } from './layout';
import { flag, siteAssociations, text, type Tenant } from './tenant';

const PAGE_SIZE = 50;
const listQuery = z.strictObject({ search: queryText(), page: queryPage });
const noQuery = z.strictObject({});

/** The Customers list: every customer by Customer ID, with a search on id, name and account email. */
export function customersScreen(tenant: Tenant): ScreenHandler {
  return (req) => {
    const { search, page } = readQuery(req, listQuery);
    const needle = search?.trim().toLowerCase() ?? '';
    const found = tenant
      .customers()
      .filter((c) =>
        ['CustomerID', 'CustomerName', 'MainContact/Email'].some((path) =>
          text(c, path).toLowerCase().includes(needle),
        ),
      );
    const shown = pageOf(found, page ?? 1, PAGE_SIZE);
    const list = screenUrl('customers');
    const form = html`<form class="filters" method="get" action="${list}">
      <label
        >Search<input
          class="wide"
          type="search"
          name="search"
          value="${search ?? ''}"
          placeholder="Customer ID, name or account email" /></label
      ><button type="submit">Apply</button>
    </form>`;
    return {
      title: 'Customers',
      section: 'customers',
      body: html`${form}
      ${table(
        'Customers',
        [
          {
            label: 'Customer ID',
            cell: (c: StoredRecord) => html`<a href="${customerUrl(c)}">${text(c, 'CustomerID')}</a>`,
            className: 'narrow',
          },
          { label: 'Customer Name', cell: (c: StoredRecord) => text(c, 'CustomerName') },
          { label: 'Status', cell: (c: StoredRecord) => text(c, 'Status'), className: 'narrow' },
          { label: 'Customer Class', cell: (c: StoredRecord) => tenant.customerClass(text(c, 'CustomerClass')) },
          { label: 'Customer Type', cell: (c: StoredRecord) => text(c, 'CustomerType'), className: 'narrow' },
          {
            label: 'Kensium Commerce',
            cell: (c: StoredRecord) => checkbox(flag(c, 'KensiumCommerceEnabled')),
            className: 'check',
          },
          { label: 'Account Email', cell: (c: StoredRecord) => text(c, 'MainContact/Email') },
        ],
        shown.rows,
        needle ? `No customer matches "${search}".` : 'No customer.',
      )}
      ${pager(shown, (n) => withQuery(list, { search, page: n }))}`,
    };
  };
}

function customerUrl(customer: StoredRecord, tab?: string): string {
  const id = text(customer, 'CustomerID');
  return tab ? screenUrl('customers', id, tab) : screenUrl('customers', id);
}

/**
 * The Customers form (AR303000): the customer in its summary, and the tabs of the documents' screenshot;
 * General, Locations, Contacts and Kensium Commerce can be opened, the others are greyed out.
 */
const TABS: ReadonlyArray<{ label: string; slug?: string }> = [
  { label: 'General', slug: '' },
  { label: 'Financial' },
  { label: 'Billing' },
  { label: 'Shipping' },
  { label: 'Locations', slug: 'locations' },
  { label: 'Payment Methods' },
  { label: 'Contacts', slug: 'contacts' },
  { label: 'Salespersons' },
  { label: 'Attributes' },
  { label: 'Activities' },
  { label: 'GL Accounts' },
  { label: 'Kensium Commerce', slug: 'kensium-commerce' },
  { label: 'Mailing & Printing' },
];

export function customerScreen(tenant: Tenant): ScreenHandler {
  return (req): AcumaticaScreen => {
    readQuery(req, noQuery);
    const raw = String(req.params.id);
    const customer = tenant.customer(raw);
    if (!customer) throw new ScreenError(404, `There is no customer ${raw}. The Customers list shows them all.`);
    const slug = String(req.params.tab ?? '');
    const tab = TABS.find((t) => t.slug === slug && (slug !== 'kensium-commerce' || tenant.kensiumPublished));
    if (!tab) throw new ScreenError(404, missingTab(slug, tenant));
    const bar = tabs(
      TABS.map((t) => ({
        label: t.label,
        href:
          t.slug === undefined || (t.slug === 'kensium-commerce' && !tenant.kensiumPublished)
            ? undefined
            : customerUrl(customer, t.slug),
        active: t === tab,
      })),
    );
    const head = summary(
      [field('Customer ID', text(customer, 'CustomerID')), field('Customer Name', text(customer, 'CustomerName'))],
      [
        field('Customer Status', text(customer, 'Status')),
        field('Customer Class', tenant.customerClass(text(customer, 'CustomerClass'))),
      ],
    );
    return {
      title: 'Customers',
      record: `${text(customer, 'CustomerID')} - ${text(customer, 'CustomerName')}`,
      section: 'customers',
      body: html`${head}${bar}${CONTENT[slug]?.(tenant, customer, req)}`,
    };
  };
}

function missingTab(slug: string, tenant: Tenant): string {
  if (slug === 'kensium-commerce' && !tenant.kensiumPublished)
    return 'The Kensium Commerce tab is not there: the Kensium Commerce customization is not published on this tenant (npm run cli -- customization publish).';
  return `The Customers form has no tab "${slug}" here; the mock shows General, Locations, Contacts and Kensium Commerce.`;
}

type Content = (tenant: Tenant, customer: StoredRecord, req: Request) => Html;

const CONTENT: Record<string, Content> = {
  '': (tenant, customer) =>
    html`<div class="section-title">Account Info</div>
      ${field('Account Name', text(customer, 'CustomerName'))}
      ${field('Account Email', text(customer, 'MainContact/Email'))}
      ${field('Phone 1', text(customer, 'MainContact/Phone1'))}
      ${field('Attention', text(customer, 'MainContact/Attention'))}
      <div class="section-title">Account Address</div>
      ${field('Address Line 1', text(customer, 'MainContact/Address/AddressLine1'))}
      ${field('Address Line 2', text(customer, 'MainContact/Address/AddressLine2'))}
      ${field('City', text(customer, 'MainContact/Address/City'))}
      ${field('State', text(customer, 'MainContact/Address/State'))}
      ${field('Postal Code', text(customer, 'MainContact/Address/PostalCode'))}
      ${field('Country', text(customer, 'MainContact/Address/Country'))}
      <div class="section-title">Financial Settings</div>
      ${field('Customer Class', tenant.customerClass(text(customer, 'CustomerClass')))}
      ${field('Currency', text(customer, 'CurrencyID'))}`,
  locations: (tenant, customer) =>
    html`${gridCaption('Locations')}
    ${table(
      'Locations',
      [
        { label: 'Location ID', cell: (l: StoredRecord) => text(l, 'LocationID'), className: 'narrow' },
        { label: 'Location Name', cell: (l: StoredRecord) => text(l, 'LocationName') },
        { label: 'Active', cell: (l: StoredRecord) => checkbox(flag(l, 'Active')), className: 'check' },
        { label: 'Default', cell: (l: StoredRecord) => checkbox(flag(l, 'Default')), className: 'check' },
        { label: 'Address Line 1', cell: (l: StoredRecord) => text(l, 'LocationContact/Address/AddressLine1') },
        { label: 'City', cell: (l: StoredRecord) => text(l, 'LocationContact/Address/City') },
        {
          label: 'Commerce Reference ID',
          cell: (l: StoredRecord) =>
            siteAssociations(l)
              .map((row) => text(row, 'CommerceReferenceID'))
              .filter(Boolean)
              .join(', '),
        },
      ],
      tenant.locationsOf(customer),
      'No location.',
    )}`,
  contacts: (tenant, customer) => {
    const primary = customer.PrimaryContactID;
    return html`${gridCaption('Contacts')}
    ${table(
      'Contacts',
      [
        { label: 'Active', cell: (c: StoredRecord) => checkbox(flag(c, 'Active')), className: 'check' },
        {
          label: 'Contact',
          cell: (c: StoredRecord) =>
            html`<a href="${screenUrl('contacts', text(c, 'ContactID'))}">${text(c, 'DisplayName')}</a>`,
        },
        { label: 'Job Title', cell: (c: StoredRecord) => text(c, 'JobTitle') },
        {
          label: 'Primary',
          cell: (c: StoredRecord) => checkbox(primary !== undefined && c.ContactID === primary),
          className: 'check',
        },
        { label: 'Email', cell: (c: StoredRecord) => text(c, 'Email') },
        { label: 'Phone 1', cell: (c: StoredRecord) => text(c, 'Phone1') },
      ],
      tenant.contactsOf(customer),
      'No contact.',
    )}`;
  },
  'kensium-commerce': (_tenant, customer) => kensiumCommerceTab(customer, { customerType: true }),
};
