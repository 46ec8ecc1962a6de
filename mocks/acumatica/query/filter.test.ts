import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluate, FilterError, parseFilter } from './filter';

const record: Record<string, unknown> = {
  CustomerID: 'C000000012',
  CustomerName: "O'Brien & Kenny",
  Balance: 120.5,
  Active: true,
  LastModifiedDateTime: '2026-03-01T10:00:00.000Z',
  MainContact: { Email: 'johnkenny@test.com' },
  custom: { BAccount: { UsrKNCustomerType: 'B2B' } },
};
const matches = (filter: string) =>
  evaluate(parseFilter(filter), (node) => {
    if (node.kind === 'custom')
      return (record.custom as Record<string, Record<string, unknown>>)[node.view]?.[node.field];
    let value: unknown = record;
    for (const segment of node.path) value = (value as Record<string, unknown> | undefined)?.[segment];
    return value;
  });

describe('$filter', () => {
  const cases: Array<[string, boolean]> = [
    ["CustomerID eq 'C000000012'", true],
    ["CustomerID eq 'c000000012'", true],
    ["CustomerID ne 'C000000012'", false],
    ["CustomerName eq 'O''Brien & Kenny'", true],
    ['Balance gt 100', true],
    ['Balance ge 120.5 and Balance le 120.5', true],
    ['Balance lt 100 or Active eq true', true],
    ['not (Active eq true)', false],
    ["LastModifiedDateTime gt datetimeoffset'2026-02-28T23:59:59Z'", true],
    ["LastModifiedDateTime gt datetimeoffset'2026-03-01T12:00:00+03:00'", true],
    ["LastModifiedDateTime gt datetimeoffset'2026-03-01T10:00:00.000Z'", false],
    ["LastModifiedDateTime lt date'2026-03-02'", true],
    ["MainContact/Email eq 'johnkenny@test.com'", true],
    ["substringof('Kenny', CustomerName)", true],
    ["startswith(CustomerID, 'C0000')", true],
    ["endswith(CustomerID, '13')", false],
    ["cf.String(f='BAccount.UsrKNCustomerType') eq 'B2B'", true],
    ['Missing eq null', true],
    ["(CustomerID eq 'X' or CustomerID eq 'C000000012') and Active eq true", true],
  ];
  for (const [filter, expected] of cases) it(`${filter} → ${expected}`, () => assert.equal(matches(filter), expected));

  const malformed: Array<[string, RegExp]> = [
    ["CustomerID eq 'open", /unterminated string/],
    ['CustomerID eq', /ends where a value was expected/],
    ["CustomerID eq 'A' CustomerName", /unexpected "CustomerName"/],
    ['(Active eq true', /expected "\)"/],
    ["lower(CustomerID) eq 'a'", /unknown function "lower"/],
    ["LastModifiedDateTime gt datetimeoffset'yesterday'", /not a valid date/],
    ['', /empty/],
    ['Balance gt 1 ; drop', /unexpected ";"/],
  ];
  for (const [filter, message] of malformed) {
    it(`refuses ${JSON.stringify(filter)} with a clear message`, () =>
      assert.throws(
        () => parseFilter(filter),
        (error: Error) => error instanceof FilterError && message.test(error.message),
      ));
  }
});
