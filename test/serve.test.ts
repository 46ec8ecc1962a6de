import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import axios from 'axios';
import type { RunningMocks } from '../mocks/harness';
import { runCli } from '../src/cli';
import { createLogger } from '../src/logger';
import { PushReceiver } from '../src/server';
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
  });
});
