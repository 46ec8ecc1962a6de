import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTACT_FIELDS, labelsPattern, parseCheckbox, parseText, setPath, SITE_ASSOCIATION_FIELDS } from './fields';

test('checkboxes read checked / unchecked, and anything else is an error that says so', () => {
  const cases: Array<[string, boolean]> = [['checked', true], ['Unchecked', false], ['yes', true], ['false', false]];
  for (const [text, value] of cases) assert.equal(parseCheckbox(text), value, text);
  assert.throws(() => parseCheckbox('ticked'), /"checked" or "unchecked"/);
  assert.equal(parseText('(empty)'), '');
});

test('a label pattern prefers the longest label, so "Site Association Active" is not read as "Active"', () => {
  const pattern = new RegExp(`^(?:${labelsPattern(CONTACT_FIELDS, SITE_ASSOCIATION_FIELDS).source})`);
  assert.equal(pattern.exec('Site Association Active "unchecked"')?.[0], 'Site Association Active');
  assert.equal(pattern.exec('Active "unchecked"')?.[0], 'Active');
});

test('a field path becomes a nested record', () => {
  const record: Record<string, unknown> = { CustomerID: 'C1' };
  setPath(record, ['MainContact', 'Address', 'City'], 'New York');
  setPath(record, ['MainContact', 'Email'], 'a@b.c');
  assert.deepEqual(record, { CustomerID: 'C1', MainContact: { Address: { City: 'New York' }, Email: 'a@b.c' } });
});
