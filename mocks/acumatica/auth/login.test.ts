import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { AcumaticaMock } from '../app';
import { KENSIUM, manualClock, TestClient } from '../test-support';

describe('Acumatica sign-in (cookies)', () => {
  const clock = manualClock();
  const mock = new AcumaticaMock({ clock, sessionTimeoutMinutes: 20 });
  let url: string;
  before(async () => {
    url = await mock.start();
  });
  after(() => mock.stop());

  it('answers 204 with the .ASPXAUTH and ASP.NET_SessionId cookies, which open the API', async () => {
    const client = new TestClient(url);
    const answer = await client.login({
      name: 'admin',
      password: 'admin',
      tenant: 'Company',
      branch: 'HQ',
      locale: 'EN-US',
    });
    assert.equal(answer.status, 204);
    const names = answer.headers.getSetCookie().map((cookie) => cookie.split('=')[0]);
    assert.deepEqual(names.sort(), ['.ASPXAUTH', 'ASP.NET_SessionId']);
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 200);
    const session = (await new TestClient(url).get('/__mock/sessions')).body.at(-1);
    assert.deepEqual(
      { user: session.user, tenant: session.tenant, branch: session.branch, locale: session.locale },
      { user: 'admin', tenant: 'Company', branch: 'HQ', locale: 'EN-US' },
    );
  });

  const accepted: Array<[string, Record<string, string>, 'json' | 'form']> = [
    ['the older name company for the tenant', { name: 'admin', password: 'admin', company: 'Company' }, 'json'],
    ['no tenant (the default one)', { name: 'ADMIN', password: 'admin' }, 'json'],
    ['a form-encoded body', { name: 'admin', password: 'admin', tenant: 'company' }, 'form'],
  ];
  for (const [what, credentials, encoding] of accepted) {
    it(`accepts ${what}`, async () => {
      const client = new TestClient(url);
      const answer = await client.request(
        'POST',
        '/entity/auth/login',
        encoding === 'json' ? { json: credentials } : { form: credentials },
      );
      assert.equal(answer.status, 204, JSON.stringify(answer.body));
    });
  }

  const refused: Array<[string, Record<string, string>, number, string, string]> = [
    [
      'a wrong password',
      { name: 'admin', password: 'nope', tenant: 'Company' },
      500,
      'PX.Data.PXException',
      'Error: Invalid credentials. Please try again.',
    ],
    [
      'an unknown user',
      { name: 'ghost', password: 'admin' },
      500,
      'PX.Data.PXException',
      'Error: Invalid credentials. Please try again.',
    ],
    [
      'an unknown tenant',
      { name: 'admin', password: 'admin', tenant: 'Elsewhere' },
      500,
      'PX.Data.PXUndefinedCompanyException',
      'A proper company ID cannot be determined for the request.',
    ],
  ];
  for (const [what, credentials, status, type, message] of refused) {
    it(`refuses ${what} as Acumatica does (HTTP ${status}, ${type})`, async () => {
      const answer = await new TestClient(url).login(credentials);
      assert.equal(answer.status, status);
      assert.equal(answer.body.message, 'An error has occurred.');
      assert.equal(answer.body.exceptionType, type);
      assert.equal(answer.body.exceptionMessage, message);
      assert.equal(typeof answer.body.stackTrace, 'string');
      assert.deepEqual(answer.headers.getSetCookie(), []);
    });
  }

  it('answers 400 when the body has no name', async () => {
    const answer = await new TestClient(url).login({ password: 'admin' });
    assert.equal(answer.status, 400);
    assert.match(answer.body.message, /name/);
  });

  it('answers 401 without a session, and with cookies of a session that does not exist', async () => {
    const client = new TestClient(url);
    assert.equal((await client.get(`${KENSIUM}/Customer`)).status, 401);
    client.cookie = 'ASP.NET_SessionId=made-up; .ASPXAUTH=made-up';
    const answer = await client.get(`${KENSIUM}/Customer`);
    assert.equal(answer.status, 401);
    assert.equal(answer.body.message, 'You are not logged in.');
  });

  it('signs out with 204, after which the cookies no longer work', async () => {
    const client = new TestClient(url);
    await client.login();
    const out = await client.request('POST', '/entity/auth/logout');
    assert.equal(out.status, 204);
    assert.equal((await client.get(`${KENSIUM}/Customer`)).status, 401);
    assert.equal(
      (await new TestClient(url).request('POST', '/entity/auth/logout')).status,
      204,
      'signing out without a session is no error',
    );
  });

  it('ends a session idle for longer than the timeout, and keeps one in use alive', async () => {
    const idle = new TestClient(url);
    const busy = new TestClient(url);
    await idle.login();
    await busy.login();
    clock.advance(15 * 60_000);
    assert.equal((await busy.get(`${KENSIUM}/CustomerClass`)).status, 200);
    clock.advance(6 * 60_000);
    assert.equal((await idle.get(`${KENSIUM}/CustomerClass`)).status, 401, 'idle for 21 minutes');
    assert.equal((await busy.get(`${KENSIUM}/CustomerClass`)).status, 200, 'idle for 6 minutes');
  });

  it('ends every session on POST /__mock/sessions/expire', async () => {
    const client = new TestClient(url);
    await client.login();
    assert.equal((await client.request('POST', '/__mock/sessions/expire')).status, 204);
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 401);
  });
});
