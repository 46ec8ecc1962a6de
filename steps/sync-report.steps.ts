import { Then } from '@cucumber/cucumber';
import { expect } from 'chai';
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
    expect(
      this.connector.lastRun.report.totals[outcome],
      `customers ${outcome}; the sync reported ${describeResults(this.connector.lastRun)}`,
    ).to.equal(count);
  },
);

Then(
  'the sync reports {int} customer(s) {outcome} because {text}',
  function (this: SyncWorld, count: number, outcome: CustomerResult['outcome'], reason: string) {
    const run = this.connector.lastRun;
    const matching = run.report.customers.filter(
      (customer) => customer.outcome === outcome && textMatches(reason, customer.reason),
    );
    expect(
      matching.length,
      `customers ${outcome} because "${reason}"; the sync reported ${describeResults(run)}`,
    ).to.equal(count);
    expect(run.report.totals[outcome], `customers ${outcome} in all`).to.equal(count);
    for (const customer of matching) run.checked.add(customer.customerId);
  },
);

Then('the sync could not start because {text}', function (this: SyncWorld, reason: string) {
  const run = this.connector.lastRun;
  expect(
    textMatches(reason, run.report.problem),
    `why the sync stopped: "${run.report.problem ?? 'it did not stop'}"`,
  ).to.equal(true);
  run.checked.add('problem');
});

/** Not read, or read and found unchanged: either way nothing was written for the customer. */
Then('the sync left customer {customer} alone', function (this: SyncWorld, customerId: string) {
  const result = this.connector.lastRun.report.customers.find((customer) => customer.customerId === customerId);
  expect(result?.outcome ?? 'unchanged', `what the sync did with customer ${customerId}`).to.equal('unchanged');
});

/** Rows the connector could not write to the Logs screen are counted in the report (and in its structured log). */
Then('the sync reports {int} connector log row(s) it could not write', function (this: SyncWorld, count: number) {
  expect(this.connector.lastRun.report.logRowsFailed, 'connector log rows not written').to.equal(count);
  this.connector.lastRun.checked.add('logRows');
});

/** The exit code of the CLI: 0 every eligible customer synced, 1 a customer failed or the run could not start, 2 bad usage. */
Then('the command exits with code {int}', function (this: SyncWorld, code: number) {
  expect(this.connector.lastRun.exitCode, 'exit code of the command').to.equal(code);
});
