import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findTool, inCi, MCS, notRunNotice, requireTool, type RequiredTool } from './required-tool';

const bin = mkdtempSync(join(tmpdir(), 'required-tool-'));
after(() => rmSync(bin, { recursive: true, force: true }));

function file(name: string, mode: number): string {
  const path = join(bin, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}
const present = file('present-tool', 0o755);
file('not-executable', 0o644);
mkdirSync(join(bin, 'a-directory'));

const PATH = ['/nonexistent-dir', '', bin].join(delimiter);
const missing: RequiredTool = { command: 'no-such-tool', check: 'Widget check', install: 'apt-get install widget' };

/** Records what requireTool asks of the test context. */
function fakeTest() {
  const skips: (string | undefined)[] = [];
  return { skips, skip: (message?: string) => skips.push(message) };
}

describe('findTool', () => {
  it('finds a command in a PATH folder, past folders that do not hold it', () => {
    assert.equal(findTool('present-tool', { PATH }), present);
  });

  it('takes an absolute path as is when it is an executable file', () => {
    assert.equal(findTool(present, { PATH: '' }), present);
    assert.equal(findTool(join(bin, 'not-executable'), { PATH: '' }), undefined);
  });

  it('does not take a file without the execute bit, a folder, or a command on no PATH', () => {
    assert.equal(findTool('not-executable', { PATH }), undefined);
    assert.equal(findTool('a-directory', { PATH }), undefined);
    assert.equal(findTool('present-tool', {}), undefined);
  });
});

describe('requireTool', () => {
  it('returns the path of a tool that is there and does not skip', () => {
    const t = fakeTest();
    assert.equal(requireTool(t, { ...missing, command: 'present-tool' }, { PATH, CI: 'true' }), present);
    assert.deepEqual(t.skips, []);
  });

  it('outside CI, marks the test as not run with the one-line notice and returns undefined', () => {
    const t = fakeTest();
    assert.equal(requireTool(t, missing, { PATH, CI: 'false' }), undefined);
    assert.deepEqual(t.skips, ['Widget check did not run: no-such-tool is missing (apt-get install widget)']);
  });

  it('under CI, fails the test: CI installs the tool, so a missing one is a broken build', () => {
    const t = fakeTest();
    assert.throws(
      () => requireTool(t, missing, { PATH, CI: 'true' }),
      /^Error: Widget check did not run: no-such-tool is missing \(apt-get install widget\)\. CI must have it/,
    );
    assert.deepEqual(t.skips, []);
  });

  it('words the C# compile check notice as npm test prints it', () => {
    assert.equal(notRunNotice(MCS), 'C# compile check did not run: mcs is missing (apt-get install mono-mcs)');
  });
});

describe('inCi', () => {
  it('is set by any value but empty, false or 0', () => {
    assert.deepEqual(
      ['true', '1', 'yes', 'TRUE'].map((CI) => inCi({ CI })),
      [true, true, true, true],
    );
    assert.deepEqual(
      [undefined, '', ' ', 'false', 'False', '0'].map((CI) => inCi({ CI })),
      [false, false, false, false, false, false],
    );
  });
});
