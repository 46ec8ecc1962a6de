import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope, TestStepResultStatus } from '@cucumber/messages';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * `npm test`: the type check and format check, the unit tests (node:test, `*.test.ts` beside the code) and the Cucumber
 * features, in that order. Prints `N passed, N failed` as its last line (the type check and the format
 * check count as one check each, each unit test and each scenario as one) and exits non-zero on any failure.
 * `npm test -- --only unit|features|typecheck` runs one level.
 */
interface Tally {
  passed: number;
  failed: number;
}

const ROOT = join(__dirname, '..');
const TEST_DIRS = ['src', 'mocks', 'test', 'scripts', 'steps', 'bench'];

function typecheck(): Tally {
  console.log('\n== Type check (tsc --noEmit)');
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', ROOT], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  const ok = result.status === 0;
  console.log(ok ? 'type check passed' : 'type check FAILED');
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function formatCheck(): Tally {
  console.log('\n== Format check (prettier --check)');
  const result = spawnSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '**/*.{ts,js,json}'],
    {
      stdio: 'inherit',
      cwd: ROOT,
    },
  );
  const ok = result.status === 0;
  console.log(ok ? 'format check passed' : 'format check FAILED: run `npm run format`');
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function findTests(dir: string): string[] {
  const found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (entry === 'node_modules') continue;
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (entry.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

function unitTests(): Tally {
  const files = TEST_DIRS.flatMap((dir) => findTests(join(ROOT, dir))).sort();
  console.log(`\n== Unit and HTTP tests (${files.length} files)`);
  if (files.length === 0) {
    console.log('no test files found: that is a failure, not a pass');
    return { passed: 0, failed: 1 };
  }
  const out = mkdtempSync(join(tmpdir(), 'unit-tap-'));
  const tapFile = join(out, 'results.tap');
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      'ts-node/register/transpile-only',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files.map((file) => relative(ROOT, file)),
    ],
    { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NODE_ENV: 'test' } },
  );
  const tap = readFileSync(tapFile, 'utf8');
  rmSync(out, { recursive: true, force: true });
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const tally = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  if (result.status !== 0 && tally.failed === 0) tally.failed = 1; // the runner itself failed
  return tally;
}

async function features(): Promise<Tally> {
  const profile = process.env.CI ? 'ci' : 'default';
  console.log(`\n== Acceptance features (cucumber profile "${profile}")`);
  const { runConfiguration } = await loadConfiguration({ profiles: [profile] }, { cwd: ROOT });
  const stepResults = new Map<string, TestStepResultStatus[]>();
  const tally: Tally = { passed: 0, failed: 0 };
  const { success } = await runCucumber(runConfiguration, { cwd: ROOT }, (envelope: Envelope) => {
    if (envelope.testCaseStarted) stepResults.set(envelope.testCaseStarted.id, []);
    if (envelope.testStepFinished)
      stepResults
        .get(envelope.testStepFinished.testCaseStartedId)
        ?.push(envelope.testStepFinished.testStepResult.status);
    if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      const statuses = stepResults.get(envelope.testCaseFinished.testCaseStartedId) ?? [];
      if (statuses.length > 0 && statuses.every((status) => status === 'PASSED')) tally.passed += 1;
      else tally.failed += 1;
    }
  });
  if (!success && tally.failed === 0) tally.failed = 1;
  if (tally.passed + tally.failed === 0) {
    console.log('no scenario ran: that is a failure, not a pass');
    tally.failed = 1;
  }
  return tally;
}

async function main(): Promise<number> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  if (only && !['unit', 'features', 'typecheck'].includes(only)) {
    console.error(`Unknown level "${only}": use --only unit, --only features or --only typecheck.`);
    return 2;
  }
  const tallies: Tally[] = [];
  if (!only || only === 'typecheck') tallies.push(typecheck(), formatCheck());
  if (!only || only === 'unit') tallies.push(unitTests());
  if (!only || only === 'features') tallies.push(await features());
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`The test run failed to start: ${error.stack ?? error.message}`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
