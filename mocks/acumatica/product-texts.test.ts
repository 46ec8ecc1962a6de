import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { DEFAULT, KENSIUM, signedInMock, TestClient, wire } from './test-support';

/** Sends a request exactly as written (no Content-Length, no Transfer-Encoding unless given), as curl -X POST does. */
function raw(url: string, method: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
    const lines = [`${method} ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

describe("Acumatica's own texts and statuses", () => {
  const suite = signedInMock({}, { reset: true });

  it('answers 401 "You are not logged in." without a session', async () => {
    const answer = await new TestClient(suite.mock.url).get(`${KENSIUM}/Customer`);
    assert.equal(answer.status, 401);
    assert.deepEqual(answer.body, { message: 'You are not logged in.' });
  });

  it('answers 400 with modelState to a PUT with an empty body', async () => {
    const answer = await suite.client.request('PUT', `${DEFAULT}/Customer`, {
      headers: { Cookie: suite.client.cookie ?? '', 'Content-Length': '0' },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body, {
      message: 'The request is invalid.',
      modelState: { '': ['The request body should not be empty.'] },
    });
  });

  it('echoes a record in error with its id, rowNumber, note and _links', async () => {
    const answer = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerType: 'B2B', MainContact: { Email: '' } }),
    );
    assert.equal(answer.status, 422);
    const current = (await suite.client.get(`${KENSIUM}/Customer/C000000012`)).body;
    assert.equal(answer.body.id, current.id);
    assert.equal(answer.body.rowNumber, 1);
    assert.deepEqual(answer.body.note, { value: '' });
    assert.equal(answer.body._links.self, current._links.self);
    assert.match(answer.body.error, /Updating 'Customer' record raised at least one error/);
  });

  it('answers 411 Length Required to a POST without Content-Length, as IIS does', async () => {
    const answer = await raw(suite.mock.url, 'POST', '/entity/auth/logout', { Cookie: suite.client.cookie ?? '' });
    assert.equal(answer.status, 411);
    assert.match(answer.body, /Length Required/);
    const withLength = await raw(suite.mock.url, 'POST', '/entity/auth/logout', {
      Cookie: suite.client.cookie ?? '',
      'Content-Length': '0',
    });
    assert.equal(withLength.status, 204);
  });
});
