import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import {
  createCustomer,
  customerRecord,
  deleteCustomer,
  recordFromLabels,
  setUpKensiumCommerce,
  updateCustomer,
} from './support/acumatica-records';
import { wrap } from './support/acumatica-view';
import { CUSTOMER_FIELDS } from './support/labels';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** Acumatica's answer to a save a step expects it to refuse. */
const REFUSED_SAVE = new Scratch((): { answer?: { status: number; data: any } } => ({}));

/** Step 1 of the customer procedure: a new customer (any customer with that ID is deleted first). */
Given(
  'an Acumatica customer {customer} named {string} of type {string} with account email {email}',
  async function (this: SyncWorld, customerId: string, name: string, type: string, email: string) {
    await createCustomer(this, customerId, { CustomerName: name, CustomerType: type, MainContact: { Email: email } });
  },
);

/** Steps 1 and 2 in one line: a B2B customer with Kensium Commerce enabled and an active KNB Site Association row. */
Given(
  'a B2B customer {customer} named {string} with account email {email}, set up for Kensium Commerce on {site}',
  async function (this: SyncWorld, customerId: string, name: string, email: string, site: string) {
    const key = await createCustomer(this, customerId, {
      CustomerName: name,
      CustomerType: 'B2B',
      MainContact: { Email: email },
    });
    await setUpKensiumCommerce(this, customerRecord(key), site);
  },
);

Given('customer {customer} has:', async function (this: SyncWorld, customerId: string, table: DataTable) {
  await updateCustomer(
    this,
    customerId,
    recordFromLabels(this, CUSTOMER_FIELDS, table.raw() as Array<[string, string]>, 'the Customers screen'),
  );
});

async function setField(this: SyncWorld, label: string, customerId: string, value: string): Promise<void> {
  await updateCustomer(
    this,
    customerId,
    recordFromLabels(this, CUSTOMER_FIELDS, [[label, value]], 'the Customers screen'),
  );
}

Given('the {customerField} of customer {customer} is {string}', setField);

When('the {customerField} of customer {customer} is changed to {string} in Acumatica', setField);

When(
  'I save an Acumatica customer {customer} named {string} of type {string} without an account email',
  async function (this: SyncWorld, customerId: string, name: string, type: string) {
    await deleteCustomer(this, customerId);
    this.scratch(REFUSED_SAVE).answer = await this.acumatica.request(
      'PUT',
      'Customer',
      wrap({ CustomerID: customerId, CustomerName: name, CustomerType: type, Status: 'Active' }),
    );
  },
);

Then('Acumatica refuses it with {string}', function (this: SyncWorld, message: string) {
  const { answer } = this.scratch(REFUSED_SAVE);
  if (!answer)
    throw new Error(
      'No save was tried: add a step such as "When I save an Acumatica customer … without an account email".',
    );
  const said = String(answer.data?.exceptionMessage ?? answer.data?.message ?? JSON.stringify(answer.data));
  if (answer.status !== 422 || !JSON.stringify(answer.data).includes(message))
    throw new Error(
      `The answer to the save: expected HTTP 422 saying "${message}", Acumatica answers HTTP ${answer.status}: ${said}`,
    );
});
