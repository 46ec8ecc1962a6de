import { AfterAll, Before } from '@cucumber/cucumber';
import { startMocks, type RunningMocks } from '../../mocks/harness';
import type { SyncWorld } from './world';

let mocks: RunningMocks | undefined;

/** The mocks of this worker process (each Cucumber worker starts its own, on free ports, at its first scenario). */
export function runningMocks(): RunningMocks {
  if (!mocks) throw new Error('The mocks are not running: this scenario runs live, against the endpoints in the environment.');
  return mocks;
}

/** The in-process mocks, or undefined on a live run. */
export function mocksIfRunning(): RunningMocks | undefined {
  return mocks;
}

/** Scenarios that need the mocks' control API cannot run live; the live profile leaves them out by tag. */
Before({ tags: '@mock-control' }, function (this: SyncWorld) {
  if (this.live) throw new Error('This scenario needs the mocks\' control API (reset, faults, fixtures), which a live run does not use. Run it without the live profile, or exclude it with --tags "not @mock-control".');
});

/** Every scenario starts from the fixtures: in-process mocks are started once per worker and reset before each scenario. */
Before(async function (this: SyncWorld) {
  if (this.live) {
    await this.connect();
    return;
  }
  mocks ??= await startMocks();
  mocks.acumatica.reset();
  mocks.b2b.reset();
  await this.connect({ acumatica: mocks.acumatica.url, b2b: mocks.b2b.url });
});

AfterAll(async function () {
  await mocks?.stop();
  mocks = undefined;
});
