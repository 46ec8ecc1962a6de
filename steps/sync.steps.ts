import { Given, When } from '@cucumber/cucumber';
import { expectNoFailures } from './support/sync-checks';
import { runCommand } from './support/cli-run';
import type { SyncWorld } from './support/world';

When('the customer sync runs for customer {customer}', async function (this: SyncWorld, customerId: string) {
  await this.connector.sync({ kind: 'customer', customerId });
});

When('the customer sync runs for customers {customers}', async function (this: SyncWorld, customerIds: string[]) {
  await this.connector.sync({ kind: 'customers', customerIds });
});

When('the customer sync runs for all customers', async function (this: SyncWorld) {
  await this.connector.sync({ kind: 'all' });
});

/** A plain `npm run sync`: what changed since the last run, and what failed then. */
When('the incremental customer sync runs', async function (this: SyncWorld) {
  await this.connector.sync({ kind: 'incremental' });
});

/** `--verify` (compare with Better B2B even when nothing changed) or `--dry-run` (write nothing). */
When(
  'the customer sync runs for customer {customer} with {string}',
  async function (this: SyncWorld, customerId: string, flag: string) {
    const flags: Record<string, { verify?: boolean; dryRun?: boolean }> = {
      '--verify': { verify: true },
      '--dry-run': { dryRun: true },
    };
    const extra = flags[flag];
    if (!extra) throw new Error(`Unknown sync option ${flag}: use ${Object.keys(flags).join(' or ')}.`);
    await this.connector.sync({ kind: 'customer', customerId }, extra);
  },
);

/** Any command of the CLI (`sync retry`, `sync --all`…), in-process, with this scenario's settings; `--json` is added. */
When('the command {string} runs', async function (this: SyncWorld, command: string) {
  await runCommand(this, command.split(/\s+/));
});

Given('the customer sync has run for customer {customer}', async function (this: SyncWorld, customerId: string) {
  await this.connector.sync({ kind: 'customer', customerId });
  expectNoFailures(this.connector.lastRun);
});

Given('the customer sync has run for customers {customers}', async function (this: SyncWorld, customerIds: string[]) {
  await this.connector.sync({ kind: 'customers', customerIds });
  expectNoFailures(this.connector.lastRun);
});

Given('the incremental customer sync has run', async function (this: SyncWorld) {
  await this.connector.sync({ kind: 'incremental' });
  expectNoFailures(this.connector.lastRun);
});

/** A new machine: the next sync starts without its state (no watermark, no fingerprints). */
Given('the sync state is lost', function (this: SyncWorld) {
  this.connector.newStateDir();
});

Given('a customer is aborted after {int} failed attempts', function (this: SyncWorld, attempts: number) {
  this.connector.settings.MAX_FAILED_ATTEMPTS = attempts;
});

Given("the connector's time limit per request is {int} ms", function (this: SyncWorld, ms: number) {
  this.connector.settings.HTTP_TIMEOUT_MS = ms;
});

/** Time passing in Acumatica (the mock's clock; @mock-control): what changes next is stamped that much later. */
Given('{int} minutes pass in Acumatica', async function (this: SyncWorld, minutes: number) {
  await this.mockControl.advanceAcumaticaClock(minutes * 60_000);
});
