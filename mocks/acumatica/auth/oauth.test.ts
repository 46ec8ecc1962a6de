import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { AcumaticaMock } from '../app';
import { KENSIUM, manualClock, TestClient } from '../test-support';

const CLIENT = { client_id: 'mock-client@Company', client_secret: 'mock-secret' };

describe('Acumatica OAuth 2.0 (POST /identity/connect/token)', () => {
  const clock = manualClock();
  const mock = new AcumaticaMock({ clock, tokenLifetimeSeconds: 3600 });
  let url: string;
  const token = (form: Record<string, string>) =>
    new TestClient(url).request('POST', '/identity/connect/token', { form });
  before(async () => {
    url = await mock.start();
  });
  after(() => mock.stop());

  it('issues a bearer token for the password grant, which opens the API', async () => {
    const answer = await token({
      grant_type: 'password',
      ...CLIENT,
      username: 'admin',
      password: 'admin',
      scope: 'api',
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.body).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    assert.equal(answer.body.token_type, 'Bearer');
    assert.equal(answer.body.expires_in, 3600);
    const client = new TestClient(url);
    client.bearer = answer.body.access_token;
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 200);
    client.bearer = 'not-a-token';
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 401);
  });

  it('gives a refresh token with the offline_access scope, and a new access token for it once', async () => {
    const first = await token({
      grant_type: 'password',
      ...CLIENT,
      username: 'admin',
      password: 'admin',
      scope: 'api offline_access',
    });
    assert.equal(typeof first.body.refresh_token, 'string');
    const refreshed = await token({ grant_type: 'refresh_token', ...CLIENT, refresh_token: first.body.refresh_token });
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.access_token, first.body.access_token);
    const client = new TestClient(url);
    client.bearer = refreshed.body.access_token;
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 200);
    const again = await token({ grant_type: 'refresh_token', ...CLIENT, refresh_token: first.body.refresh_token });
    assert.deepEqual([again.status, again.body.error], [400, 'invalid_grant'], 'a refresh token is used once');
  });

  it('stops accepting a token once it has expired', async () => {
    const answer = await token({ grant_type: 'password', ...CLIENT, username: 'admin', password: 'admin' });
    const client = new TestClient(url);
    client.bearer = answer.body.access_token;
    clock.advance(3600 * 1000);
    assert.equal((await client.get(`${KENSIUM}/CustomerClass`)).status, 401);
  });

  const refused: Array<[string, Record<string, string>, string]> = [
    ['a wrong password', { grant_type: 'password', ...CLIENT, username: 'admin', password: 'wrong' }, 'invalid_grant'],
    [
      'an unknown client',
      { grant_type: 'password', client_id: 'other@Company', client_secret: 'x', username: 'admin', password: 'admin' },
      'invalid_client',
    ],
    [
      'a wrong client secret',
      { grant_type: 'password', ...CLIENT, client_secret: 'wrong', username: 'admin', password: 'admin' },
      'invalid_client',
    ],
    ['an unknown refresh token', { grant_type: 'refresh_token', ...CLIENT, refresh_token: 'made-up' }, 'invalid_grant'],
    ['the client credentials grant', { grant_type: 'client_credentials', ...CLIENT }, 'unsupported_grant_type'],
    ['a request without a username', { grant_type: 'password', ...CLIENT, password: 'admin' }, 'invalid_request'],
  ];
  for (const [what, form, error] of refused) {
    it(`refuses ${what} with 400 ${error}`, async () => {
      const answer = await token(form);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error, error);
    });
  }

  it('publishes the OpenID discovery document with the token endpoint', async () => {
    const answer = await new TestClient(url).get('/identity/.well-known/openid-configuration');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.token_endpoint, `${url}/identity/connect/token`);
  });
});
