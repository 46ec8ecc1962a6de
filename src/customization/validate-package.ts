import { checkCSharp } from './csharp';
import { compileCSharp, type CompileOptions, type CompileResult, type CSharpSource } from './csharp-compile';
import { checkItems } from './item-rules';
import type { Problem } from './problems';
import { attribute, children, parseXml } from './project-xml';

/** A package's files by their path in it (`PackageFiles` of the mock, or any map of the zip's entries). */
export interface PackageContent {
  paths(): string[];
  get(path: string): Buffer | undefined;
}

/** What a publication's validation found in a package. */
export interface PackageValidation {
  /** What a real publication would refuse (errors) or report (warnings), each with its file and line. */
  problems: Problem[];
  /** The package's C#: the code of each Code item and each .cs file a File item names. */
  sources: CSharpSource[];
  /** How the C# compile check went; when it could not run, why. */
  compile: CompileResult;
}

/**
 * What a real publication would refuse in a package, each problem with its file (as the package names it)
 * and line: the checks of `build` that are Acumatica's rather than the connector's. project.xml well formed
 * with a `<Customization>` root, every File item present, the items as Acumatica writes them (`checkItems`,
 * as for a built package), the C# parsing, and, when it parses, compiling with mcs against the reference
 * surface of the framework. The Acumatica mock's Customization API calls it at the validation stage.
 */
export async function validatePackage(files: PackageContent, options: CompileOptions = {}): Promise<PackageValidation> {
  const unread = (problem: Problem): PackageValidation => ({
    problems: [problem],
    sources: [],
    compile: { ran: false, reason: 'project.xml cannot be read' },
  });
  const xml = files.get('project.xml')?.toString('utf8');
  if (xml === undefined) return unread({ file: 'project.xml', message: 'the package has no project.xml at its root' });
  const parsed = parseXml(xml, 'project.xml');
  if ('problem' in parsed) return unread(parsed.problem);
  const root = children(parsed.node, 'Customization')[0];
  if (!root) return unread({ file: 'project.xml', line: 1, message: 'the root element must be <Customization>' });
  const fileItems = children(root, 'File').map((item) => attribute(item, 'AppRelativePath') ?? '');
  const present = new Set(files.paths().map(normalize));
  const missing: Problem[] = fileItems
    .filter((path) => !present.has(normalize(path)))
    .map((path) => ({ file: 'project.xml', message: `the File item ${path} names a file the package lacks` }));
  const items = checkItems(xml, 'project.xml', { built: true, shippedFile: (path) => files.get(path) });
  const sources = csharpSources(files, xml, fileItems);
  const syntax = (await Promise.all(sources.map((source) => checkCSharp(source.file, source.text)))).flat();
  // As in build: a file that does not parse would only repeat its syntax errors as compiler errors.
  const compile: CompileResult =
    syntax.length > 0 ? { ran: false, reason: 'the C# does not parse' } : await compileCSharp(sources, options);
  return { problems: [...missing, ...items, ...syntax, ...(compile.ran ? compile.problems : [])], sources, compile };
}

/**
 * The C# of a package: the code of each Code item (`<Graph ClassName="X">`, its code in the Source attribute
 * or in a `<CDATA name="Source">` block), which publishing writes to App_RuntimeCode\X.cs, and each .cs file a
 * File item names (a page's code-behind). Read from the text, so that line numbers are those of the code itself.
 */
export function csharpSources(files: PackageContent, xml: string, fileItems: string[]): CSharpSource[] {
  const sources: CSharpSource[] = [];
  for (const match of xml.matchAll(/<Graph\b([^>]*?)(\/>|>([\s\S]*?)<\/Graph>)/g)) {
    const attributes = match[1] ?? '';
    const className = /\bClassName="([^"]+)"/.exec(attributes)?.[1];
    if (!className) continue;
    const inline = /\bSource="([^"]*)"/.exec(attributes)?.[1];
    const cdata = /<CDATA\s+name="Source"\s*>\s*<!\[CDATA\[([\s\S]*?)\]\]>/.exec(match[3] ?? '')?.[1];
    const text = inline !== undefined && inline !== '#CDATA' ? unescapeXml(inline) : cdata;
    if (text !== undefined) sources.push({ file: `App_RuntimeCode\\${className}.cs`, text });
  }
  for (const path of fileItems.filter((item) => /\.cs$/i.test(item))) {
    const content = files.get(path);
    if (content) sources.push({ file: path.replace(/\//g, '\\'), text: content.toString('utf8') });
  }
  return sources;
}

function normalize(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .toLowerCase();
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}
