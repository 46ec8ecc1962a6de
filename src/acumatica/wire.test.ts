import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { dateTimeField } from './wire';

describe('Acumatica date-times', () => {
  it('reads both forms: the product’s offset and trimmed fraction, and ISO with Z', () => {
    // The first as recorded from a real instance (Jetbuilt/acumatica cassettes), the second as JavaScript writes it.
    for (const [text, iso] of [
      ['2023-12-14T17:20:45.16+00:00', '2023-12-14T17:20:45.160Z'],
      ['2023-12-14T17:20:45.160Z', '2023-12-14T17:20:45.160Z'],
      ['2023-12-14T00:00:00+00:00', '2023-12-14T00:00:00.000Z'],
      ['2020-05-19T15:50:36.837-07:00', '2020-05-19T22:50:36.837Z'],
    ]) {
      const value = dateTimeField.parse({ value: text });
      assert.equal(new Date(value as string).toISOString(), iso, text);
    }
    assert.equal(dateTimeField.safeParse({ value: 'yesterday' }).success, false);
  });
});
