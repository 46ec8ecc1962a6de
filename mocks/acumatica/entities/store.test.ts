import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AcumaticaStore } from './store';

describe('AcumaticaStore', () => {
  it('finds the records of one field value without case, and keeps the field index current on save and delete', () => {
    const store = new AcumaticaStore();
    store.save('Contact', { id: 'a', BusinessAccount: 'C000000288', ContactID: 1 });
    store.save('Contact', { id: 'b', BusinessAccount: 'c000000288 ', ContactID: 2 });
    store.save('Contact', { id: 'c', BusinessAccount: 'C000000012', ContactID: 3 });
    const ids = () => store.where('Contact', 'BusinessAccount', 'C000000288').map((record) => record.id);
    assert.deepEqual(ids(), ['a', 'b']);

    store.save('Contact', { id: 'c', BusinessAccount: 'C000000288', ContactID: 3 });
    store.save('Contact', { id: 'a', BusinessAccount: 'C000000012', ContactID: 1 });
    store.delete('Contact', 'b');
    assert.deepEqual(ids(), ['c']);
    assert.deepEqual(
      store.where('Contact', 'BusinessAccount', 'C000000012').map((record) => record.id),
      ['a'],
    );
    assert.deepEqual(store.where('Contact', 'BusinessAccount', 'C000000999'), []);
  });
});
