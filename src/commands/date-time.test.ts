import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseIsoDateTime } from './date-time';

describe('parseIsoDateTime (--since)', () => {
  it('takes a date (midnight UTC) and a date-time with its zone', () => {
    assert.equal(parseIsoDateTime('2026-01-01').toISOString(), '2026-01-01T00:00:00.000Z');
    assert.equal(parseIsoDateTime('2026-01-01T08:30:00Z').toISOString(), '2026-01-01T08:30:00.000Z');
    assert.equal(parseIsoDateTime('2026-01-01T08:30+02:00').toISOString(), '2026-01-01T06:30:00.000Z');
    assert.equal(parseIsoDateTime('2024-02-29T23:59:59.5Z').toISOString(), '2024-02-29T23:59:59.500Z');
  });

  it('refuses what is not ISO 8601, a day the calendar lacks, and a time without its zone', () => {
    for (const value of ['5', 'yesterday', '2026-02-30', '2025-02-29', '2026-13-01', '2026-01-01T25:00Z', '1 Jan 2026'])
      assert.throws(() => parseIsoDateTime(value), /expected an ISO 8601 date/, value);
    assert.throws(() => parseIsoDateTime('2026-01-01T00:00:00'), /add Z for UTC/);
  });
});
