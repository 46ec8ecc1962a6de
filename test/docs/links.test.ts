import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');

/** The Markdown files of the repository's own documentation: the README, CONTRIBUTING, CHANGELOG and docs/. */
function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
      return entry.endsWith('.md') ? [path] : [];
    });
  const top = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'fixtures/README.md'].filter((file) =>
    existsSync(join(ROOT, file)),
  );
  return [...top, ...(existsSync(join(ROOT, 'docs')) ? walk('docs') : [])];
}

/** The text outside fenced code blocks and inline code, where a link or a heading can be. */
function prose(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** The anchors GitHub gives the headings of a page (github-slugger: lower case, punctuation dropped, spaces to -). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const line of prose(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = (heading[1] as string)
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** Each relative link of a page: `[text](target)`, with line numbers, outside code. */
function relativeLinks(markdown: string): { line: number; target: string }[] {
  return prose(markdown).flatMap((line, index) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
      .map((match) => match[1] as string)
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .map((target) => ({ line: index + 1, target })),
  );
}

/** What is wrong with one link, or undefined when it leads somewhere. */
function brokenLink(file: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#', 2);
  const resolved = path === '' ? file : relative(ROOT, resolve(ROOT, dirname(file), decodeURIComponent(path)));
  if (resolved.startsWith('..')) return 'points outside the repository';
  if (!existsSync(join(ROOT, resolved))) return `${resolved} does not exist`;
  if (anchor === undefined || !resolved.endsWith('.md')) return undefined;
  if (statSync(join(ROOT, resolved)).isDirectory()) return undefined;
  return anchors(readFileSync(join(ROOT, resolved), 'utf8')).has(anchor)
    ? undefined
    : `${resolved} has no heading whose anchor is #${anchor}`;
}

describe('relative links in the documentation', () => {
  const files = markdownFiles();

  it('finds the pages to check', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/settings.md']) assert.ok(files.includes(file), file);
  });

  it('lead to a file that exists, and to a heading that exists', () => {
    const broken = files.flatMap((file) =>
      relativeLinks(readFileSync(join(ROOT, file), 'utf8')).flatMap(({ line, target }) => {
        const problem = brokenLink(file, target);
        return problem ? [`${file}:${line}: (${target}) ${problem}`] : [];
      }),
    );
    assert.deepEqual(broken, []);
  });

  it('derive anchors as GitHub does', () => {
    const page = [
      '# Documented steps → scenarios',
      '## Control API (`/__mock/…`, not part of the emulated API)',
      '## Real time: `serve`',
      '## Tests',
      '## Tests',
      '```',
      '# not a heading',
      '```',
    ].join('\n');
    assert.deepEqual(
      [...anchors(page)],
      [
        'documented-steps--scenarios',
        'control-api-__mock-not-part-of-the-emulated-api',
        'real-time-serve',
        'tests',
        'tests-1',
      ],
    );
  });
});
