import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import axios from 'axios';
import express from 'express';
import { Journal } from './journal';
import { MockServer } from './mock-server';

describe('Journal', () => {
  const journal = new Journal(2);
  const app = express();
  app.use(journal.middleware());
  app.all('/*path', (_req, res) => void res.status(204).end());
  const server = new MockServer('journal', app);
  let url = '';
  before(async () => {
    url = await server.start();
  });
  after(() => server.stop());

  it('keeps its last entries but counts every request and every write, sign-in and sign-out aside', async () => {
    await axios.post(`${url}/entity/auth/login`, {});
    await axios.get(`${url}/entity/Default/24.200.001/Customer`);
    await axios.put(`${url}/entity/Default/24.200.001/Customer`, {});
    await axios.delete(`${url}/api/v1/address/1/2`);
    await axios.post(`${url}/entity/auth/logout`);
    assert.deepEqual(journal.counts(), { requests: 5, writes: 2 });
    assert.deepEqual(
      journal.list().map((entry) => `${entry.method} ${entry.path}`),
      ['DELETE /api/v1/address/1/2', 'POST /entity/auth/logout'],
    );
    journal.clear();
    assert.deepEqual(journal.counts(), { requests: 0, writes: 0 });
  });
});
