import { defineParameterType } from '@cucumber/cucumber';
import { CONTACT_FIELDS, CUSTOMER_FIELDS, labelsPattern, SITE_ASSOCIATION_FIELDS } from './fields';

/** A field of the Customers screen by its label: Customer Type, Account Email, Enable Kensium Commerce Framework, Site Association Active… */
defineParameterType({ name: 'customerField', regexp: labelsPattern(CUSTOMER_FIELDS, SITE_ASSOCIATION_FIELDS), transformer: (label) => label });

/** A field of the contact pop-up by its label: Active, Email, Enable Kensium Commerce Framework, Site Association Active… */
defineParameterType({ name: 'contactField', regexp: labelsPattern(CONTACT_FIELDS, SITE_ASSOCIATION_FIELDS), transformer: (label) => label });

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** first, second, … as an index from 0. */
defineParameterType({ name: 'ordinal', regexp: new RegExp(ORDINALS.join('|')), transformer: (word) => ORDINALS.indexOf(word) });

/** A checkbox state: checked or unchecked. */
defineParameterType({ name: 'checkbox', regexp: /checked|unchecked/, transformer: (word) => word === 'checked' });

/** What the sync's report says of a customer. */
defineParameterType({ name: 'outcome', regexp: /synced|unchanged|skipped|failed/, transformer: (word) => word });
