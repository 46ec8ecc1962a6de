import { Writable } from 'node:stream';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope, GherkinDocument } from '@cucumber/messages';
import { documentedStepsTables, type TaggedScenario } from './documented-steps';

/** A step definition, where it is, and the step texts of the scenarios that use it. */
export interface StepUsage {
  pattern: string;
  uri: string;
  line: number;
  examples: string[];
}

/** What a dry run of the features tells: the step definitions with their uses, the scenarios with their tags, the parsed features. */
export interface DryRun {
  steps: StepUsage[];
  /** One per pickle (an outline's examples each); its tags include its feature's, its rule's and its Examples'. */
  scenarios: TaggedScenario[];
  documents: GherkinDocument[];
  /** Every message of the dry run. */
  envelopes: Envelope[];
}

/**
 * One dry run per folder and process: Cucumber loads the step files with `require`, so a second run in the
 * same process would find them cached and register no step definition (the unit tests share one process).
 */
const dryRuns = new Map<string, Promise<DryRun>>();

/** Every step definition with its uses, and every scenario with its tags, from a dry run of the features. */
export function stepUsage(cwd: string): Promise<DryRun> {
  let run = dryRuns.get(cwd);
  if (!run) {
    run = dryRun(cwd);
    dryRuns.set(cwd, run);
  }
  return run;
}

async function dryRun(cwd: string): Promise<DryRun> {
  const { runConfiguration } = await loadConfiguration(
    { profiles: ['default'], provided: { format: [], dryRun: true, parallel: 0 } },
    { cwd },
  );
  const steps = new Map<string, StepUsage>();
  const stepTexts = new Map<string, string>();
  const scenarios: TaggedScenario[] = [];
  const documents: GherkinDocument[] = [];
  const envelopes: Envelope[] = [];
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const { success } = await runCucumber(runConfiguration, { cwd, stdout: quiet }, (envelope: Envelope) => {
    envelopes.push(envelope);
    const definition = envelope.stepDefinition;
    if (definition) {
      steps.set(definition.id, {
        pattern: definition.pattern.source,
        uri: definition.sourceReference.uri ?? '',
        line: definition.sourceReference.location?.line ?? 0,
        examples: [],
      });
    }
    if (envelope.gherkinDocument) documents.push(envelope.gherkinDocument);
    if (envelope.pickle) {
      const { name, uri, tags } = envelope.pickle;
      scenarios.push({ name, uri, tags: tags.map((tag) => tag.name) });
      for (const step of envelope.pickle.steps) {
        const header = step.argument?.dataTable?.rows[0]?.cells.map((cell) => cell.value);
        stepTexts.set(step.id, header ? `${step.text} | ${header.join(' | ')} |` : step.text);
      }
    }
    for (const testStep of envelope.testCase?.testSteps ?? []) {
      const text = testStep.pickleStepId ? stepTexts.get(testStep.pickleStepId) : undefined;
      for (const id of testStep.stepDefinitionIds ?? []) if (text !== undefined) steps.get(id)?.examples.push(text);
    }
  });
  if (!success)
    throw new Error(
      'The dry run of the features failed: a step is undefined or ambiguous. Run `npx cucumber-js --dry-run` to see which.',
    );
  return { steps: [...steps.values()], scenarios, documents, envelopes };
}

/** What each step file is about, as the catalogue's headings. */
export const AREAS: Record<string, string> = {
  'connector.steps.ts': 'Acumatica: the connector configuration',
  'customer.steps.ts': 'Acumatica: customers (customer procedure, step 1)',
  'kensium-commerce.steps.ts':
    'Acumatica: the Kensium Commerce tab and its Site Association (customer step 2, contact step 3)',
  'contact.steps.ts': 'Acumatica: contacts and the Primary box (contact steps 1, 2 and 7)',
  'location.steps.ts': 'Acumatica: locations',
  'sync.steps.ts': 'Running the sync',
  'sync-report.steps.ts': 'What the sync reports',
  'logs-screen.steps.ts': 'The Logs screen (customer step 3, contact step 5)',
  'companies.steps.ts': 'Better B2B: Companies and Basic Information (customer steps 4 and 5)',
  'company-detail.steps.ts': 'Better B2B: Address Book and Company User(s) (customer step 5, contact step 6)',
  'roles.steps.ts': 'Better B2B: User Roles',
  'reference-id.steps.ts': 'Acumatica: Commerce Reference IDs (contact step 4)',
  'faults.steps.ts': "Faults, through the mocks' control API (@mock-control only)",
  'realtime.steps.ts': 'Real time: serve and push notifications (@mock-control only)',
  'customization.steps.ts': 'The customization: build and publish (bare tenants are @mock-control only)',
};

/** The tables of docs/acceptance/step-catalogue.md: a table per step file, each pattern with its shortest example. */
export function catalogue(steps: StepUsage[]): string {
  const cell = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;
  const order = Object.keys(AREAS);
  const rank = (uri: string) => (order.indexOf(uri.replace(/^steps\//, '')) + order.length + 1) % (order.length + 1);
  const files = [...new Set(steps.map((step) => step.uri))].sort((a, b) => rank(a) - rank(b));
  return files
    .map((uri) => {
      const name = uri.replace(/^steps\//, '');
      const rows = steps
        .filter((step) => step.uri === uri)
        .map((step) => `| ${cell(step.pattern)} | ${cell(bestExample(step.examples))} |`);
      return [`## ${AREAS[name] ?? name} (\`${name}\`)`, '', '| step | example |', '| --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}

/** The shortest example that fills every value (an empty `""` or table cell says little). */
function bestExample(examples: string[]): string {
  const telling = examples.filter((example) => !/""|\|\s+\|/.test(example));
  return [...(telling.length > 0 ? telling : examples)].sort((a, b) => a.length - b.length)[0] ?? '';
}

/** Prints the step catalogue's tables, or with `--documented-steps` those of docs/acceptance/documented-steps.md. */
if (require.main === module) {
  stepUsage(process.cwd()).then(({ steps, scenarios }) =>
    console.log(process.argv.includes('--documented-steps') ? documentedStepsTables(scenarios) : catalogue(steps)),
  );
}
