import { strict as assert } from 'node:assert';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { AcumaticaMock } from './app';
import { acumaticaFixture } from '../fixtures';
import { DEFAULT, manualClock, TestClient } from './test-support';

describe('Acumatica license limits', () => {
  const clock = manualClock();
  const mock = new AcumaticaMock({ fixture: acumaticaFixture(), clock });
  let control: TestClient;
  let client: TestClient;
  const limits = (body: Record<string, unknown>) => control.request('PUT', '/__mock/limits', { json: body });
  const state = async () => (await control.get('/__mock/limits')).body;
  /** A PUT whose body never ends: it holds a processing slot until `end()` is called. */
  const hold = (): ClientRequest => {
    const req = httpRequest(`${mock.url}${DEFAULT}/CustomerClass`, {
      method: 'PUT',
      headers: { Cookie: client.cookie ?? '', 'Content-Type': 'application/json', 'Content-Length': '7' },
    });
    req.on('error', () => undefined);
    req.on('response', (res) => res.resume());
    req.write('{"x"');
    return req;
  };
  const until = async (what: string, test: () => Promise<boolean>) => {
    for (let i = 0; i < 2000; i += 1) {
      if (await test()) return;
      await sleep(5);
    }
    assert.fail(`gave up waiting for ${what}`);
  };

  before(async () => {
    await mock.start();
    control = new TestClient(mock.url);
  });
  beforeEach(async () => {
    mock.reset();
    client = new TestClient(mock.url);
    await client.login();
    clock.advance(61_000); // the sign-in leaves the per-minute window
  });
  after(() => mock.stop());

  it('is off by default, and the control API shows and changes it', async () => {
    assert.deepEqual(await state(), {
      maxSessions: null,
      maxConcurrentRequests: null,
      requestsPerMinute: null,
      maxQueue: 20,
      maxWaitMs: 600_000,
      active: 0,
      queued: 0,
      requestsInLastMinute: 0,
      sessions: 1,
    });
    assert.equal((await limits({ maxSessions: 3 })).body.maxSessions, 3);
    const bad = await limits({ maxSessions: -1 });
    assert.equal(bad.status, 422);
    assert.match(bad.body.message, /maxSessions/);
    mock.reset();
    assert.equal((await state()).maxSessions, null, 'a reset restores the limits the mock was created with');
  });

  it('refuses the sign-in past the maximum number of API sessions, with 429, until a session ends', async () => {
    await limits({ maxSessions: 2 });
    const second = new TestClient(mock.url);
    assert.equal((await second.login()).status, 204);
    const third = await new TestClient(mock.url).login();
    assert.equal(third.status, 429);
    assert.equal(third.body.exceptionMessage, 'API Login Limit');
    const token = await new TestClient(mock.url).request('POST', '/identity/connect/token', {
      form: {
        grant_type: 'password',
        client_id: 'mock-client@Company',
        client_secret: 'mock-secret',
        username: 'admin',
        password: 'admin',
      },
    });
    assert.equal(token.status, 429, 'an OAuth token is an API session too');
    await second.request('POST', '/entity/auth/logout');
    assert.equal((await new TestClient(mock.url).login()).status, 204);
  });

  it('makes requests past the concurrent maximum wait in the queue, and lets sign-out pass at once', async () => {
    await limits({ maxConcurrentRequests: 1 });
    const held = hold();
    await until('the held request to take the slot', async () => (await state()).active === 1);
    const waiting = client.get(`${DEFAULT}/CustomerClass`);
    await until('the second request to queue', async () => (await state()).queued === 1);
    held.end(':1}');
    assert.equal((await waiting).status, 200);
    const journal = (await control.get(`/__mock/journal?method=GET&path=${DEFAULT}/CustomerClass`)).body;
    assert.equal(journal.at(-1).notes.queued, true);
  });

  it('declines a request with 429 when the queue is full', async () => {
    await limits({ maxConcurrentRequests: 1, maxQueue: 2 });
    const held = hold();
    await until('the held request to take the slot', async () => (await state()).active === 1);
    const queued = [client.get(`${DEFAULT}/CustomerClass`), client.get(`${DEFAULT}/CustomerClass`)];
    await until('two requests to queue', async () => (await state()).queued === 2);
    const declined = await client.get(`${DEFAULT}/CustomerClass`);
    assert.equal(declined.status, 429);
    assert.match(declined.body.message, /declined.*more than 2 requests wait/);
    assert.equal((await client.request('POST', '/entity/auth/logout')).status, 204, 'sign-out skips the queue');
    held.end(':1}');
    assert.deepEqual(
      (await Promise.all(queued)).map((a) => a.status),
      [401, 401],
      'the queued requests ran after the sign-out',
    );
  });

  it('gives the slot on when a waiting client hangs up', async () => {
    await limits({ maxConcurrentRequests: 1, maxWaitMs: 5000 });
    const held = hold();
    await until('the held request to take the slot', async () => (await state()).active === 1);
    const quitter = httpRequest(`${mock.url}${DEFAULT}/CustomerClass`, { headers: { Cookie: client.cookie ?? '' } });
    quitter.on('error', () => undefined);
    quitter.end();
    await until('the quitter to queue', async () => (await state()).queued === 1);
    quitter.destroy();
    const journalled = async () =>
      (await control.get(`/__mock/journal?method=GET&path=${DEFAULT}/CustomerClass`)).body.some(
        (e: { status: number }) => e.status === 0,
      );
    await until('the mock to notice the hang-up', journalled);
    held.end(':1}');
    assert.equal((await client.get(`${DEFAULT}/CustomerClass`)).status, 200);
    await until('every slot to be free', async () => (await state()).active === 0);
  });

  it('throttles from half the per-minute limit on, by the time left divided by the requests left', async () => {
    await limits({ requestsPerMinute: 4 });
    for (let i = 0; i < 4; i += 1) assert.equal((await client.get(`${DEFAULT}/CustomerClass`)).status, 200);
    const journal = (await control.get(`/__mock/journal?path=${DEFAULT}/CustomerClass`)).body;
    assert.deepEqual(
      journal.map((entry: { notes?: { throttledMs?: number } }) => entry.notes?.throttledMs ?? 0),
      [0, 0, 30_000, 30_000],
      '2 of 4 used with 60 s left: 60/2 = 30 s; then 3 used with 30 s left: 30/1',
    );
  });

  it('declines with 429 a request that would wait longer than the longest wait', async () => {
    await limits({ requestsPerMinute: 4, maxWaitMs: 10_000 });
    await client.get(`${DEFAULT}/CustomerClass`);
    await client.get(`${DEFAULT}/CustomerClass`);
    const declined = await client.get(`${DEFAULT}/CustomerClass`);
    assert.equal(declined.status, 429);
    assert.match(declined.body.message, /would wait 30000 ms/);
    assert.equal((await state()).requestsInLastMinute, 2, 'a declined request is not counted');
  });
});
