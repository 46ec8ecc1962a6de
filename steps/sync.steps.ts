import { Then, When } from '@cucumber/cucumber';
import { expect } from 'chai';
import { customerResult, reportedProblems } from './support/sync-checks';
import { cellMatches } from './support/table-match';
import type { SyncWorld } from './support/world';

When('the customer sync runs for customer {string}', async function (this: SyncWorld, customerId: string) {
  await this.sync({ kind: 'customer', customerId: this.customerId(customerId) });
});

When('the customer sync runs for all customers', async function (this: SyncWorld) {
  await this.sync({ kind: 'all' });
});

Then('the sync reports no failures', function (this: SyncWorld) {
  const run = this.syncRun();
  run.checked.everything = true;
  expect(reportedProblems(run.report).map((p) => p.text), 'problems of the sync').to.deep.equal([]);
});

Then('the sync reports customer {string} {outcome}', function (this: SyncWorld, customerId: string, outcome: string) {
  const run = this.syncRun();
  const result = customerResult(run, this.customerId(customerId));
  run.checked.customers.add(result.customerId);
  expect(result.outcome, `what the sync did with customer ${customerId}${result.reason ? ` (${result.reason})` : ''}`).to.equal(outcome);
});

Then('the sync reports customer {string} {outcome} because {string}', function (this: SyncWorld, customerId: string, outcome: string, reason: string) {
  const run = this.syncRun();
  const result = customerResult(run, this.customerId(customerId));
  run.checked.customers.add(result.customerId);
  expect(result.outcome, `what the sync did with customer ${customerId}${result.reason ? ` (${result.reason})` : ''}`).to.equal(outcome);
  const expected = `…${this.ids.toRun(reason)}…`;
  expect(cellMatches(expected, result.reason ?? ''), `the reason "${result.reason}" has "${reason}"`).to.equal(true);
});

Then('the sync stops with {string}', function (this: SyncWorld, problem: string) {
  const run = this.syncRun();
  run.checked.problem = true;
  expect(run.report.problem, 'why the sync stopped').to.equal(this.ids.toRun(problem));
});
