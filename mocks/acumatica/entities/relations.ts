import type { FieldError } from './business-rules';
import type { AcumaticaStore, StoredRecord } from './store';
import type { ParsedBody } from './put-body';

/**
 * Linked and detail entities of a Customer that are not stored with it, read and written as Acumatica's
 * Customers form (AR303000) does:
 * - `BillingContact` and `ShippingContact` show the main contact's values until `BillingContactOverride` /
 *   `ShippingContactOverride` (for the address: `…AddressOverride`) is true; values sent without the
 *   override are ignored, as the form's disabled fields are.
 * - `PrimaryContact` is the Contact record whose ContactID is `PrimaryContactID`.
 * - `Contacts` lists the Contact records whose BusinessAccount is the customer.
 */
const MIRRORED = [
  { linked: 'BillingContact', contactFlag: 'BillingContactOverride', addressFlag: 'BillingAddressOverride' },
  { linked: 'ShippingContact', contactFlag: 'ShippingContactOverride', addressFlag: 'ShippingAddressOverride' },
] as const;

/**
 * The customer with its derived linked and detail entities filled in (a copy; the stored record is
 * untouched). They are computed when read, so a list that neither expands nor filters on them costs nothing.
 */
export function hydrate(entity: string, record: StoredRecord, store: AcumaticaStore): StoredRecord {
  if (entity !== 'Customer') return record;
  const out: StoredRecord = { ...record };
  const lazy = (name: string, compute: () => unknown) =>
    Object.defineProperty(out, name, { get: compute, enumerable: false, configurable: true });
  MIRRORED.forEach(({ linked, contactFlag, addressFlag }, index) =>
    lazy(linked, () => {
      const main = (record.MainContact as StoredRecord | undefined) ?? { id: derivedId(record.id, 1) };
      const own = (record[linked] as StoredRecord | undefined) ?? { id: derivedId(record.id, index + 2) };
      const contact: StoredRecord = record[contactFlag] === true ? { ...own } : { ...main, id: own.id };
      contact.Address = record[addressFlag] === true ? own.Address : main.Address;
      return contact;
    }),
  );
  lazy('PrimaryContact', () => primaryContact(record, store));
  lazy('Contacts', () =>
    contactsOf(record, store).map((contact) => ({
      id: contact.id,
      ContactID: contact.ContactID,
      LastModifiedDateTime: contact.LastModifiedDateTime,
      Contact: contact,
    })),
  );
  return out;
}

function primaryContact(record: StoredRecord, store: AcumaticaStore): StoredRecord | undefined {
  return typeof record.PrimaryContactID === 'number'
    ? store.findByKeys('Contact', ['ContactID'], { ContactID: record.PrimaryContactID })
    : undefined;
}

function contactsOf(record: StoredRecord, store: AcumaticaStore): StoredRecord[] {
  if (typeof record.CustomerID !== 'string') return [];
  return store
    .where('Contact', 'BusinessAccount', record.CustomerID)
    .sort((a, b) => Number(a.ContactID) - Number(b.ContactID));
}

/** A stable id for a linked entity that has no stored record of its own. */
export function derivedId(parentId: string, slot: number): string {
  return `${parentId.slice(0, 24)}${slot.toString(16).padStart(12, '0')}`;
}

/** A change to another top-level record that saving the customer causes. */
export interface RelatedChange {
  entity: string;
  before: StoredRecord | undefined;
  after: StoredRecord;
}

export interface RelatedWrites {
  changes: RelatedChange[];
  errors: FieldError[];
}

type ApplyBody = (target: StoredRecord, body: ParsedBody, entity: string) => void;

/**
 * Takes the derived entities out of a Customer PUT body and applies them: mirrored contacts onto the
 * customer (when overridden), PrimaryContact and Contacts onto the Contact records they stand for.
 * `record` is the customer after its own fields were applied.
 */
export function applyRelatedWrites(
  entity: string,
  record: StoredRecord,
  body: ParsedBody,
  store: AcumaticaStore,
  apply: ApplyBody,
): RelatedWrites {
  const result: RelatedWrites = { changes: [], errors: [] };
  if (entity !== 'Customer') return result;
  for (const { linked, contactFlag, addressFlag } of MIRRORED) {
    const sent = body.linked[linked];
    if (!sent) continue;
    const main = (record.MainContact as StoredRecord | undefined) ?? { id: '' };
    const own = (record[linked] as StoredRecord | undefined) ?? {
      ...structuredClone(main),
      id: derivedId(record.id, linked === 'BillingContact' ? 2 : 3),
    };
    const { Address: sentAddress, ...contactOnly } = sent.linked;
    if (record[contactFlag] === true) apply(own, { ...sent, linked: contactOnly, details: {} }, 'Contact');
    if (record[addressFlag] === true && sentAddress) {
      const address = (own.Address as StoredRecord | undefined) ?? {
        ...structuredClone((main.Address as StoredRecord | undefined) ?? { id: '' }),
        id: derivedId(own.id, 1),
      };
      apply(address, sentAddress, 'Address');
      own.Address = address;
    }
    record[linked] = own;
  }
  const primary = body.linked.PrimaryContact;
  if (primary) writePrimary(record, primary, store, apply, result);
  for (const row of body.details.Contacts ?? []) writeContactRow(record, row, store, apply, result);
  return result;
}

function writePrimary(
  record: StoredRecord,
  sent: ParsedBody,
  store: AcumaticaStore,
  apply: ApplyBody,
  result: RelatedWrites,
): void {
  if (sent.fields.ContactID !== undefined) record.PrimaryContactID = sent.fields.ContactID;
  const before = primaryContact(record, store);
  // A PrimaryContactID that is not the customer's contact is reported by the customer's validation.
  if (!before || before.BusinessAccount !== record.CustomerID) return;
  const after = structuredClone(before);
  apply(after, { ...sent, fields: withoutKey(sent.fields, 'ContactID') }, 'Contact');
  result.changes.push({ entity: 'Contact', before, after });
}

function writeContactRow(
  record: StoredRecord,
  row: ParsedBody,
  store: AcumaticaStore,
  apply: ApplyBody,
  result: RelatedWrites,
): void {
  const contactId = row.fields.ContactID ?? row.linked.Contact?.fields.ContactID;
  if (row.delete) {
    result.errors.push({
      path: 'Contacts/delete',
      message: 'A contact cannot be removed from the Contacts tab. Deactivate the Contact record instead.',
    });
    return;
  }
  const before =
    contactId === undefined ? undefined : store.findByKeys('Contact', ['ContactID'], { ContactID: contactId });
  if (contactId !== undefined && (!before || before.BusinessAccount !== record.CustomerID)) {
    result.errors.push({ path: 'Contacts/ContactID', message: "'Contact' cannot be found in the system." });
    return;
  }
  const after: StoredRecord = before
    ? structuredClone(before)
    : { id: store.newId(), BusinessAccount: record.CustomerID };
  if (row.linked.Contact)
    apply(after, { ...row.linked.Contact, fields: withoutKey(row.linked.Contact.fields, 'ContactID') }, 'Contact');
  result.changes.push({ entity: 'Contact', before, after });
}

function withoutKey(fields: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _ignored, ...rest } = fields;
  return rest;
}

/** The linked and detail fields that `applyRelatedWrites` handles, which the generic apply must skip. */
export function relatedFields(entity: string): string[] {
  return entity === 'Customer' ? ['BillingContact', 'ShippingContact', 'PrimaryContact', 'Contacts'] : [];
}
