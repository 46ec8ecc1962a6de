import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RemoteError, withAdvice } from './errors';

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

test('a remote question or exclamation keeps its own mark, with no period after it', () => {
  assert.equal(
    new RemoteError('Acumatica', 'read Customer records', 404, 'Is it published?', 'http://acumatica/entity').message,
    'Failed to read Customer records in Acumatica: HTTP 404, Is it published?',
  );
});

test('advice follows a remote sentence after exactly one period, whether or not the sentence brought its own', () => {
  const advice = 'Check ACUMATICA_PASSWORD';
  assert.equal(withAdvice('Please try again.', advice), 'Please try again. Check ACUMATICA_PASSWORD');
  assert.equal(withAdvice('Please try again', advice), 'Please try again. Check ACUMATICA_PASSWORD');
  assert.equal(withAdvice('Please try again... ', advice), 'Please try again. Check ACUMATICA_PASSWORD');
  assert.equal(withAdvice('Who are you?', advice), 'Who are you? Check ACUMATICA_PASSWORD');
});
