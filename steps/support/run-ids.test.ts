import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RunIds } from './run-ids';

test('against the mocks, identifiers are the documented ones', () => {
  const ids = new RunIds(false);
  assert.equal(ids.key('C000000012'), 'C000000012');
  assert.equal(ids.email('markz@test.com'), 'markz@test.com');
  assert.equal(ids.connector('B2BQASTORE'), 'B2BQASTORE');
  assert.equal(ids.toRun('Customer C000000012 of markz@test.com'), 'Customer C000000012 of markz@test.com');
});

test('live, each scenario gets identifiers of its own, and expected text is translated', () => {
  const ids = new RunIds(true);
  const customer = ids.key('C000000012');
  const email = ids.email('markz@test.com');
  const connector = ids.connector('B2BQASTORE');
  assert.match(customer, /^C[0-9A-Z]{9}$/);
  assert.match(email, /^markz\+[0-9a-z]+@test\.com$/);
  assert.notEqual(connector, 'B2BQASTORE');
  assert.equal(ids.key('C000000012'), customer, 'the same documented ID gives the same one');
  assert.notEqual(ids.key('C000000288'), customer);
  assert.notEqual(new RunIds(true).key('C000000012'), customer, 'another scenario gets another one');
  assert.equal(ids.toRun('Customer C000000012 (markz@test.com) for B2BQASTORE'), `Customer ${customer} (${email}) for B2BQASTORE`);
});
