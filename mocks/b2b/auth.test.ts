import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { B2BMock, DEFAULT_READ_ONLY_TOKEN } from './app';
import { b2bSuite, body } from './test-support';

describe('Better B2B bearer-token authentication', () => {
  const suite = b2bSuite({ tokens: ['write-token'], readOnlyTokens: ['read-token'] });
  const writer = () => suite.api.as('write-token');

  for (const { name, headers, error } of [
    { name: 'no Authorization header', headers: {}, error: undefined },
    { name: 'a token the store does not know', headers: { Authorization: 'Bearer nope' }, error: 'invalid_token' },
    {
      name: 'the default token, which these options replace',
      headers: { Authorization: 'Bearer b2b-mock-token' },
      error: 'invalid_token',
    },
    { name: 'another scheme', headers: { Authorization: 'Basic d3JpdGUtdG9rZW4=' }, error: undefined },
  ]) {
    it(`answers 401 to ${name}, with WWW-Authenticate`, async () => {
      const answer = await suite.api.as(undefined).request('GET', '/company', undefined, headers);
      assert.equal(answer.status, 401);
      assert.match(answer.body.message, /^Failed to authenticate: /);
      assert.equal(
        answer.headers.get('www-authenticate'),
        `Bearer realm="Better B2B"${error ? `, error="${error}"` : ''}`,
      );
    });
  }

  it('lets a read-only token read', async () => {
    await writer().create('/company', body.company());
    const answer = await suite.api.as('read-token').get('/company');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.length, 1);
  });

  it('answers 403 to a read-only token that writes, and stores nothing', async () => {
    const company = await writer().create('/company', body.company());
    const reader = suite.api.as('read-token');
    for (const [method, path, json] of [
      ['POST', '/company', body.company({ acumatica_customer_id: 'C1' })],
      ['PUT', `/company/${company.id}`, body.company({ company_name: 'Changed' })],
      ['PUT', `/company/${company.id}/status`, { status: 'REJECTED' }],
      ['POST', `/address/${company.id}`, body.address()],
      ['DELETE', `/company/${company.id}`, undefined],
      ['POST', '/roles', { name: 'Buyer', permissions: [] }],
    ] as const) {
      const answer = await reader.request(method, path, json);
      assert.equal(answer.status, 403, `${method} ${path}`);
      assert.match(answer.body.message, /this token may only read\. Use a token with write access\./);
      assert.match(String(answer.headers.get('www-authenticate')), /error="insufficient_scope"/);
    }
    assert.deepEqual(
      suite.mock.store.companies.map((c) => [c.company_name, c.status]),
      [['John Kenny', 'APPROVED']],
    );
    assert.equal(suite.mock.store.addresses.length, 0);
    assert.equal(suite.mock.store.roles.length, 3);
  });

  it('lets a read-write token write', async () => {
    assert.equal((await writer().post('/company', body.company())).status, 201);
  });

  it('does not guard the control API, and journals no token', async () => {
    await writer().get('/company');
    const journal = await suite.api.as(undefined).get('/__mock/journal');
    assert.equal(journal.status, 200);
    assert.doesNotMatch(JSON.stringify(journal.body), /write-token/);
  });

  it('accepts the default tokens when none are configured', async () => {
    const mock = new B2BMock();
    const url = await mock.start();
    try {
      const read = await fetch(`${url}/api/v1/roles`, {
        headers: { Authorization: `Bearer ${DEFAULT_READ_ONLY_TOKEN}` },
      });
      assert.equal(read.status, 200);
      const write = await fetch(`${url}/api/v1/roles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEFAULT_READ_ONLY_TOKEN}` },
      });
      assert.equal(write.status, 403);
    } finally {
      await mock.stop();
    }
  });
});
