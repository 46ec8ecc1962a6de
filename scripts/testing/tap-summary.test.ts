import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { MCS, notRunNotice } from '../../test/support/required-tool';
import { summarizeTap } from './tap-summary';

/** The TAP node's own runner writes for `source`, a CommonJS test file given as a string. */
function tapOf(source: string): string {
  // Under `node --test` this variable makes a child report to its parent instead of writing TAP.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  return spawnSync(process.execPath, ['--test-reporter=tap', '-e', source], { encoding: 'utf8', env }).stdout;
}

describe('summarizeTap, on the TAP node writes', () => {
  const notice = notRunNotice(MCS);
  const tap = tapOf(`
    const { before, describe, it } = require('node:test');
    describe('a.test.ts', () => {
      it('passes', () => {});
      it('fails', () => { throw new Error('no'); });
      it('compiles the C#', (t) => { t.skip(${JSON.stringify(notice)}); });
      it('compiles the # other project', (t) => { t.skip(${JSON.stringify(notice)}); });
      it('was left out', { skip: true }, () => {});
      it('is unfinished', { todo: 'later' }, () => {});
    });
    describe('b.test.ts', () => {
      before(() => { throw new Error('the hook broke'); });
      it('cancelled one', () => {});
      it('cancelled two', () => {});
    });
  `);

  it('counts passed tests, and failed ones with those a failing hook cancelled', () => {
    const summary = summarizeTap(tap);
    assert.equal(summary?.passed, 1);
    assert.equal(summary?.failed, 3);
  });

  it('lists each test that did not run once, keeping a tool notice word for word (its # unescaped)', () => {
    assert.deepEqual(summarizeTap(tap)?.notRun, [
      'C# compile check did not run: mcs is missing (apt-get install mono-mcs)',
      'Unit test "was left out" did not run: skipped',
      'Unit test "is unfinished" is marked todo (later): its result does not count',
    ]);
  });

  it('has no summary for a stream that stopped before its end', () => {
    assert.equal(summarizeTap(tap.slice(0, tap.indexOf('# tests'))), undefined);
    assert.equal(summarizeTap(''), undefined);
  });
});
