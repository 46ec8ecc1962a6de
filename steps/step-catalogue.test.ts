import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { AREAS, stepUsage, type StepUsage } from './support/step-usage';

const ROOT = join(__dirname, '..');

/** The text of a README section, from its heading to the next one of the same level. */
function section(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `the README has a section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('the step catalogue and the documented steps in the README', () => {
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
    const listed = [...section('Step catalogue').matchAll(/^\| `((?:[^`\\]|\\.)+)` \|/gm)].map((match) =>
      (match[1] as string).replace(/\\\|/g, '|'),
    );
    assert.deepEqual(
      [...listed].sort(),
      steps.map((step) => step.pattern).sort(),
      'run `node -r ts-node/register/transpile-only steps/support/step-usage.ts` and paste its output',
    );
  });

  it('names only scenarios that exist in "Documented steps → scenarios"', () => {
    const named = [...section('Documented steps → scenarios').matchAll(/(?<!\*)\*([^*\n]+)\*(?!\*)/g)].map(
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
