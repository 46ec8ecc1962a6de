import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AcumaticaMock } from '../mocks/acumatica/app';
import { AcumaticaSession, type AcumaticaCredentials } from '../src/acumatica/session';
import { RemoteError } from '../src/errors';
import { createHttpClient } from '../src/http/http-client';
import { createLogger } from '../src/logger';

/** A logger whose lines are kept, to see what the session reports. */
function recordingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('the Acumatica session', () => {
  const mock = new AcumaticaMock({ bare: true });
  const admin: AcumaticaCredentials = { username: 'admin', password: 'admin', tenant: 'Company' };
  const logins = () => mock.journal.list({ method: 'POST', path: '/entity/auth/login' }).length;
  const session = (credentials = admin, url = mock.url) => {
    const { logger, lines } = recordingLogger();
    const http = createHttpClient({ system: 'Acumatica', baseURL: url, timeoutMs: 2000, maxAttempts: 1, logger });
    return { session: new AcumaticaSession(http, credentials, logger), lines };
  };
  before(() => mock.start());
  beforeEach(() => mock.reset());
  after(() => mock.stop());

  it('signs in once for calls made while a sign-in is under way, and keeps the cookies and the server clock', async () => {
    const { session: s } = session();
    await Promise.all([s.signIn(), s.signIn(), s.open()]);
    assert.equal(logins(), 1);
    assert.match(s.cookie ?? '', /ASP\.NET_SessionId=|\.ASPXAUTH=/);
    assert.ok(s.serverTime instanceof Date);
    await s.open();
    assert.equal(logins(), 1, 'an open session is not signed in again');
  });

  it('renews a refused session once for every request that used it, and not when a newer one exists', async () => {
    const { session: s, lines } = session();
    await s.signIn();
    const expired = s.cookie;
    await Promise.all([s.renew(expired, 'read contacts'), s.renew(expired, 'read locations')]);
    assert.equal(logins(), 2);
    assert.notEqual(s.cookie, expired);
    await s.renew(expired, 'read customers');
    assert.equal(logins(), 2, 'a request that used the old cookies retries with the new ones');
    assert.equal(lines.filter((line) => line.includes('Acumatica session expired')).length, 1);
  });

  it('refuses a wrong password with the remote sentence, one period, and what to check; the password is not in it', async () => {
    const { session: s } = session({ ...admin, password: 'not-the-password' });
    await assert.rejects(s.signIn(), (error: unknown) => {
      assert.ok(error instanceof RemoteError);
      assert.equal(error.status, 500);
      assert.equal(
        error.message,
        'Failed to sign in as admin to tenant Company in Acumatica: HTTP 500, Error: Invalid credentials. Please try again. Check ACUMATICA_USERNAME, ACUMATICA_PASSWORD and ACUMATICA_TENANT.',
      );
      assert.doesNotMatch(error.message, /not-the-password/);
      return true;
    });
    assert.equal(s.cookie, undefined);
  });

  it('signs out, forgetting the cookies; a failed sign-out is logged, not thrown', async () => {
    const { session: s } = session();
    await s.signIn();
    await s.signOut();
    assert.equal(s.cookie, undefined);
    assert.equal(mock.journal.list({ method: 'POST', path: '/entity/auth/logout' }).length, 1);
    await s.signOut();
    assert.equal(mock.journal.list({ method: 'POST', path: '/entity/auth/logout' }).length, 1, 'once signed out');

    const unreachable = new AcumaticaMock({ bare: true });
    const url = await unreachable.start();
    const { session: gone, lines } = session(admin, url);
    await gone.signIn();
    await unreachable.stop();
    await gone.signOut();
    assert.equal(gone.cookie, undefined);
    assert.ok(lines.some((line) => line.includes('sign-out failed')));
  });
});
