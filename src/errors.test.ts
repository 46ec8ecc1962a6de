import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RemoteError } from './errors';

test('RemoteError ends its message with one period, whether or not the remote detail ends with one', () => {
  const cases: Array<[string, string]> = [
    [
      'Company name is not allowed.',
      'Failed to create the company in Better B2B: HTTP 422, Company name is not allowed.',
    ],
    [
      'Company name is not allowed',
      'Failed to create the company in Better B2B: HTTP 422, Company name is not allowed.',
    ],
    ['Wait...', 'Failed to create the company in Better B2B: HTTP 422, Wait.'],
  ];
  for (const [detail, expected] of cases) {
    assert.equal(
      new RemoteError('Better B2B', 'create the company', 422, detail, 'http://b2b/api/v1/company').message,
      expected,
    );
  }
});
