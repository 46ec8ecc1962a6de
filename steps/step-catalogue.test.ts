import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { GherkinDocument } from '@cucumber/messages';
import { ASSUMPTION_TAG, documentedStepsTables, PROCEDURES, type TaggedScenario } from './support/documented-steps';
import { AREAS, stepUsage, type StepUsage } from './support/step-usage';

const ROOT = join(__dirname, '..');

const CATALOGUE = 'docs/acceptance/step-catalogue.md';
const DOCUMENTED_STEPS = 'docs/acceptance/documented-steps.md';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe(`the step catalogue (${CATALOGUE}) and the documented steps (${DOCUMENTED_STEPS})`, () => {
  let steps: StepUsage[] = [];
  let scenarios: TaggedScenario[] = [];
  let documents: GherkinDocument[] = [];
  before(async () => {
    ({ steps, scenarios, documents } = await stepUsage(ROOT));
    steps = steps.filter((step) => step.uri.replace(/^steps\//, '') in AREAS);
  });

  it('finds the step definitions of every step file it catalogues', () => {
    assert.deepEqual(
      [...new Set(steps.map((step) => step.uri.replace(/^steps\//, '')))].sort(),
      Object.keys(AREAS).sort(),
    );
  });

  it('has no step that no scenario uses', () => {
    assert.deepEqual(
      steps.filter((step) => step.examples.length === 0).map((step) => step.pattern),
      [],
    );
  });

  it('lists every step pattern, and no other', () => {
    const listed = [...read(CATALOGUE).matchAll(/^\| `((?:[^`\\]|\\.)+)` \|/gm)].map((match) =>
      (match[1] as string).replace(/\\\|/g, '|'),
    );
    assert.deepEqual(
      [...listed].sort(),
      steps.map((step) => step.pattern).sort(),
      `run \`node -r ts-node/register/transpile-only steps/support/step-usage.ts\` and paste its output into ${CATALOGUE}`,
    );
  });

  it('lists the scenarios of each documented step as the tags of the features say', () => {
    const text = read(DOCUMENTED_STEPS);
    const tables = documentedStepsTables(scenarios);
    assert.ok(
      text.includes(tables),
      `run \`node -r ts-node/register/transpile-only steps/support/step-usage.ts --documented-steps\` and paste its output into ${DOCUMENTED_STEPS}`,
    );
  });

  it('has a scenario for every documented step, and no step tag that names none', () => {
    const known = new Set(PROCEDURES.flatMap((procedure) => procedure.steps.map((step) => `@${step.tag}`)));
    const used = new Set(scenarios.flatMap((scenario) => scenario.tags.filter((tag) => /-step-/.test(tag))));
    assert.deepEqual(
      [...known].filter((tag) => !used.has(tag)),
      [],
      'documented steps without a scenario',
    );
    assert.deepEqual(
      [...used].filter((tag) => !known.has(tag)),
      [],
      'tags that name no documented step',
    );
  });

  it('gives the reason of every assumption: a scenario or Examples tagged @assumption says "Assumed" in its description', () => {
    const silent: string[] = [];
    for (const document of documents)
      for (const child of document.feature?.children ?? [])
        for (const scenario of [child.scenario, ...(child.rule?.children ?? []).map((c) => c.scenario)]) {
          if (!scenario) continue;
          const tagged = (tags: readonly { name: string }[]) => tags.some((tag) => tag.name === ASSUMPTION_TAG);
          if (tagged(scenario.tags) && !/\bAssumed\b/.test(scenario.description)) silent.push(scenario.name);
          for (const examples of scenario.examples)
            if (tagged(examples.tags) && !/\bAssumed\b/.test(examples.description))
              silent.push(`${scenario.name}, Examples: ${examples.name}`);
        }
    assert.ok(
      scenarios.some((scenario) => scenario.tags.includes(ASSUMPTION_TAG)),
      'no scenario is tagged @assumption',
    );
    assert.deepEqual(silent, []);
  });
});
