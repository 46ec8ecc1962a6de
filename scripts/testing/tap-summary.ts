/** What `npm test` takes from the TAP that node's test runner writes: the counts and the tests that did not run. */
export interface TapSummary {
  passed: number;
  /** Failed and cancelled tests (a test cancelled by a failing hook did not pass). */
  failed: number;
  /** One line per test that neither passed nor failed, repeated lines once. */
  notRun: string[];
}

/** Undoes node's TAP escaping of names and directives (`\#`, `\\`, `\n`, …). */
function unescape(text: string): string {
  const controls: Record<string, string> = { b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v' };
  return text.replace(/\\(.)/g, (_, char: string) => controls[char] ?? char);
}

/** A test result line, at any depth: `ok 3 - name # SKIP reason` (a `#` in the name is written `\#`). */
const RESULT = /^\s*(?:not )?ok \d+ - ((?:[^#\\]|\\.)*?)(?: # (SKIP|TODO)(?: (.*))?)?$/;

/**
 * The summary of a TAP stream, or undefined when it has no summary: the process ended before its tests did.
 * A skip whose reason is a "did not run" notice (test/support/required-tool.ts) is kept word for word.
 */
export function summarizeTap(tap: string): TapSummary | undefined {
  const count = (name: string): number | undefined => {
    const match = new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap);
    return match ? Number(match[1]) : undefined;
  };
  const [passed, failed, cancelled] = [count('pass'), count('fail'), count('cancelled')];
  if (passed === undefined || failed === undefined || cancelled === undefined) return undefined;
  const notRun = new Set<string>();
  for (const line of tap.split('\n')) {
    const match = RESULT.exec(line);
    if (!match?.[2]) continue;
    const name = unescape(match[1] ?? '').trim();
    const reason = match[3] === undefined ? '' : unescape(match[3]).trim();
    if (match[2] === 'SKIP' && / did not run: /.test(reason)) notRun.add(reason);
    else if (match[2] === 'SKIP') notRun.add(`Unit test "${name}" did not run: skipped${reason ? ` (${reason})` : ''}`);
    else notRun.add(`Unit test "${name}" is marked todo${reason ? ` (${reason})` : ''}: its result does not count`);
  }
  return { passed, failed: failed + cancelled, notRun: [...notRun] };
}
