import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { contactSchema, customerSchema } from './entity-schemas';
import { readRecord, unreadableReason } from './unreadable';

describe('readRecord', () => {
  it('reads a record that matches its schema', () => {
    const read = readRecord('Customer', customerSchema, { CustomerID: { value: 'C1' }, CustomerName: { value: 'A' } });
    assert.ok(read.ok);
    assert.equal(read.record.CustomerName, 'A');
  });

  it('names a required field that is missing, and keeps the keys it can read', () => {
    const read = readRecord('Contact', contactSchema, { id: 'guid-1', BusinessAccount: { value: 'C1' } });
    assert.ok(!read.ok);
    assert.deepEqual(read.unreadable.keys, { BusinessAccount: 'C1' });
    assert.deepEqual(read.unreadable.problems, ['ContactID: missing']);
    assert.equal(
      unreadableReason(read.unreadable),
      'Contact (record guid-1) of customer C1 cannot be read from Acumatica: ContactID: missing. It is not synced until it is corrected',
    );
  });

  it('names each field of the wrong type, nested ones by their path, with the value it got', () => {
    const read = readRecord('Customer', customerSchema, {
      CustomerID: { value: 'C1' },
      CustomerName: { value: 12345 },
      MainContact: { Address: { PostalCode: { value: 10011 } } },
    });
    assert.ok(!read.ok);
    assert.deepEqual(read.unreadable.problems, [
      'CustomerName: expected text, got 12345',
      'MainContact/Address/PostalCode: expected text, got 10011',
    ]);
  });
});
