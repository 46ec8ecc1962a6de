import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requiredTool } from '../../test/support/local-required-tool';
import { codeItems } from './code-items';
import { compileCSharp, compilerErrors, MCS_INSTALL_HINT } from './csharp-compile';
import { formatProblem } from './problems';
import { PROJECT_DIR } from './project';

const FIXTURE = join(__dirname, 'fixtures', 'KNCustomerMaintExt.DefContact.cs');

/** The customization's code, with one file replaced. */
function projectCode(replace?: { className: string; file: string }) {
  return codeItems(PROJECT_DIR).map((item) =>
    item.className === replace?.className
      ? { file: replace.file, text: readFileSync(replace.file, 'utf8') }
      : { file: item.file, text: item.source },
  );
}

describe('the C# compile check (mcs against the reference surface)', () => {
  const mcs = requiredTool('mcs', MCS_INSTALL_HINT);

  it('compiles the customization', mcs, async () => {
    const result = await compileCSharp(projectCode());
    assert.ok(result.ran, result.ran ? '' : result.reason);
    assert.deepEqual(result.problems.map(formatProblem), []);
  });

  it('fails Base.DefContact with CS1061 at each line that reads it', mcs, async () => {
    const result = await compileCSharp(projectCode({ className: 'KNCustomerMaintExt', file: FIXTURE }));
    assert.ok(result.ran, result.ran ? '' : result.reason);
    const lines = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('Base.DefContact') ? [i + 1] : []));
    assert.equal(lines.length, 2);
    const cs1061 = result.problems.filter((problem) => /^error CS1061: .*`DefContact'/.test(problem.message));
    assert.deepEqual([...new Set(cs1061.map((problem) => problem.line))], lines);
    assert.ok(cs1061.every((problem) => problem.file === FIXTURE));
    assert.match(
      formatProblem(cs1061[0]!),
      /KNCustomerMaintExt\.DefContact\.cs:\d+: error CS1061: Type `PX\.Objects\.AR\.CustomerMaint' does not contain a definition for `DefContact'/,
    );
  });

  it('names each file as its source names it, so two files of one name stay apart', mcs, async () => {
    const result = await compileCSharp([
      { file: 'App_RuntimeCode\\A.cs', text: 'namespace A { public class X { } }' },
      { file: 'other\\A.cs', text: 'namespace B { public class Y { void M() { undefinedCall(); } } }' },
    ]);
    assert.ok(result.ran);
    assert.deepEqual(
      result.problems.map((problem) => `${problem.file}:${problem.line}`),
      ['other\\A.cs:1'],
    );
  });

  it('says it did not run, and how to install the compiler, when mcs is missing', async () => {
    const result = await compileCSharp([{ file: 'A.cs', text: 'class A {}' }], { mcs: 'mcs-that-is-not-installed' });
    assert.deepEqual(result, {
      ran: false,
      reason: `mcs-that-is-not-installed is not installed (${MCS_INSTALL_HINT})`,
    });
  });

  it("reads mcs's errors and leaves out its warnings and notes", () => {
    const output = [
      "/tmp/x/000-A.cs(3,5): error CS0103: The name `y' does not exist in the current context",
      '/tmp/ref.dll (Location of the symbol related to previous error)',
      "/tmp/x/000-A.cs(9,1): warning CS0168: The variable `z' is declared but never used",
      'Compilation failed: 1 error(s), 1 warnings',
    ].join('\n');
    assert.deepEqual(
      compilerErrors(output, () => 'A.cs'),
      [{ file: 'A.cs', line: 3, message: "error CS0103: The name `y' does not exist in the current context" }],
    );
  });
});
