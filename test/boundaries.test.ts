import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

/**
 * Which way imports point. The product (`src/`) must run without the harness, and the mocks are oracles kept
 * independent of the product, so neither reaches into the other or into the tests. Test files (`*.test.ts`)
 * may import anything. No file imports itself through others, not even for types only.
 */
const ROOT = join(__dirname, '..');
const CODE = ['src', 'mocks', 'steps', 'test', 'scripts', 'bench'];
const RULES: Array<{ area: string; mayNotImport: string[]; except?: string[] }> = [
  { area: 'src', mayNotImport: ['mocks', 'steps', 'test'] },
  // The one exception: a publication on the mock runs the checks a real publication runs (the package's
  // items, its C# compiled with mcs). Those are Acumatica's rules, which `customization build` applies too;
  // they are written once, in src/customization/validate-package.ts, rather than twice.
  {
    area: 'mocks',
    mayNotImport: ['src', 'steps', 'test'],
    except: ['src/customization/validate-package.ts', 'src/customization/assemble.ts'],
  },
];

/** Every module a TypeScript file names: import and export … from (type-only too), require(), import(), import("…") types. */
function specifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      if (ts.isStringLiteral(node.moduleReference.expression)) found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if ((isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) && first && ts.isStringLiteral(first))
        found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The repository's top-level folder a specifier in `file` points into; undefined for a package such as `zod`. */
function folderOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !isAbsolute(specifier)) return undefined;
  const path = relative(ROOT, resolve(dirname(file), specifier));
  return path.split(/[\\/]/)[0];
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const nonTestFiles = (dir: string) => typeScriptFiles(dir).filter((file) => !file.endsWith('.test.ts'));

/** The file a relative specifier loads, as Node and TypeScript look it up; undefined for a package. */
function fileOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(file), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find(
    (candidate) => candidate.endsWith('.ts') && existsSync(candidate),
  );
}

/** One cycle per group of files that import each other in a circle, as `a.ts → b.ts → a.ts`. */
function importCycles(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** `file imports 'specifier'` for each import of `file` into one of the folders. */
function crossings(file: string, text: string, folders: string[], except: string[] = []): string[] {
  const allowed = (specifier: string) => except.includes(relative(ROOT, fileOf(file, specifier) ?? ''));
  return specifiers(file, text)
    .filter((specifier) => folders.includes(folderOf(file, specifier) ?? '') && !allowed(specifier))
    .map((specifier) => `${relative(ROOT, file)} imports '${specifier}'`);
}

describe('import boundaries', () => {
  for (const { area, mayNotImport, except } of RULES) {
    it(`no non-test file in ${area}/ imports from ${mayNotImport.map((f) => `${f}/`).join(', ')}`, () => {
      const files = nonTestFiles(join(ROOT, area));
      const imports = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
      assert.ok(files.length >= 10, `expected the files of ${area}/, found ${files.length}`);
      assert.ok(
        imports.some(({ file, text }) => specifiers(file, text).some((s) => folderOf(file, s) === area)),
        `no import within ${area}/ was recognised: the parser is not reading imports`,
      );
      const found = imports.flatMap(({ file, text }) => crossings(file, text, mayNotImport, except));
      assert.deepEqual(found, [], `move the code these need out of ${mayNotImport.join('/, ')}/ or into ${area}/`);
    });
  }

  it('no import cycles, type-only imports included', () => {
    const files = CODE.flatMap((area) => typeScriptFiles(join(ROOT, area)));
    const graph = new Map(
      files.map((file) => [
        relative(ROOT, file),
        specifiers(file, readFileSync(file, 'utf8')).flatMap((specifier) => {
          const target = fileOf(file, specifier);
          return target ? [relative(ROOT, target)] : [];
        }),
      ]),
    );
    assert.ok([...graph.values()].flat().length >= 100, 'expected the imports between the files to be found');
    assert.deepEqual(importCycles(graph), []);
  });

  it('names the files of a cycle in the order they import each other', () => {
    const graph = new Map([
      ['endpoints.ts', ['default-endpoint.ts']],
      ['default-endpoint.ts', ['endpoints.ts']],
      ['app.ts', ['endpoints.ts', 'store.ts']],
      ['store.ts', []],
    ]);
    assert.deepEqual(importCycles(graph), ['endpoints.ts → default-endpoint.ts → endpoints.ts']);
  });

  it('recognises every way a file can name another, and resolves relative paths', () => {
    const file = join(ROOT, 'src', 'sync', 'example.ts');
    const text = [
      "import { AcumaticaMock } from '../../mocks/acumatica/app';",
      "import type { World } from '../../steps/support/world';",
      "export { capturedIo } from '../../test/support/captured-io';",
      "const harness = require('../../mocks/harness');",
      "const later = import('../../steps/support/hooks');",
      "type Store = import('../../mocks/b2b/store').B2BStore;",
      "import fixtures = require('../../mocks/fixtures');",
      "import { z } from 'zod';",
      "import { runSync } from './engine';",
      "import { parseConfig } from '../config';",
      "import { mocks } from './mocks/local';",
    ].join('\n');
    assert.deepEqual(crossings(file, text, ['mocks', 'steps', 'test']), [
      "src/sync/example.ts imports '../../mocks/acumatica/app'",
      "src/sync/example.ts imports '../../steps/support/world'",
      "src/sync/example.ts imports '../../test/support/captured-io'",
      "src/sync/example.ts imports '../../mocks/harness'",
      "src/sync/example.ts imports '../../steps/support/hooks'",
      "src/sync/example.ts imports '../../mocks/b2b/store'",
      "src/sync/example.ts imports '../../mocks/fixtures'",
    ]);
  });
});
