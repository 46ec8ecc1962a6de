import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/**
 * The README's step catalogue is what QA write new scenarios from: it must list every step, and each
 * example must be a line of a feature (so that it is a sentence that really runs).
 */
const ROOT = join(__dirname, '..');
// customization.steps.ts is catalogued with its own feature, by its own author.
const OWN_STEP_FILES = readdirSync(join(ROOT, 'steps')).filter((file) => file.endsWith('.steps.ts') && file !== 'customization.steps.ts');

function stepPatterns(file: string): string[] {
  const source = readFileSync(join(ROOT, 'steps', file), 'utf8');
  const found = [...source.matchAll(/\b(?:Given|When|Then)\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) => (m[2] as string).replace(/\\\\/g, '\\'));
  return found;
}

function catalogue(): Array<{ pattern: string; example: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Step catalogue'), readme.indexOf('## Documented steps'));
  return [...section.matchAll(/^\| `(.+?)` \| `(.+?)` \|/gm)].map((m) => ({ pattern: m[1] as string, example: m[2] as string }));
}

test('the step catalogue lists every step of steps/*.steps.ts', () => {
  const listed = new Set(catalogue().map((entry) => entry.pattern));
  const patterns = OWN_STEP_FILES.flatMap(stepPatterns);
  assert.ok(patterns.length > 30, `found only ${patterns.length} step patterns: is the extraction broken?`);
  assert.deepEqual(patterns.filter((pattern) => !listed.has(pattern)), [], 'steps missing from the README catalogue');
});

test('every example of the step catalogue is a line of a feature', () => {
  const features = readdirSync(join(ROOT, 'features')).filter((file) => file.endsWith('.feature'));
  const lines = new Set(features.flatMap((file) => readFileSync(join(ROOT, 'features', file), 'utf8').split('\n').map((line) => line.trim())));
  const entries = catalogue();
  assert.ok(entries.length > 30, `found only ${entries.length} catalogue entries: is the README table broken?`);
  assert.deepEqual(entries.filter((entry) => !lines.has(entry.example)).map((entry) => entry.example), [], 'examples that are not lines of a feature');
});
