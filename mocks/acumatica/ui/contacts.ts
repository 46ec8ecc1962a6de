import { z } from 'zod';
import { checkbox, field, html, screenUrl, tabs } from '../../ui/html';
import { readQuery, ScreenError, type ScreenHandler } from '../../ui/screens-router';
import { kensiumCommerceTab } from './kensium-commerce-tab';
import { summary, type AcumaticaScreen } from './layout';
import { flag, text, type Tenant } from './tenant';

const noQuery = z.strictObject({});

/**
 * The contact pop-up of the contact procedure (steps 3 and 4): the contact's details and its own Kensium
 * Commerce tab, whose Site Association grid holds the Commerce Reference ID of its Better B2B user.
 */
export function contactScreen(tenant: Tenant): ScreenHandler {
  return (req): AcumaticaScreen => {
    readQuery(req, noQuery);
    const raw = String(req.params.id);
    const contact = /^\d{1,9}$/.test(raw) ? tenant.contact(Number(raw)) : undefined;
    if (!contact)
      throw new ScreenError(404, `There is no contact ${raw}. The Contacts tab of a customer lists its contacts.`);
    const slug = String(req.params.tab ?? '');
    if (slug !== '' && slug !== 'kensium-commerce')
      throw new ScreenError(
        404,
        `The contact has no tab "${slug}" here; the mock shows Contact Info and Kensium Commerce.`,
      );
    if (slug === 'kensium-commerce' && !tenant.kensiumPublished)
      throw new ScreenError(
        404,
        'The Kensium Commerce tab is not there: the Kensium Commerce customization is not published on this tenant (npm run cli -- customization publish).',
      );
    const id = text(contact, 'ContactID');
    const account = text(contact, 'BusinessAccount');
    const customer = account ? tenant.customer(account) : undefined;
    const head = summary(
      [
        field('Contact ID', id),
        field(
          'Business Account',
          customer
            ? html`<a href="${screenUrl('customers', account, 'contacts')}"
                >${account} - ${text(customer, 'CustomerName')}</a
              >`
            : account,
        ),
      ],
      [field('Display Name', text(contact, 'DisplayName')), field('Active', checkbox(flag(contact, 'Active')))],
    );
    const bar = tabs([
      { label: 'Contact Info', href: screenUrl('contacts', id), active: slug === '' },
      { label: 'Activities' },
      {
        label: 'Kensium Commerce',
        href: tenant.kensiumPublished ? screenUrl('contacts', id, 'kensium-commerce') : undefined,
        active: slug === 'kensium-commerce',
      },
    ]);
    const content =
      slug === 'kensium-commerce'
        ? kensiumCommerceTab(contact)
        : html`${field('First Name', text(contact, 'FirstName'))} ${field('Last Name', text(contact, 'LastName'))}
          ${field('Job Title', text(contact, 'JobTitle'))} ${field('Email', text(contact, 'Email'))}
          ${field('Phone 1', text(contact, 'Phone1'))}`;
    return {
      title: 'Contacts',
      record: text(contact, 'DisplayName'),
      section: 'customers',
      body: html`${head}${bar}${content}`,
    };
  };
}
