import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import express from 'express';
import { controlRouter } from './control-router';
import { FaultInjector } from './faults';
import { Journal } from './journal';
import { MockServer } from './mock-server';

/** A tiny mock with the shared control API: one list of items, seeded from fixtures. */
function tinyMock(fixturesDir: string, sessions: { ended: number }) {
  let items: string[] = [];
  let fixture: unknown = { items: ['a'] };
  const journal = new Journal();
  const faults = new FaultInjector(Math.random, { endSessions: () => void (sessions.ended += 1) });
  const load = (value: unknown) => {
    const parsed = value as { items?: unknown };
    if (!Array.isArray(parsed?.items)) throw new Error('expected { "items": [...] }');
    items = [...(parsed.items as string[])];
  };
  const app = express();
  app.use(journal.middleware());
  app.use(
    '/__mock',
    controlRouter(
      {
        reset: () => load(fixture),
        seed: (value) => (load(value), (fixture = value)),
        state: () => ({ items }),
        fixturesDir,
      },
      journal,
      faults,
    ),
  );
  app.use(faults.middleware());
  app.use(express.json());
  app.get('/api/items', (_req, res) => void res.json(items));
  app.post('/api/login', (_req, res) => void res.status(204).end());
  app.post('/api/items', (req, res) => {
    items.push(String(req.body?.item));
    res.status(201).json(items);
  });
  load(fixture);
  return new MockServer('tiny', app);
}

describe('the shared control API (/__mock)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'two.json'), JSON.stringify({ items: ['x', 'y'] }));
  writeFileSync(join(dir, 'broken.json'), '{ nope');
  const sessions = { ended: 0 };
  const server = tinyMock(dir, sessions);
  let url = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text || undefined,
    };
  };
  before(async () => {
    url = await server.start();
  });
  beforeEach(async () => {
    await call('POST', '/__mock/seed', { items: ['a'] });
    await call('POST', '/__mock/reset');
  });
  after(() => server.stop());

  it('seeds from a fixture in the body, and refuses a bad one with 422, leaving the data alone', async () => {
    assert.equal((await call('POST', '/__mock/seed', { items: ['b', 'c'] })).status, 204);
    assert.deepEqual((await call('GET', '/api/items')).body, ['b', 'c']);
    const bad = await call('POST', '/__mock/seed', { things: [] });
    assert.equal(bad.status, 422);
    assert.match(bad.body.message, /Failed to seed the mock from the request body: expected \{ "items": \[...\] \}/);
    assert.deepEqual((await call('GET', '/__mock/state')).body, { items: ['b', 'c'] });
  });

  it('seeds from a named file of the fixtures folder, and lists the files', async () => {
    assert.deepEqual((await call('GET', '/__mock/fixtures')).body, ['broken.json', 'two.json']);
    assert.equal((await call('POST', '/__mock/seed/two.json')).status, 204);
    assert.deepEqual((await call('GET', '/api/items')).body, ['x', 'y']);
    assert.equal((await call('POST', '/__mock/seed/missing.json')).status, 404);
    assert.equal((await call('POST', '/__mock/seed/..%2Fetc%2Fpasswd')).status, 404);
    assert.match((await call('POST', '/__mock/seed/broken.json')).body.message, /broken.json: it is not valid JSON/);
  });

  it('resets to the last seeded fixture and empties the journal and the faults', async () => {
    await call('POST', '/__mock/seed/two.json');
    await call('GET', '/api/items');
    await call('POST', '/__mock/faults', { path: '/api/*', status: 503 });
    assert.equal((await call('POST', '/__mock/reset')).status, 204);
    assert.deepEqual((await call('GET', '/__mock/journal')).body, []);
    assert.deepEqual((await call('GET', '/__mock/faults')).body, []);
    assert.deepEqual((await call('GET', '/api/items')).body, ['x', 'y']);
  });

  it('journals each request to the API with method, path, status and time, secrets left out', async () => {
    await call('GET', '/api/items?page=2');
    await call('POST', '/api/login', { name: 'admin', password: 'admin', client_secret: 's' });
    await call('GET', '/api/nothing');
    const journal = (await call('GET', '/__mock/journal')).body;
    assert.deepEqual(
      journal.map((e: { method: string; path: string; status: number }) => [e.method, e.path, e.status]),
      [
        ['GET', '/api/items', 200],
        ['POST', '/api/login', 204],
        ['GET', '/api/nothing', 404],
      ],
    );
    assert.ok(!Number.isNaN(Date.parse(journal[0].time)));
    assert.deepEqual(journal[0].query, { page: '2' });
    assert.deepEqual(journal[1].body, { name: 'admin', password: '[redacted]', client_secret: '[redacted]' });
    assert.deepEqual(
      (await call('GET', '/__mock/journal?method=post&path=/api/*')).body.map((e: { path: string }) => e.path),
      ['/api/login'],
    );
    assert.equal((await call('DELETE', '/__mock/journal')).status, 204);
    assert.deepEqual((await call('GET', '/__mock/journal')).body, []);
  });

  it('answers a status for the next N matching calls only', async () => {
    const rule = await call('POST', '/__mock/faults', {
      method: 'GET',
      path: '/api/items',
      status: 503,
      times: 2,
      headers: { 'Retry-After': '1' },
      body: { message: 'down' },
    });
    assert.equal(rule.status, 201);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call('GET', '/api/items')).status);
    assert.deepEqual(statuses, [503, 503, 200]);
    assert.equal((await call('POST', '/api/login', {})).status, 204, 'another method is not matched');
    assert.equal((await call('GET', '/__mock/faults')).body[0].hits, 2);
  });

  it('drops the connection without an answer', async () => {
    await call('POST', '/__mock/faults', { path: '/api/items', drop: true, times: 1 });
    await assert.rejects(fetch(`${url}/api/items`), /fetch failed/);
    assert.equal((await call('GET', '/api/items')).status, 200);
    assert.equal(
      (await call('GET', '/__mock/journal')).body[0].status,
      0,
      'a dropped request is journalled with status 0',
    );
  });

  it('adds latency before the real answer, and applies a rule with its probability', async () => {
    await call('POST', '/__mock/faults', { path: '/api/items', latencyMs: 5, times: 1 });
    assert.deepEqual((await call('GET', '/api/items')).body, ['a']);
    const latency = (await call('GET', '/__mock/faults')).body[0];
    assert.equal(latency.hits, 1);
    await call('DELETE', '/__mock/faults');
    await call('POST', '/__mock/faults', { path: '/api/items', status: 500, probability: 0 });
    const always = await call('POST', '/__mock/faults', { path: '/api/items', status: 502, probability: 1 });
    assert.equal((await call('GET', '/api/items')).status, 502, 'probability 0 never applies, 1 always does');
    assert.equal((await call('DELETE', `/__mock/faults/${always.body.id}`)).status, 204);
    assert.equal((await call('GET', '/api/items')).status, 200);
  });

  it('carries out a slow request at once, so a client that gives up waiting still finds it done', async () => {
    await call('POST', '/__mock/faults', { method: 'POST', path: '/api/items', latencyMs: 300, times: 1 });
    const post = fetch(`${url}/api/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ item: 'late' }),
      signal: AbortSignal.timeout(50),
    });
    await assert.rejects(post, /aborted|timeout/i);
    assert.deepEqual((await call('GET', '/api/items')).body, ['a', 'late']);
  });

  it('lets the first matching requests through with skip, counting those other rules took', async () => {
    await call('POST', '/__mock/faults', { path: '/api/items', skip: 1, status: 503, times: 1 });
    await call('POST', '/__mock/faults', { path: '/api/items', skip: 2, drop: true, times: 1 });
    assert.equal((await call('GET', '/api/items')).status, 200);
    assert.equal((await call('GET', '/api/items')).status, 503);
    await assert.rejects(fetch(`${url}/api/items`), /fetch failed/);
    assert.equal((await call('GET', '/api/items')).status, 200);
  });

  it('carries out a request and answers another status in its place, with an empty body when asked', async () => {
    await call('POST', '/__mock/faults', { method: 'POST', path: '/api/items', status: 204, carryOut: true, times: 1 });
    const created = await fetch(`${url}/api/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ item: 'kept' }),
    });
    assert.equal(created.status, 204);
    assert.equal(await created.text(), '');
    assert.deepEqual((await call('GET', '/api/items')).body, ['a', 'kept']);
    await call('POST', '/__mock/faults', { path: '/api/items', status: 200, body: '', times: 1 });
    const empty = await fetch(`${url}/api/items`);
    assert.deepEqual([empty.status, await empty.text()], [200, '']);
  });

  it('ends the sessions of the mock with endSessions, and refuses it on a mock without sessions', async () => {
    const before = sessions.ended;
    await call('POST', '/__mock/faults', { path: '/api/items', endSessions: true, times: 1 });
    assert.equal((await call('GET', '/api/items')).status, 200, 'the request goes on');
    assert.equal(sessions.ended, before + 1);
    assert.throws(() => new FaultInjector().add({ path: '/x', endSessions: true }), /no sessions to end/);
  });

  it('refuses a fault rule that does nothing or has a bad path, with 422', async () => {
    for (const rule of [
      { path: '/api/items' },
      { path: 'api', status: 500 },
      { path: '/x', status: 99 },
      { path: '/x', carryOut: true, drop: true },
    ]) {
      const answer = await call('POST', '/__mock/faults', rule);
      assert.equal(answer.status, 422, JSON.stringify(rule));
      assert.match(answer.body.message, /Failed to add the fault/);
    }
  });
});
