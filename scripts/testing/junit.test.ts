import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checksJunit, xmlEscape } from './junit';

describe('checksJunit', () => {
  const xml = checksJunit('Type and format checks', [
    { name: 'Type check', passed: true, seconds: 4.2, output: '' },
    { name: 'Format check', passed: false, seconds: 1.5, output: '\x1b[33m[warn]\x1b[39m a<b>&"c".ts\x07\n' },
  ]);

  it('holds one test case per check, with the counts on the suite', () => {
    assert.equal(xml.match(/<testcase /g)?.length, 2);
    assert.match(
      xml,
      /<testsuite name="Type and format checks" tests="2" failures="1" errors="0" skipped="0" time="5.700">/,
    );
    assert.match(xml, /<testcase classname="Type and format checks" name="Type check" time="4.200"\/>/);
  });

  it('keeps what a failed check printed as its failure, escaped and without terminal colours', () => {
    assert.match(xml, /<failure message="Format check failed">\[warn\] a&lt;b&gt;&amp;&quot;c&quot;.ts\n<\/failure>/);
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    assert.equal(xmlEscape('<a href="x">&</a>\x00\x1b\ttab'), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\ttab');
  });
});
