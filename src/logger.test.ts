import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger, readableLine } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('redacts passwords, tokens, cookies and authorization headers wherever they appear', () => {
    const { lines, stream } = capture();
    const logger = createLogger('info', stream);
    logger.info(
      {
        password: 'p1',
        credentials: { password: 'p2' },
        B2B_TOKEN: 't1',
        config: { ACUMATICA_PASSWORD: 'p3' },
        request: { headers: { authorization: 'Bearer t2', cookie: '.ASPXAUTH=c1' } },
      },
      'hello',
    );
    const text = lines.join('');
    for (const secret of ['p1', 'p2', 'p3', 't1', 'Bearer t2', '.ASPXAUTH=c1'])
      assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    assert.match(text, /\[redacted\]/);
    assert.match(text, /"msg":"hello"/);
  });
});

describe('readableLine', () => {
  it('makes one line of an entry: level, message, reason, then the other fields', () => {
    const line = readableLine(
      JSON.stringify({
        level: 40,
        time: 1,
        service: 'acumatica-b2b-sync',
        msg: 'retrying request',
        err: { message: 'HTTP 503', stack: 'Error: HTTP 503\n    at x (y.ts:1:1)' },
        system: 'Better B2B',
        attempt: 2,
      }),
    );
    assert.equal(line, 'WARN retrying request: HTTP 503 (system=Better B2B, attempt=2)');
  });
});
