// Cucumber profiles. `default`: the features against both mocks started in-process on free ports.
// `ci`: the same, writing JUnit XML, a self-contained HTML report and the message stream under reports/.
// `live`: against endpoints given in the environment (ACUMATICA_URL, B2B_URL, ...), such as `npm run mocks`
// in another terminal or a real sandbox; scenarios tagged @mock-control need the mocks' control API and are left out.
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  retryTagFilter: '@flaky',
  retry: 1,
};

module.exports = {
  default: { ...common, format: ['progress'] },
  ci: {
    ...common,
    format: ['progress', 'junit:reports/cucumber-junit.xml', 'html:reports/cucumber-report.html', 'message:reports/cucumber-messages.ndjson'],
  },
  docs: { ...common, format: ['progress', 'html:reports/living-documentation.html'] },
  live: { ...common, format: ['progress'], tags: 'not @mock-control', worldParameters: { live: true } },
};
