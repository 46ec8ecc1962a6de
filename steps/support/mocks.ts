import { After, AfterAll, Before } from '@cucumber/cucumber';
import { startMocks, type RunningMocks } from '../../mocks/harness';
import type { SyncWorld } from './world';

let mocks: RunningMocks | undefined;

/** The mocks of this worker process (each Cucumber worker starts its own, on free ports, at its first scenario). */
export function runningMocks(): RunningMocks {
  if (!mocks) throw new Error('The mocks are not running: this scenario runs live, against the endpoints in the environment.');
  return mocks;
}

/** Every scenario starts from the fixtures: in-process mocks are started once per worker and reset before each scenario. */
Before(async function (this: SyncWorld) {
  if (this.live) {
    this.connect();
    return;
  }
  mocks ??= await startMocks();
  mocks.acumatica.reset();
  mocks.b2b.reset();
  this.connect({ acumatica: mocks.acumatica.url, b2b: mocks.b2b.url });
});

After(async function (this: SyncWorld) {
  await this.acumatica?.signOut();
});

AfterAll(async function () {
  await mocks?.stop();
  mocks = undefined;
});
