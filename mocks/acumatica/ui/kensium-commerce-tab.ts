import { checkbox, field, html, table, type Html } from '../../ui/html';
import type { StoredRecord } from '../entities/store';
import { gridCaption } from './layout';
import { flag, siteAssociations, text } from './tenant';

/** The labels of the customization's connector type list (KNConnectorType in customization/App_RuntimeCode). */
const CONNECTOR_TYPES: Record<string, string> = { KNB: 'Better B2B' };

/**
 * The Kensium Commerce tab of the Customers form and of the contact pop-up: "Enable Kensium Commerce
 * Framework", the customer's Customer Type, and the Site Association grid (Config Site, Active,
 * Connector type, Commerce Reference ID), as the customization's pages lay them out.
 */
export function kensiumCommerceTab(record: StoredRecord, options: { customerType?: boolean } = {}): Html {
  return html`<div class="check-row">
      ${checkbox(flag(record, 'KensiumCommerceEnabled'), 'Enable Kensium Commerce Framework')}
    </div>
    ${options.customerType ? field('Customer Type', text(record, 'CustomerType')) : ''}
    ${gridCaption('Site Association')} ${siteAssociationGrid(record)}`;
}

export function siteAssociationGrid(record: StoredRecord): Html {
  return table(
    'Site Association',
    [
      { label: 'Config Site', cell: (row: StoredRecord) => text(row, 'ConfigSite'), className: 'narrow' },
      { label: 'Active', cell: (row: StoredRecord) => checkbox(flag(row, 'Active')), className: 'check' },
      {
        label: 'Connector type',
        cell: (row: StoredRecord) => {
          const code = text(row, 'ConnectorType');
          return html`<span title="${code}">${connectorType(code)}</span>`;
        },
      },
      { label: 'Commerce Reference ID', cell: (row: StoredRecord) => text(row, 'CommerceReferenceID') },
    ],
    siteAssociations(record),
    'No site association.',
  );
}

/** "Better B2B" for KNB, as the list attribute labels it; an unknown code as it is. */
export function connectorType(code: string): string {
  return CONNECTOR_TYPES[code] ?? code;
}
