import { AfterAll, Before, BeforeAll } from '@cucumber/cucumber';
import { AcumaticaMock } from '../../mocks/acumatica/app';
import { B2BMock } from '../../mocks/b2b/app';
import { acumaticaFixture, b2bFixture } from '../../mocks/fixtures';
import type { RunningMocks } from '../../mocks/harness';
import { isAutoNumbering, isLive } from './live';
import type { SyncWorld } from './world';

let mocks: RunningMocks | undefined;

/** The mocks of this worker process (each Cucumber worker starts its own, on free ports, before its first scenario). */
export function runningMocks(): RunningMocks {
  if (!mocks)
    throw new Error('The mocks are not running: this scenario runs live, against the endpoints in the environment.');
  return mocks;
}

/**
 * The Acumatica fixture without its customers, contacts and locations: each scenario creates the customers
 * it names, so a sync of every customer (incremental, --all) meets no customer the scenario never mentions.
 * The customer classes stay, as the connector configuration does until a scenario writes its own.
 */
function tenantWithoutCustomers(): unknown {
  const fixture = { ...(acumaticaFixture() as Record<string, unknown>) };
  for (const entity of ['Customer', 'Contact', 'CustomerLocation']) delete fixture[entity];
  return fixture;
}

/**
 * Both mocks seeded from fixtures/ (Acumatica's without customers); push notifications are retried quickly so
 * that a refused one settles at once. `--world-parameters '{"autoNumberCustomers":true}'` makes the Acumatica
 * mock a tenant that numbers new customers.
 */
async function startMocks(parameters: unknown): Promise<RunningMocks> {
  const acumatica = new AcumaticaMock({
    fixture: tenantWithoutCustomers(),
    push: { retryDelayMs: 20, maxAttempts: 3, timeoutMs: 5000 },
    autoNumberCustomers: isAutoNumbering(parameters),
  });
  const b2b = new B2BMock({ fixture: b2bFixture() });
  await acumatica.start(0, '127.0.0.1');
  await b2b.start(0, '127.0.0.1');
  return { acumatica, b2b, stop: async () => void (await Promise.all([acumatica.stop(), b2b.stop()])) };
}

BeforeAll(async function () {
  if (!isLive(this.parameters)) mocks = await startMocks(this.parameters);
});

/** Every scenario starts from the fixtures: the mocks are reset before each one (live systems are left as they are). */
Before(async function (this: SyncWorld) {
  if (this.live) {
    this.connect();
    return;
  }
  const running = runningMocks();
  running.acumatica.reset();
  running.b2b.reset();
  this.connect({ acumatica: running.acumatica.url, b2b: running.b2b.url });
});

AfterAll(async function () {
  await mocks?.stop();
  mocks = undefined;
});
