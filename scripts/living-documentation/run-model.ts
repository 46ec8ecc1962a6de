import type {
  Envelope,
  Examples,
  GherkinDocument,
  Pickle,
  Scenario,
  Step,
  TestCase,
  TestStepResult,
} from '@cucumber/messages';

/**
 * A Cucumber run, from its message stream, as the living documentation shows it: the features with their
 * scenarios as written (outlines with their Examples), each scenario's runs with the result of each step,
 * what was attached to it, and the `# …` comments written above it.
 */

export type Status = 'passed' | 'failed' | 'skipped' | 'undefined' | 'pending' | 'ambiguous' | 'unknown';

export interface AttachmentDoc {
  mediaType: string;
  fileName?: string;
  /** The body as text, or base64 for binary media types. */
  body: string;
  base64: boolean;
}

export interface StepDoc {
  keyword: string;
  text: string;
  line: number;
  /** The `# …` comment lines just above the step, without the `#`. */
  comments: string[];
  dataTable?: string[][];
  docString?: string;
  fromBackground: boolean;
  status: Status;
  /** Why it failed, without the stack. */
  error?: string;
  attachments: AttachmentDoc[];
}

/** A hook that failed (an After hook's check, the message of an undefined step). */
export interface HookFailure {
  error: string;
}

/** One run of a scenario: a plain scenario's, or one Examples row's. */
export interface PickleRun {
  name: string;
  tags: string[];
  status: Status;
  steps: StepDoc[];
  hookFailures: HookFailure[];
}

export interface ExamplesRow {
  cells: string[];
  run?: PickleRun;
}

export interface ExamplesDoc {
  name: string;
  description: string;
  tags: string[];
  header: string[];
  rows: ExamplesRow[];
}

export interface ScenarioDoc {
  uri: string;
  featureName: string;
  name: string;
  line: number;
  description: string;
  /** Its own tags and its feature's (and rule's). */
  tags: string[];
  outline: boolean;
  /** A plain scenario's one run. */
  run?: PickleRun;
  examples: ExamplesDoc[];
  status: Status;
}

export interface FeatureDoc {
  uri: string;
  name: string;
  description: string;
  tags: string[];
  scenarios: ScenarioDoc[];
}

export interface RunDoc {
  features: FeatureDoc[];
  startedAt?: Date;
  success?: boolean;
}

const SEVERITY: Status[] = ['unknown', 'passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'];

export function worst(statuses: Status[]): Status {
  return statuses.reduce<Status>((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'unknown');
}

const statusOf = (result: TestStepResult): Status => result.status.toLowerCase() as Status;

/** The message of a failure without its stack trace lines. */
function errorOf(result: TestStepResult): string | undefined {
  const text = result.exception?.message ?? result.message;
  if (!text) return undefined;
  return text
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .trimEnd();
}

/** Builds the run's documentation from its messages, in any order they came. */
export function buildRun(envelopes: Envelope[]): RunDoc {
  const documents: GherkinDocument[] = [];
  const pickles = new Map<string, Pickle>();
  const testCases = new Map<string, TestCase>();
  const started = new Map<string, { testCaseId: string; attempt: number }>();
  const retried = new Set<string>();
  const results = new Map<string, TestStepResult>();
  const attachments = new Map<string, AttachmentDoc[]>();
  let startedAt: Date | undefined;
  let success: boolean | undefined;
  for (const envelope of envelopes) {
    if (envelope.gherkinDocument) documents.push(envelope.gherkinDocument);
    if (envelope.pickle) pickles.set(envelope.pickle.id, envelope.pickle);
    if (envelope.testCase) testCases.set(envelope.testCase.id, envelope.testCase);
    if (envelope.testCaseStarted)
      started.set(envelope.testCaseStarted.id, {
        testCaseId: envelope.testCaseStarted.testCaseId,
        attempt: envelope.testCaseStarted.attempt,
      });
    if (envelope.testCaseFinished?.willBeRetried) retried.add(envelope.testCaseFinished.testCaseStartedId);
    if (envelope.testStepFinished) {
      const { testCaseStartedId, testStepId, testStepResult } = envelope.testStepFinished;
      results.set(`${testCaseStartedId}/${testStepId}`, testStepResult);
    }
    if (envelope.attachment?.testCaseStartedId && envelope.attachment.testStepId) {
      const { testCaseStartedId, testStepId, mediaType, fileName, body, contentEncoding } = envelope.attachment;
      const key = `${testCaseStartedId}/${testStepId}`;
      attachments.set(key, [
        ...(attachments.get(key) ?? []),
        { mediaType, fileName, body, base64: contentEncoding === 'BASE64' },
      ]);
    }
    if (envelope.testRunStarted) startedAt = new Date(Number(envelope.testRunStarted.timestamp.seconds) * 1000);
    if (envelope.testRunFinished) success = envelope.testRunFinished.success;
  }

  // The last attempt of each test case (a retried one's earlier attempts are left out).
  const attemptOf = new Map<string, string>();
  for (const [id, { testCaseId }] of started) if (!retried.has(id)) attemptOf.set(testCaseId, id);
  const runOfPickle = new Map<string, { testCase: TestCase; startedId?: string }>();
  for (const testCase of testCases.values())
    runOfPickle.set(testCase.pickleId, { testCase, startedId: attemptOf.get(testCase.id) });

  const features = documents
    .filter((document) => document.feature)
    .map((document) => {
      const feature = document.feature as NonNullable<GherkinDocument['feature']>;
      const steps = stepsOf(document);
      const pickleRun = (pickle: Pickle): PickleRun => {
        const found = runOfPickle.get(pickle.id);
        const stepDocs: StepDoc[] = [];
        const hookFailures: HookFailure[] = [];
        for (const testStep of found?.testCase.testSteps ?? []) {
          const key = `${found?.startedId}/${testStep.id}`;
          const result = results.get(key);
          if (testStep.hookId) {
            if (result && statusOf(result) === 'failed') hookFailures.push({ error: errorOf(result) ?? 'failed' });
            continue;
          }
          const pickleStep = pickle.steps.find((s) => s.id === testStep.pickleStepId);
          const source = steps.get(pickleStep?.astNodeIds[0] ?? '');
          if (!pickleStep || !source) continue;
          stepDocs.push({
            keyword: source.step.keyword.trim(),
            text: pickleStep.text,
            line: source.step.location.line,
            comments: source.comments,
            dataTable: pickleStep.argument?.dataTable?.rows.map((row) => row.cells.map((cell) => cell.value)),
            docString: pickleStep.argument?.docString?.content,
            fromBackground: source.background,
            status: result ? statusOf(result) : 'unknown',
            error: result ? errorOf(result) : undefined,
            attachments: attachments.get(key) ?? [],
          });
        }
        const status = worst([
          ...stepDocs.map((s) => s.status),
          ...(hookFailures.length > 0 ? (['failed'] as Status[]) : []),
        ]);
        return {
          name: pickle.name,
          tags: pickle.tags.map((t) => t.name),
          status: found?.startedId ? status : 'unknown',
          steps: stepDocs,
          hookFailures,
        };
      };
      const picklesOf = (scenario: Scenario) =>
        [...pickles.values()].filter((pickle) => pickle.uri === document.uri && pickle.astNodeIds[0] === scenario.id);
      const scenarios = scenariosOf(feature.children).map(({ scenario, ruleTags }): ScenarioDoc => {
        const own = picklesOf(scenario);
        const tags = [...feature.tags, ...ruleTags, ...scenario.tags].map((t) => t.name);
        const examples = scenario.examples.map((block) => examplesDoc(block, own, pickleRun));
        const run = examples.length === 0 && own[0] ? pickleRun(own[0]) : undefined;
        const statuses = run ? [run.status] : examples.flatMap((e) => e.rows.map((r) => r.run?.status ?? 'unknown'));
        return {
          uri: document.uri ?? '',
          featureName: feature.name,
          name: scenario.name,
          line: scenario.location.line,
          description: scenario.description.trim(),
          tags: [...new Set(tags)],
          outline: scenario.examples.length > 0,
          run,
          examples,
          status: own.length === 0 ? 'unknown' : worst(statuses),
        };
      });
      return {
        uri: document.uri ?? '',
        name: feature.name,
        description: feature.description.trim(),
        tags: feature.tags.map((t) => t.name),
        scenarios,
      };
    })
    .filter((feature) => feature.scenarios.some((scenario) => scenario.status !== 'unknown'));
  return { features, startedAt, success };
}

function examplesDoc(block: Examples, pickles: Pickle[], run: (pickle: Pickle) => PickleRun): ExamplesDoc {
  return {
    name: block.name,
    description: block.description.trim(),
    tags: block.tags.map((t) => t.name),
    header: block.tableHeader?.cells.map((cell) => cell.value) ?? [],
    rows: block.tableBody.map((row) => {
      const pickle = pickles.find((p) => p.astNodeIds.includes(row.id));
      return { cells: row.cells.map((cell) => cell.value), run: pickle ? run(pickle) : undefined };
    }),
  };
}

type Child = NonNullable<GherkinDocument['feature']>['children'][number];

function scenariosOf(children: readonly Child[]): Array<{ scenario: Scenario; ruleTags: readonly { name: string }[] }> {
  return children.flatMap((child) => {
    if (child.scenario) return [{ scenario: child.scenario, ruleTags: [] }];
    if (child.rule)
      return child.rule.children
        .filter((c) => c.scenario)
        .map((c) => ({ scenario: c.scenario as Scenario, ruleTags: child.rule?.tags ?? [] }));
    return [];
  });
}

/** Every step of a document by id, with the comment lines just above it and whether it is a Background's. */
function stepsOf(document: GherkinDocument): Map<string, { step: Step; comments: string[]; background: boolean }> {
  const found = new Map<string, { step: Step; comments: string[]; background: boolean }>();
  const comments = document.comments.map((c) => ({ line: c.location.line, text: c.text.trim().replace(/^#\s?/, '') }));
  const blocks: Array<{ steps: readonly Step[]; start: number; background: boolean }> = [];
  const collect = (children: readonly Child[]) => {
    for (const child of children) {
      if (child.background)
        blocks.push({ steps: child.background.steps, start: child.background.location.line, background: true });
      if (child.scenario)
        blocks.push({ steps: child.scenario.steps, start: child.scenario.location.line, background: false });
      if (child.rule) collect(child.rule.children as readonly Child[]);
    }
  };
  collect(document.feature?.children ?? []);
  for (const block of blocks) {
    let previous = block.start;
    for (const step of block.steps) {
      const line = step.location.line;
      const above = comments.filter((c) => c.line > previous && c.line < line).map((c) => c.text);
      found.set(step.id, { step, comments: above, background: block.background });
      previous = line + (step.dataTable?.rows.length ?? 0) + (step.docString ? 2 : 0);
    }
  }
  return found;
}
