import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { inCi } from '../test/support/required-tool';
import { checksJunit, type CheckResult } from './testing/junit';
import { ScenarioTally } from './testing/scenario-tally';
import { summarizeTap } from './testing/tap-summary';

/**
 * `npm test`: the type check and the format check (run beside the unit tests, printed after them), the unit
 * tests (node:test, `*.test.ts` beside the code, all in one process) and the Cucumber features. Prints
 * `N passed, N failed` as its last line (each check, unit test and scenario counts as one) and exits non-zero on
 * any failure. A test that did not run (a tool it needs is missing: test/support/required-tool.ts), or a scenario
 * a hook skipped for that reason, counts as neither, and is named in one line just before it. With `CI` set, every
 * level is also written as JUnit under reports/, and the report paths are printed at the end.
 * `npm test -- --only unit|features|typecheck` runs one level.
 */
interface Tally {
  passed: number;
  failed: number;
  /** Files this level wrote under reports/. */
  reports: string[];
  /** One line per test that did not run. */
  notRun: string[];
}

const ROOT = join(__dirname, '..');
const REPORTS = join(ROOT, 'reports');
const TEST_DIRS = ['src', 'mocks', 'test', 'scripts', 'steps', 'bench'];
const CI = inCi();

function tally(passed: number, failed: number, reports: string[] = [], notRun: string[] = []): Tally {
  return { passed, failed, reports, notRun };
}

/** A whole-project check: a node script run to its end, one count in the tally. */
interface Check {
  name: string;
  args: string[];
  /** Printed after FAILED. */
  advice: string;
}

const CHECKS: Check[] = [
  {
    name: 'Type check (tsc --noEmit)',
    args: [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', ROOT],
    advice: '',
  },
  {
    name: 'Format check (prettier --check)',
    args: [require.resolve('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '**/*.{ts,js,json}'],
    advice: ': run `npm run format`',
  },
];

/** Runs a check to its end, keeping what it prints for the report rather than printing it. */
async function runCheck(check: Check): Promise<CheckResult> {
  const started = Date.now();
  const child = spawn(process.execPath, check.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += String(error);
      resolve(null);
    });
    child.on('close', resolve);
  });
  return { name: check.name, passed: code === 0, seconds: (Date.now() - started) / 1000, output };
}

/** Prints the checks' sections, in CHECKS order; one count each. */
function reportChecks(results: CheckResult[]): Tally {
  results.forEach((result, index) => {
    console.log(`\n== ${result.name}`);
    process.stdout.write(result.output);
    const outcome = result.passed ? 'passed' : `FAILED${CHECKS[index]?.advice ?? ''}`;
    console.log(`${result.name} ${outcome} (${result.seconds.toFixed(1)} s)`);
  });
  const reports: string[] = [];
  if (CI) {
    const path = join(REPORTS, 'checks-junit.xml');
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(path, checksJunit('Type and format checks', results));
    reports.push(path);
  }
  const passed = results.filter((result) => result.passed).length;
  return tally(passed, results.length - passed, reports);
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

/** Every `*.test.ts` file in one node process (scripts/testing/unit-process.ts), so ts-node starts once. */
async function unitTests(): Promise<Tally> {
  const files = TEST_DIRS.flatMap((dir) => findTests(join(ROOT, dir))).sort();
  console.log(`\n== Unit and HTTP tests (${files.length} files)`);
  if (files.length === 0) {
    console.log('no test files found: that is a failure, not a pass');
    return tally(0, 1);
  }
  const out = mkdtempSync(join(tmpdir(), 'unit-tap-'));
  const tapFile = join(out, 'results.tap');
  const reporters = [
    ...['--test-reporter=spec', '--test-reporter-destination=stdout'],
    ...['--test-reporter=tap', `--test-reporter-destination=${tapFile}`],
  ];
  const reports: string[] = [];
  if (CI) {
    const junitFile = join(REPORTS, 'unit-junit.xml');
    mkdirSync(REPORTS, { recursive: true });
    reporters.push('--test-reporter=junit', `--test-reporter-destination=${junitFile}`);
    reports.push(junitFile);
  }
  const child = spawn(
    process.execPath,
    [
      '--require',
      'ts-node/register/transpile-only',
      ...reporters,
      join(__dirname, 'testing', 'unit-process.ts'),
      ...files.map((file) => relative(ROOT, file)),
    ],
    { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NODE_ENV: 'test' } },
  );
  const status = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      console.log(`the unit tests did not start: ${error.message}`);
      resolve(null);
    });
    child.on('close', resolve);
  });
  let tap = '';
  try {
    tap = readFileSync(tapFile, 'utf8');
  } catch {
    // no TAP at all: the process did not start; the summary check below counts it
  }
  rmSync(out, { recursive: true, force: true });
  const summary = summarizeTap(tap);
  if (!summary) {
    console.log(`the unit tests ended before their summary (exit code ${status}): counted as one failure`);
    return tally(0, 1, reports);
  }
  if (status !== 0 && summary.failed === 0) {
    console.log(`the unit test process exited with code ${status} though no test failed: counted as one failure`);
    summary.failed = 1;
  }
  return tally(summary.passed, summary.failed, reports, summary.notRun);
}

/**
 * The features, run in this process; what Cucumber prints is kept in `output` (they run beside the unit tests,
 * whose report would otherwise be interleaved with theirs) and printed by the caller.
 */
async function features(output: PassThrough): Promise<Tally> {
  const profile = CI ? 'ci' : 'default';
  output.write(`\n== Acceptance features (cucumber profile "${profile}")\n`);
  const { runConfiguration } = await loadConfiguration({ profiles: [profile] }, { cwd: ROOT, stdout: output });
  const scenarios = new ScenarioTally();
  const { success } = await runCucumber(
    runConfiguration,
    { cwd: ROOT, stdout: output, stderr: output },
    (envelope: Envelope) => scenarios.add(envelope),
  );
  const { passed } = scenarios;
  let { failed } = scenarios;
  if (!success && failed === 0) failed = 1;
  if (passed + failed === 0) {
    output.write('no scenario ran: that is a failure, not a pass\n');
    failed = 1;
  }
  const reports = Object.keys(runConfiguration.formats.files).map((path) => join(ROOT, path));
  return tally(passed, failed, reports, scenarios.notRun);
}

async function main(): Promise<number> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  if (only && !['unit', 'features', 'typecheck'].includes(only)) {
    console.error(`Unknown level "${only}": use --only unit, --only features or --only typecheck.`);
    return 2;
  }
  const tallies: Tally[] = [];
  // The checks and the features run beside the unit tests (the unit tests mostly wait on sockets and child
  // processes); the checks' and the features' reports are printed when the unit tests end.
  const checks = !only || only === 'typecheck' ? Promise.all(CHECKS.map(runCheck)) : undefined;
  const featureOutput = new PassThrough();
  const printed: Buffer[] = [];
  featureOutput.on('data', (chunk: Buffer) => printed.push(chunk));
  const scenarios = !only || only === 'features' ? features(featureOutput) : undefined;
  if (!only || only === 'unit') tallies.push(await unitTests());
  if (checks) tallies.unshift(reportChecks(await checks));
  if (scenarios) {
    const result = await scenarios.catch((error: Error) => {
      printed.push(Buffer.from(`The features failed to run: ${error.stack ?? error.message}\n`));
      return tally(0, 1);
    });
    process.stdout.write(Buffer.concat(printed));
    tallies.push(result);
  }
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  const reports = tallies.flatMap((t) => t.reports);
  const notRun = [...new Set(tallies.flatMap((t) => t.notRun))];
  console.log('');
  if (reports.length > 0) console.log(['Reports:', ...reports.map((path) => `  ${relative(ROOT, path)}`)].join('\n'));
  for (const line of notRun) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
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
