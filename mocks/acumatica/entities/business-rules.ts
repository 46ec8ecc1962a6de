import type { AcumaticaStore, StoredRecord } from './store';

/** A rule a graph enforces on save: the field it names and the message Acumatica shows beside it. */
export interface FieldError {
  /** Path of the field in the entity, such as `MainContact/Email`. */
  path: string;
  message: string;
}

type Rule = (record: StoredRecord, store: AcumaticaStore) => FieldError[];

const required =
  (field: string, label: string): Rule =>
  (record) =>
    record[field] === undefined || record[field] === null || record[field] === ''
      ? [{ path: field, message: `'${label}' cannot be empty.` }]
      : [];

const exists =
  (field: string, label: string, entity: string, keyField: string): Rule =>
  (record, store) => {
    const value = record[field];
    if (value === undefined || value === null || value === '') return [];
    return store.findByKeys(entity, [keyField], { [keyField]: value })
      ? []
      : [{ path: field, message: `'${label}' cannot be found in the system.` }];
  };

/** The Kensium Commerce rule: a B2B customer cannot be saved without an Account Email. */
const b2bNeedsEmail: Rule = (record) => {
  const email = (record.MainContact as StoredRecord | undefined)?.Email;
  return record.CustomerType === 'B2B' && (typeof email !== 'string' || email.trim() === '')
    ? [{ path: 'MainContact/Email', message: 'Account Email cannot be empty for a customer of type B2B.' }]
    : [];
};

/** The primary contact must be one of the customer's own contacts. */
const primaryContactOfCustomer: Rule = (record, store) => {
  const id = record.PrimaryContactID;
  if (id === undefined || id === null) return [];
  const contact = store.findByKeys('Contact', ['ContactID'], { ContactID: id });
  return contact && contact.BusinessAccount === record.CustomerID
    ? []
    : [{ path: 'PrimaryContactID', message: "'Primary Contact' cannot be found in the system." }];
};

/** The validations the mock's graphs run on save, per top-level entity. */
export const BUSINESS_RULES: Record<string, Rule[]> = {
  Customer: [
    required('CustomerID', 'Customer ID'),
    required('CustomerName', 'Customer Name'),
    exists('CustomerClass', 'Customer Class', 'CustomerClass', 'ClassID'),
    primaryContactOfCustomer,
    b2bNeedsEmail,
  ],
  Contact: [exists('BusinessAccount', 'Business Account', 'Customer', 'CustomerID')],
  CustomerLocation: [
    required('Customer', 'Customer'),
    required('LocationID', 'Location ID'),
    exists('Customer', 'Customer', 'Customer', 'CustomerID'),
  ],
  CustomerClass: [required('ClassID', 'Class ID')],
  ConnectorConfiguration: [required('ConnectorID', 'Connector ID')],
};

export function validate(entity: string, record: StoredRecord, store: AcumaticaStore): FieldError[] {
  return (BUSINESS_RULES[entity] ?? []).flatMap((rule) => rule(record, store));
}
