import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT, q, signedInMock, wire } from '../test-support';
import { productDate } from './product-date';

describe('date-times as the product writes them', () => {
  it('keeps SQL datetime ticks (1/300 s), an offset and no trailing zeros', () => {
    // The first two as recorded by Jetbuilt/acumatica; the others follow SQL Server's datetime rounding.
    assert.equal(productDate(Date.parse('2023-12-14T17:20:45.160Z')), '2023-12-14T17:20:45.16+00:00');
    assert.equal(productDate(Date.parse('2020-05-19T22:50:36.837Z')), '2020-05-19T22:50:36.837+00:00');
    assert.equal(productDate(Date.parse('2023-12-14T00:00:00.000Z')), '2023-12-14T00:00:00+00:00');
    assert.equal(productDate(Date.parse('2023-12-14T17:20:45.165Z')), '2023-12-14T17:20:45.167+00:00');
    assert.equal(productDate(Date.parse('2023-12-14T17:20:45.999Z')), '2023-12-14T17:20:46+00:00');
  });

  describe('on the wire', () => {
    const suite = signedInMock();
    it('answers LastModifiedDateTime and CreatedDateTime in that form, a later save later', async () => {
      const first = await suite.client.put(
        `${DEFAULT}/Customer`,
        wire({ CustomerID: 'C000000903', CustomerName: 'A' }),
      );
      const second = await suite.client.put(
        `${DEFAULT}/Customer`,
        wire({ CustomerID: 'C000000903', CustomerName: 'B' }),
      );
      const form = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{0,2}[1-9])?\+00:00$/;
      for (const answer of [first, second]) {
        assert.match(answer.body.LastModifiedDateTime.value, form);
        assert.match(answer.body.CreatedDateTime.value, form);
        const ms = Date.parse(answer.body.LastModifiedDateTime.value) % 1000;
        assert.ok([0, 3, 7].includes(ms % 10), `${ms} ms is a 1/300 s tick`);
      }
      assert.ok(Date.parse(second.body.LastModifiedDateTime.value) > Date.parse(first.body.LastModifiedDateTime.value));
      const listed = await suite.client.get(`${DEFAULT}/Customer${q({ $select: 'LastModifiedDateTime', $top: '1' })}`);
      assert.match(listed.body[0].LastModifiedDateTime.value, form);
    });
  });
});
