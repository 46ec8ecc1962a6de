import { Given, Then } from '@cucumber/cucumber';
import { expect } from 'chai';
import { runningMocks } from './support/mocks';
import type { SyncWorld } from './support/world';

// Faults come from the mocks' control API: only in scenarios tagged @mock-control.

Given(
  'Better B2B answers the next {word} to {string} with HTTP {int} and message {string}',
  function (this: SyncWorld, method: string, path: string, status: number, message: string) {
    runningMocks().b2b.faults.add({ method, path, status, times: 1, body: { message } });
  },
);

/** The requests that change data (not reads, not sign-in) a mock received during the scenario's last sync. */
function writesDuringLastSync(world: SyncWorld, system: 'acumatica' | 'b2b'): string[] {
  const run = world.syncRun();
  return runningMocks()
    [system].journal.list()
    .slice(run.requestsBefore?.[system] ?? 0)
    .filter((entry) => ['PUT', 'POST', 'DELETE', 'PATCH'].includes(entry.method) && !entry.path.startsWith('/entity/auth/'))
    .map((entry) => `${entry.method} ${entry.path} → ${entry.status}`);
}

Then('Better B2B received no writes during the last sync', function (this: SyncWorld) {
  expect(writesDuringLastSync(this, 'b2b'), 'requests that change Better B2B').to.deep.equal([]);
});

Then('Acumatica received no writes during the last sync', function (this: SyncWorld) {
  expect(writesDuringLastSync(this, 'acumatica'), 'requests that change Acumatica').to.deep.equal([]);
});
