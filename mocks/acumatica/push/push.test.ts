import { strict as assert } from 'node:assert';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { KENSIUM, signedInMock, TestClient, wire } from '../test-support';

interface Received {
  headers: IncomingHttpHeaders;
  text: string;
  body: any;
}

/** A webhook receiver: records what it gets and answers the statuses it is told, in order (then 200). */
class Receiver {
  received: Received[] = [];
  statuses: number[] = [];
  held: ServerResponse[] = [];
  hold = false;
  private server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += String(chunk)));
    req.on('end', () => {
      this.received.push({ headers: req.headers, text, body: JSON.parse(text) });
      if (this.hold) return void this.held.push(res);
      res.statusCode = this.statuses.shift() ?? 200;
      res.end();
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/push`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Acumatica push notifications (webhooks)', () => {
  const suite = signedInMock({ push: { retryDelayMs: 1 } }, { reset: true });
  const receiver = new Receiver();
  const client = {
    put: (path: string, body: unknown) => suite.client.put(path, body),
    delete: (path: string) => suite.client.delete(path),
  };
  const control = {
    get: (path: string) => new TestClient(suite.mock.url).get(path),
    request: (...args: Parameters<TestClient['request']>) => new TestClient(suite.mock.url).request(...args),
  };
  const subscribe = async (body: Record<string, unknown>) => {
    const answer = await control.request('POST', '/__mock/push-subscriptions', {
      json: { address: receiver.url, ...body },
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return answer.body;
  };
  const deliveries = async () => (await control.get('/__mock/push-deliveries?settled=true')).body;

  before(() => receiver.start());
  beforeEach(() => {
    receiver.received = [];
    receiver.statuses = [];
    receiver.hold = false;
  });
  after(() => receiver.stop());

  it('posts the documented payload, with the security header, when a customer changes', async () => {
    await subscribe({
      query: 'KN Customers',
      entity: 'Customer',
      headerName: 'X-Push-Secret',
      headerValue: 's3cret',
      additionalInfo: { Source: 'mock' },
    });
    await client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', CustomerName: 'John Kenny Jr' }));
    const [delivery] = await deliveries();
    assert.equal(delivery.status, 'delivered');
    const [got] = receiver.received;
    assert.equal(got?.headers['x-push-secret'], 's3cret');
    assert.match(String(got?.headers['content-type']), /^application\/json/);
    assert.deepEqual(Object.keys(got?.body).sort(), [
      'AdditionalInfo',
      'CompanyId',
      'Deleted',
      'Id',
      'Inserted',
      'Query',
      'TimeStamp',
    ]);
    assert.deepEqual(
      [got?.body.Query, got?.body.CompanyId, got?.body.AdditionalInfo],
      ['KN Customers', 'Company', { Source: 'mock' }],
    );
    assert.match(got?.body.Id, /^[0-9a-f-]{36}$/);
    assert.match(got?.text ?? '', /"TimeStamp":6\d{17}[,}]/, '.NET ticks, sent as an exact JSON integer');
    assert.deepEqual(
      [got?.body.Deleted[0].CustomerName, got?.body.Inserted[0].CustomerName],
      ['John Kenny', 'John Kenny Jr'],
    );
    assert.equal(got?.body.Inserted[0].CustomerID, 'C000000012');
    assert.equal(got?.body.Inserted[0].MainContact, undefined, 'rows are flat');
  });

  it('notifies contact and location subscribers of inserts (Inserted only) and deletes (Deleted only)', async () => {
    await subscribe({ query: 'KN Contacts', entity: 'Contact' });
    await subscribe({
      query: 'KN Locations',
      entity: 'CustomerLocation',
      fields: ['Customer', 'LocationID', 'Default'],
    });
    await client.put(
      `${KENSIUM}/Contact`,
      wire({ BusinessAccount: 'C000000288', FirstName: 'Ann', LastName: 'B', Email: 'ann@test.com' }),
    );
    await client.delete(`${KENSIUM}/CustomerLocation/C000000300/MAIN`);
    await deliveries();
    const byQuery = Object.fromEntries(receiver.received.map((r) => [r.body.Query, r.body]));
    assert.equal(byQuery['KN Contacts'].Inserted[0].Email, 'ann@test.com');
    assert.deepEqual(byQuery['KN Contacts'].Deleted, []);
    assert.deepEqual(byQuery['KN Locations'].Deleted, [{ Customer: 'C000000300', LocationID: 'MAIN', Default: true }]);
    assert.deepEqual(byQuery['KN Locations'].Inserted, []);
    assert.equal(receiver.received.length, 2, 'no notification for entities nobody watches');
  });

  it('stays silent when only fields outside the subscribed columns change', async () => {
    await subscribe({ entity: 'Customer', fields: ['CustomerID', 'CustomerClass'] });
    await client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', CustomerName: 'Renamed' }));
    await client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', CustomerClass: 'INTL' }));
    await deliveries();
    assert.equal(receiver.received.length, 1);
    assert.deepEqual(receiver.received[0]?.body.Inserted, [{ CustomerID: 'C000000012', CustomerClass: 'INTL' }]);
  });

  it('retries an error answer, and gives up after 5 attempts', async () => {
    await subscribe({ entity: 'Customer' });
    receiver.statuses = [500, 503];
    await client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', CustomerName: 'Retry 1' }));
    assert.deepEqual(
      (await deliveries()).map((d: { status: string; attempts: number }) => [d.status, d.attempts]),
      [['delivered', 3]],
    );
    receiver.received = [];
    receiver.statuses = [500, 500, 500, 500, 500, 500];
    await client.put(`${KENSIUM}/Customer`, wire({ CustomerID: 'C000000012', CustomerName: 'Retry 2' }));
    const failed = (await deliveries())[1];
    assert.deepEqual([failed.status, failed.attempts, failed.lastError], ['failed', 5, 'HTTP 500']);
    assert.equal(receiver.received.length, 5);
  });

  it('answers the PUT before the receiver has answered the notification', async () => {
    await subscribe({ entity: 'Customer' });
    receiver.hold = true;
    const put = await client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', CustomerName: 'Not blocked' }),
    );
    assert.equal(put.status, 200);
    assert.equal((await control.get('/__mock/push-deliveries')).body[0].status, 'pending');
    for (let i = 0; i < 2000 && receiver.held.length === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    receiver.held.forEach((res) => res.end());
    assert.equal((await deliveries())[0].status, 'delivered');
  });

  it('refuses a subscription it cannot use, saying why', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ address: 'not a url' }, /address: expected an http\(s\) URL/],
      [{ entity: 'SalesOrder' }, /there is no entity SalesOrder/],
      [{ headerName: 'X-Secret' }, /headerName and headerValue go together/],
    ];
    for (const [body, message] of cases) {
      const answer = await control.request('POST', '/__mock/push-subscriptions', {
        json: { address: receiver.url, ...body },
      });
      assert.equal(answer.status, 422);
      assert.match(answer.body.message, message);
    }
    assert.deepEqual((await control.get('/__mock/push-subscriptions')).body, []);
  });
});
