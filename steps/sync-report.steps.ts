import { Then } from '@cucumber/cucumber';
import type { CustomerResult } from '../src/sync/report';
import { describeResults, expectNoFailures, expectOutcome } from './support/sync-checks';
import { textMatches } from './support/text-match';
import type { SyncWorld } from './support/world';

/** What the last sync reported, as `npm run sync` prints it: one line per customer, with the reason for a skip or a failure. */
Then('the sync reports no failures', function (this: SyncWorld) {
  expectNoFailures(this.connector.lastRun);
});

Then(
  'the sync reports customer {customer} {outcome}',
  function (this: SyncWorld, customerId: string, outcome: CustomerResult['outcome']) {
    expectOutcome(this.connector.lastRun, customerId, outcome);
  },
);

Then(
  'the sync reports customer {customer} {outcome} because {text}',
  function (this: SyncWorld, customerId: string, outcome: CustomerResult['outcome'], reason: string) {
    expectOutcome(this.connector.lastRun, customerId, outcome, reason);
  },
);

Then(
  'the sync reports {int} customer(s) {outcome}',
  function (this: SyncWorld, count: number, outcome: CustomerResult['outcome']) {
    const run = this.connector.lastRun;
    if (run.report.totals[outcome] !== count)
      throw new Error(
        `Customers ${outcome}: expected ${count}, the sync reports ${run.report.totals[outcome]} (${describeResults(run)})`,
      );
  },
);

Then(
  'the sync reports {int} customer(s) {outcome} because {text}',
  function (this: SyncWorld, count: number, outcome: CustomerResult['outcome'], reason: string) {
    const run = this.connector.lastRun;
    const matching = run.report.customers.filter(
      (customer) => customer.outcome === outcome && textMatches(reason, customer.reason),
    );
    if (matching.length !== count || run.report.totals[outcome] !== count)
      throw new Error(
        `Customers ${outcome} because "${reason}": expected ${count} (and ${count} ${outcome} in all), the sync reports ${matching.length} (${run.report.totals[outcome]} in all): ${describeResults(run)}`,
      );
    for (const customer of matching) run.checked.add(customer.customerId);
  },
);

Then('the sync could not start because {text}', function (this: SyncWorld, reason: string) {
  const run = this.connector.lastRun;
  if (!textMatches(reason, run.report.problem))
    throw new Error(
      run.report.problem
        ? `Why the sync could not start: expected "${reason}", the sync reports "${run.report.problem}"`
        : `Expected the sync not to start because "${reason}"; it ran: ${describeResults(run)}`,
    );
  run.checked.add('problem');
});

/** Not read, or read and found unchanged: either way nothing was written for the customer. */
Then('the sync left customer {customer} alone', function (this: SyncWorld, customerId: string) {
  const result = this.connector.lastRun.report.customers.find((customer) => customer.customerId === customerId);
  if (result && result.outcome !== 'unchanged')
    throw new Error(
      `Expected the sync to leave customer ${customerId} alone; it reports it ${result.outcome}${result.reason ? ` because "${result.reason}"` : ''}`,
    );
});

/** Rows the connector could not write to the Logs screen are counted in the report (and in its structured log). */
Then('the sync reports {int} connector log row(s) it could not write', function (this: SyncWorld, count: number) {
  const failed = this.connector.lastRun.report.logRowsFailed;
  if (failed !== count)
    throw new Error(`Connector log rows the sync could not write: expected ${count}, the sync reports ${failed}`);
  this.connector.lastRun.checked.add('logRows');
});

/** The exit code of the CLI: 0 every eligible customer synced, 1 a customer failed or the run could not start, 2 bad usage. */
Then('the command exits with code {int}', function (this: SyncWorld, code: number) {
  const { exitCode } = this.connector.lastRun;
  if (exitCode !== code)
    throw new Error(`Exit code of the command: expected ${code}, it exited with ${exitCode ?? 'none'}`);
});
