/** One whole-project check (the type check, the format check) as `npm test` ran it. */
export interface CheckResult {
  name: string;
  passed: boolean;
  seconds: number;
  /** What the tool printed; kept as the failure's text when it failed. */
  output: string;
}

const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g;
// Characters XML 1.0 does not allow, even escaped.
const NOT_XML = /[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(ANSI_ESCAPE, '')
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A JUnit XML document with one test case per check, in the shape CI servers read. */
export function checksJunit(suiteName: string, checks: CheckResult[]): string {
  const failures = checks.filter((check) => !check.passed).length;
  const seconds = checks.reduce((sum, check) => sum + check.seconds, 0);
  const attributes = `name="${xmlEscape(suiteName)}" tests="${checks.length}" failures="${failures}" errors="0"`;
  const cases = checks.map((check) => {
    const open = `    <testcase classname="${xmlEscape(suiteName)}" name="${xmlEscape(check.name)}" time="${check.seconds.toFixed(3)}"`;
    if (check.passed) return `${open}/>`;
    return `${open}>\n      <failure message="${xmlEscape(check.name)} failed">${xmlEscape(check.output)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes} time="${seconds.toFixed(3)}">`,
    `  <testsuite ${attributes} skipped="0" time="${seconds.toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
