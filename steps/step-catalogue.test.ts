import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { AREAS, stepUsage, type StepUsage } from './support/step-usage';

const ROOT = join(__dirname, '..');

const CATALOGUE = 'docs/acceptance/step-catalogue.md';
const DOCUMENTED_STEPS = 'docs/acceptance/documented-steps.md';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe(`the step catalogue (${CATALOGUE}) and the documented steps (${DOCUMENTED_STEPS})`, () => {
  let steps: StepUsage[] = [];
  let scenarios: string[] = [];
  before(async () => {
    ({ steps, scenarios } = await stepUsage(ROOT));
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

  it('names only scenarios that exist', () => {
    const named = [...read(DOCUMENTED_STEPS).matchAll(/(?<!\*)\*([^*\n]+)\*(?!\*)/g)].map(
      (match) => match[1] as string,
    );
    assert.ok(named.length > 20, `scenarios named: ${named.length}`);
    const exists = (name: string) => {
      const pattern = new RegExp(
        `^${name
          .split(/<[^>]+>/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      );
      return scenarios.some((scenario) => pattern.test(scenario));
    };
    assert.deepEqual(
      named.filter((name) => !exists(name)),
      [],
    );
  });
});
