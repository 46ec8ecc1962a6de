import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import axios from 'axios';
import type { RunningMocks } from '../mocks/harness';
import { runCli } from '../src/cli';
import { createLogger } from '../src/logger';
import { PushReceiver, type PushReceiverOptions } from '../src/server';
import { MemoryInbox } from '../src/state/memory-inbox';
import { startCli } from './cli-process';
import { SyncUnderTest, useMocks } from './sync-helpers';

const SECRET = 'a-shared-secret-of-some-length';
const post = (url: string, body: unknown, secret?: string) =>
  axios.post(url, body, { headers: secret ? { 'X-Kensium-Push-Secret': secret } : {}, validateStatus: () => true });

/** A notification as Acumatica sends it for a generic inquiry of customers. */
function notification(id: string, customerIds: string[]) {
  return {
    Inserted: customerIds.map((customerId) => ({
      CustomerID: customerId,
      CustomerName: 'x',
      LastModifiedDateTime: '2026-11-22T10:00:00.1',
    })),
    Deleted: [],
    Query: 'KNCF Customers: Last Modified',
    CompanyId: 'Company',
    Id: id,
    TimeStamp: 638680000000000000,
    AdditionalInfo: {},
  };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const running = useMocks();
let mocks: RunningMocks;
beforeEach(() => {
  mocks = running();
});

describe('the push notification receiver', () => {
  let receiver: PushReceiver;
  let url: string;
  const batches: string[][] = [];
  before(async () => {
    const sync = new SyncUnderTest(running());
    receiver = new PushReceiver({
      path: '/acumatica/push',
      secretHeader: 'X-Kensium-Push-Secret',
      secret: SECRET,
      quietMs: 30,
      maxWaitMs: 2000,
      logger: createLogger('silent'),
      sync: async (ids) => {
        batches.push(ids);
        await sync.run({ kind: 'customers', customerIds: ids });
      },
    });
    url = await receiver.start(0, '127.0.0.1');
  });
  after(() => receiver.stop());

  it('refuses a call without the shared secret or with a wrong one', async () => {
    assert.equal((await post(url, notification('n1', ['C000000012']))).status, 401);
    assert.equal((await post(url, notification('n1', ['C000000012']), 'wrong-secret-wrong-secret')).status, 401);
    assert.equal(receiver.received, 0);
  });

  it('checks the secret before it reads the body: invalid JSON without the secret gets 401, with it 400', async () => {
    const raw = (secret?: string) =>
      axios.post(url, '{ not json', {
        headers: { 'Content-Type': 'application/json', ...(secret ? { 'X-Kensium-Push-Secret': secret } : {}) },
        validateStatus: () => true,
      });
    assert.equal((await raw()).status, 401);
    assert.equal((await raw(SECRET)).status, 400);
  });

  it('answers 413 to a body above the limit', async () => {
    const big = { ...notification('n-big', ['C000000012']), AdditionalInfo: { padding: 'x'.repeat(11 * 2 ** 20) } };
    const response = await post(url, big, SECRET);
    assert.equal(response.status, 413);
    assert.match(response.data.message, /larger than 10mb/);
  });

  it('refuses a body that is not a push notification, naming what is missing', async () => {
    const response = await post(url, { hello: 'world' }, SECRET);
    assert.equal(response.status, 400);
    assert.ok(response.data.errors.some((e: string) => e.startsWith('Query')));
  });

  it('syncs the customers of a burst of notifications in one batch and ignores a resend', async () => {
    batches.length = 0;
    assert.equal((await post(url, notification('n2', ['C000000012']), SECRET)).status, 202);
    assert.equal((await post(url, notification('n3', ['C000000288', 'C000000012']), SECRET)).status, 202);
    const resend = await post(url, notification('n3', ['C000000288']), SECRET);
    assert.deepEqual(resend.data, { accepted: 0, duplicate: true });
    await waitFor(() => mocks.b2b.store.companies.length === 2, 'both companies');
    assert.deepEqual(batches, [['C000000012', 'C000000288']]);
  });
});

/** A receiver on a free loopback port with quick batches, for the tests of its inbox. */
function receiverWith(options: Partial<PushReceiverOptions> & Pick<PushReceiverOptions, 'sync'>): PushReceiver {
  return new PushReceiver({
    path: '/acumatica/push',
    secretHeader: 'X-Kensium-Push-Secret',
    secret: SECRET,
    quietMs: 10,
    maxWaitMs: 1000,
    logger: createLogger('silent'),
    ...options,
  });
}

describe('the inbox of the push receiver', () => {
  it('binds loopback unless told otherwise', async () => {
    const receiver = receiverWith({ sync: async () => undefined });
    const url = await receiver.start(0);
    assert.equal(receiver.boundAddress, '127.0.0.1');
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/acumatica\/push$/);
    await receiver.stop();
  });

  it('does not acknowledge a notification the inbox could not keep (Acumatica sends it again)', async () => {
    const inbox = new MemoryInbox();
    inbox.accept = () => {
      throw new Error('disk full');
    };
    const receiver = receiverWith({ sync: async () => undefined, inbox });
    const url = await receiver.start(0);
    const response = await post(url, notification('n-full', ['C000000012']), SECRET);
    assert.equal(response.status, 500);
    assert.match(response.data.message, /could not be kept; Acumatica sends it again/);
    await receiver.stop();
  });

  it('keeps the customers of a batch that failed and tries them again; a synced customer leaves the inbox', async () => {
    const inbox = new MemoryInbox();
    const batches: string[][] = [];
    const receiver = receiverWith({
      inbox,
      retryMs: 20,
      sync: async (ids) => {
        batches.push(ids);
        if (batches.length === 1) throw new Error('another sync of connector B2BQASTORE is running');
      },
    });
    const url = await receiver.start(0);
    assert.equal((await post(url, notification('n-retry', ['C000000012']), SECRET)).status, 202);
    await waitFor(() => batches.length === 2 && inbox.pending().length === 0, 'the second batch');
    assert.deepEqual(batches, [['C000000012'], ['C000000012']]);
    await receiver.stop();
  });

  it('syncs at start what the inbox kept from before', async () => {
    const inbox = new MemoryInbox();
    inbox.accept('n-old', ['C000000288']);
    const batches: string[][] = [];
    const receiver = receiverWith({ inbox, sync: async (ids) => void batches.push(ids) });
    await receiver.start(0);
    await waitFor(() => batches.length === 1, 'the batch of the kept customers');
    assert.deepEqual(batches, [['C000000288']]);
    await receiver.stop();
    assert.deepEqual(inbox.pending(), []);
  });
});

describe('the serve command', () => {
  it('will not start without PUSH_SECRET', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => (err += String(chunk)));
    const code = await runCli(['serve'], { env: { LOG_LEVEL: 'silent' }, stdout: new PassThrough(), stderr });
    assert.equal(code, 2);
    assert.match(err, /PUSH_SECRET is not set/);
  });

  it('listens, syncs what it is told, and syncs what is pending when stopped', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk) => (out += String(chunk)));
    let stop: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => (stop = resolve));
    const sync = new SyncUnderTest(mocks);
    const env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      STATE_DIR: sync.stateDir,
      LOG_LEVEL: 'silent',
      PUSH_PORT: '0',
      PUSH_SECRET: SECRET,
      PUSH_QUIET_MS: '60000',
    };
    const running = runCli(['serve'], { env, stdout, stderr: new PassThrough(), interrupted });
    await waitFor(() => /Listening for Acumatica push notifications at (\S+)/.test(out), 'the listening line');
    const url = /Listening for Acumatica push notifications at (\S+)/.exec(out)?.[1] as string;
    assert.equal((await post(url, notification('n9', ['C000000012']), SECRET)).status, 202);
    assert.equal(mocks.b2b.store.companies.length, 0, 'the quiet time has not passed yet');
    stop();
    assert.equal(await running, 0);
    assert.equal(mocks.b2b.store.companies.length, 1, 'the pending customer was synced at shutdown');
    assert.match(out, /Sync of 1 customer \(C000000012\)/);
    assert.match(out, /PUSH_HOST 127\.0\.0\.1: this address only/);
  });

  it('exits 2 with "PUSH_PORT … is already in use" when the port is taken, without a stack', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => (err += String(chunk)));
    const sync = new SyncUnderTest(mocks);
    const env = { STATE_DIR: sync.stateDir, LOG_LEVEL: 'silent', PUSH_PORT: String(port), PUSH_SECRET: SECRET };
    try {
      assert.equal(await runCli(['serve'], { env, stdout: new PassThrough(), stderr }), 2);
    } finally {
      taken.close();
    }
    assert.match(err, new RegExp(`PUSH_PORT ${port} is already in use on 127\\.0\\.0\\.1`));
    assert.doesNotMatch(err, /Unexpected error|\n\s+at /);
  });

  it('keeps what it acknowledged through a kill -9: the restarted serve syncs it and still knows the notification', async () => {
    const sync = new SyncUnderTest(mocks);
    const env = {
      ACUMATICA_URL: mocks.acumatica.url,
      B2B_URL: mocks.b2b.url,
      STATE_DIR: sync.stateDir,
      LOG_LEVEL: 'silent',
      PUSH_PORT: '0',
      PUSH_SECRET: SECRET,
    };
    const listening = /Listening for Acumatica push notifications at (\S+)/;
    const first = startCli(['serve'], { ...env, PUSH_QUIET_MS: '600000', PUSH_MAX_WAIT_MS: '600000' });
    const firstUrl = (await first.waitFor(listening))[1] as string;
    assert.equal((await post(firstUrl, notification('n-crash', ['C000000012']), SECRET)).status, 202);
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    assert.equal(mocks.b2b.store.companies.length, 0, 'the batch had not run before the kill');
    assert.deepEqual(
      readdirSync(sync.stateDir).filter((name) => !name.startsWith('B2BQASTORE.sqlite')),
      [],
      'the kill left nothing but the database and its log',
    );

    const second = startCli(['serve'], { ...env, PUSH_QUIET_MS: '10' });
    try {
      const secondUrl = (await second.waitFor(listening))[1] as string;
      await second.waitFor(/Sync of 1 customer \(C000000012\)/);
      assert.deepEqual(
        mocks.b2b.store.companies.map((company) => company.acumatica_customer_id),
        ['C000000012'],
      );
      const resend = await post(secondUrl, notification('n-crash', ['C000000012']), SECRET);
      assert.deepEqual(resend.data, { accepted: 0, duplicate: true });
    } finally {
      second.child.kill('SIGINT');
      assert.equal(await second.exited, 0, second.stderr());
    }
    const state = sync.state();
    assert.deepEqual(state.inbox.pending(), [], 'the inbox is empty once synced');
    state.close();
  });
});
