import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterMismatch, logFilterQuery, screenDateTime } from './log-filter';

test('the Logs screen filters become one $filter on ConnectorLog', () => {
  assert.equal(logFilterQuery({}), undefined);
  assert.equal(logFilterQuery({ actionType: "Customer's Sync", level: 'INFO' }), "ActionType eq 'Customer''s Sync' and Level eq 'INFO'");
  assert.equal(
    logFilterQuery({ from: new Date('2023-11-21T10:30:00Z'), to: new Date('2023-11-21T11:00:59.999Z') }),
    "CreatedDateTime ge datetimeoffset'2023-11-21T10:30:00.000Z' and CreatedDateTime le datetimeoffset'2023-11-21T11:00:59.999Z'",
  );
});

test('a row outside the filter is named with the reason', () => {
  const row = { ActionType: 'Order Sync', Level: 'INFO', CreatedDateTime: '2023-11-21T10:00:00Z' };
  assert.equal(filterMismatch(row, { actionType: 'Order Sync', level: 'INFO' }), undefined);
  assert.equal(filterMismatch(row, { level: 'ERROR' }), 'Level INFO');
  assert.match(filterMismatch(row, { from: new Date('2023-11-21T10:30:00Z') }) ?? '', /before/);
  assert.match(filterMismatch(row, { to: new Date('2023-11-21T09:00:00Z') }) ?? '', /after/);
});

test('From and To take the screen date and time; a To includes its whole minute or day', () => {
  const cases: Array<[string, string | undefined, 'from' | 'to', string]> = [
    ['11/21/2023', '10:30 AM', 'from', '2023-11-21T10:30:00.000Z'],
    ['11/21/2023', '10:30 PM', 'to', '2023-11-21T22:30:59.999Z'],
    ['11/21/2023', '12:05 AM', 'from', '2023-11-21T00:05:00.000Z'],
    ['11/21/2023', undefined, 'from', '2023-11-21T00:00:00.000Z'],
    ['11/21/2023', '', 'to', '2023-11-21T23:59:59.999Z'],
  ];
  for (const [date, time, edge, iso] of cases) assert.equal(screenDateTime(date, time, edge).toISOString(), iso, `${date} ${time} ${edge}`);
  assert.throws(() => screenDateTime('2023-11-21', undefined, 'from'), /month\/day\/year/);
  assert.throws(() => screenDateTime('02/30/2023', undefined, 'from'), /not a date/);
  assert.throws(() => screenDateTime('11/21/2023', '25:00', 'from'), /10:30 AM/);
});
