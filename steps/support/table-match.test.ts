import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellMatches, compareRows } from './table-match';

test('a cell matches exactly, or with … standing for any text', () => {
  const cases: Array<[string, string, boolean]> = [
    ['admin', 'admin', true],
    ['admin', 'administrator', false],
    ['{"company_name":"John Kenny"…', '{"company_name":"John Kenny","company_phone":"3"}', true],
    ['{"company_name":"John Kenny"…', '{"company_name":"Facebook"}', false],
    ['…/api/v1/company', 'http://127.0.0.1:8082/api/v1/company', true],
    ['…/api/v1/company', 'http://127.0.0.1:8082/api/v1/company/801/users', false],
    ['…/api/v1/company/…/users', 'http://127.0.0.1:8082/api/v1/company/801/users', true],
    ['...not active...', 'Customer C1 is not active (status Inactive)', true],
    ['a.c', 'abc', false],
    ['', '', true],
  ];
  for (const [expected, actual, matches] of cases) assert.equal(cellMatches(expected, actual), matches, `${expected} vs ${actual}`);
});

test('rows compare as a set: each expected row needs its own screen row', () => {
  const screen = [{ Level: 'INFO', 'Action Type': 'Customer Sync' }, { Level: 'INFO', 'Action Type': 'Customer Location Sync' }];
  assert.equal(compareRows('Logs', screen, [{ Level: 'INFO', 'Action Type': 'Customer Location Sync' }, { Level: 'INFO', 'Action Type': 'Customer Sync' }], 'exactly'), undefined);
  assert.equal(compareRows('Logs', screen, [{ Level: 'INFO', 'Action Type': 'Customer Sync' }], 'including'), undefined);
  assert.match(compareRows('Logs', screen, [{ Level: 'INFO', 'Action Type': 'Customer Sync' }], 'exactly') ?? '', /expected these 1 row\(s\)[\s\S]*shows 2 row\(s\)/);
  const twice = compareRows('Logs', screen, [{ Level: 'INFO', 'Action Type': 'Customer Sync' }, { Level: 'INFO', 'Action Type': 'Customer Sync' }], 'including');
  assert.match(twice ?? '', /no row matched/);
});

test('a looser expected row does not take the only screen row a stricter one needs', () => {
  const screen = [{ Message: 'abc' }, { Message: 'abd' }];
  assert.equal(compareRows('Logs', screen, [{ Message: 'ab…' }, { Message: 'abc' }], 'exactly'), undefined);
});
