// Cucumber profiles (`npx cucumber-js --profile <name>`).
// default: the features against both mocks, started in-process on free ports (once per worker) and reset
//          before each scenario; `--parallel 2` works too.
// ci:      the same, writing JUnit XML, a self-contained HTML report and the message stream under reports/.
// docs:    the HTML report as living documentation, reports/living-documentation.html (`npm run docs`).
// live:    against the endpoints in the environment (ACUMATICA_URL, B2B_URL, …): `npm run mocks` in another
//          terminal, or a sandbox. Scenarios tagged @mock-control need the mocks' control API or their
//          fixtures and are left out; the others create records of their own, so data of earlier runs is no
//          obstacle. Run it serially: "rows of this scenario" are the Logs screen rows added since it started.
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/!(*.test).ts'],
  retryTagFilter: '@flaky',
  retry: 1,
};

module.exports = {
  default: { ...common, format: ['progress'] },
  ci: {
    ...common,
    format: ['progress', 'junit:reports/cucumber-junit.xml', 'html:reports/cucumber-report.html', 'message:reports/cucumber-messages.ndjson'],
  },
  docs: { ...common, format: ['summary', 'html:reports/living-documentation.html'] },
  live: { ...common, format: ['progress'], tags: 'not @mock-control', worldParameters: { live: true } },
};
