import { readFileSync } from 'node:fs';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { Problem } from './problems';

let parser: Promise<Parser> | undefined;

/** A C# parser (tree-sitter's C# grammar, run as WebAssembly), loaded once per process. */
function csharpParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const language = await Language.load(require.resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'));
    return new Parser().setLanguage(language);
  })();
  return parser;
}

/** At most this many syntax errors are reported per file: after the first few, the rest are usually echoes. */
const MAX_PER_FILE = 3;

/** The syntax errors of a C# file, each with its line and column. */
export async function checkCSharp(file: string, text = readFileSync(file, 'utf8')): Promise<Problem[]> {
  const tree = (await csharpParser()).parse(text);
  if (!tree) return [{ file, message: 'the C# parser could not read the file' }];
  try {
    if (!tree.rootNode.hasError) return [];
    return errorNodes(tree.rootNode)
      .slice(0, MAX_PER_FILE)
      .map((node) => ({
        file,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        message: node.isMissing
          ? `C# syntax error: missing ${node.type}`
          : `C# syntax error near "${excerpt(node.text)}"`,
      }));
  } finally {
    tree.delete();
  }
}

/** The innermost error nodes: an error around a whole namespace says less than the one inside it. */
function errorNodes(node: Node): Node[] {
  if (node.isMissing) return [node];
  if (!node.hasError) return [];
  const inner = node.children.flatMap((child) => (child ? errorNodes(child) : []));
  if (inner.length > 0) return inner;
  return node.isError ? [node] : [];
}

function excerpt(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
