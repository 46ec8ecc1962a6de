// Cucumber profiles (`npx cucumber-js --profile <name>`; docs/acceptance/README.md).
// default: every feature against both mocks, started in-process on free ports in each worker and reset
//          before each scenario; add `--parallel 2` to run two workers.
// ci:      the same, writing JUnit XML, a self-contained HTML report and the message stream under reports/.
// docs:    the run `npm run docs` renders as living documentation (scripts/docs.ts), reports/living-documentation.html.
// numbering: the default profile against an Acumatica mock that numbers new customers (as a tenant with a
//          numbering sequence does: the key a step sends is replaced, and steps go on with the key returned).
// live:    against the endpoints in the environment (ACUMATICA_URL, B2B_URL, ACUMATICA_USERNAME, …), such as
//          `npm run mocks` in another terminal or a sandbox. Scenarios tagged @mock-control need the mocks'
//          control API and are left out; each scenario gives the records it creates names of its own, so
//          data left by earlier runs does not matter. One scenario at a time: a sync's Logs screen rows are
//          told apart from others' by when they were written.
//
// No profile sets `paths`: Cucumber adds a profile's paths to the command line's rather than replacing them, so
// `npx cucumber-js features/x.feature:13` would run every scenario. With none given, Cucumber runs its default,
// features/**/*.{feature,feature.md}: every feature, for `npm test`, `npm run docs` and the live profile alike.
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/*.steps.ts', 'steps/support/**/*.ts'],
  retryTagFilter: '@flaky',
  retry: 1,
};

module.exports = {
  default: { ...common, format: ['progress'] },
  ci: {
    ...common,
    format: [
      'progress',
      'junit:reports/cucumber-junit.xml',
      'html:reports/cucumber-report.html',
      'message:reports/cucumber-messages.ndjson',
    ],
    formatOptions: { junit: { suiteName: 'Acceptance features' } },
  },
  docs: { ...common, format: ['summary'] },
  numbering: { ...common, format: ['progress'], worldParameters: { autoNumberCustomers: true } },
  live: { ...common, format: ['progress'], tags: 'not @mock-control', parallel: 0, worldParameters: { live: true } },
};
