import { checkCSharp } from './csharp';
import type { Problem } from './problems';
import { attribute, children, parseXml } from './project-xml';

/** A package's files by their path in it (`PackageFiles` of the mock, or any map of the zip's entries). */
export interface PackageContent {
  paths(): string[];
  get(path: string): Buffer | undefined;
}

/** One C# source of a package, named as the site would store it. */
export interface CSharpSource {
  /** `App_RuntimeCode\KNCustomerExt.cs`: a .cs file's path in the package, or where a Code item's code goes. */
  file: string;
  text: string;
}

/**
 * What a real publication would refuse in a package, each problem with its file (as the package names it)
 * and line: the seam the mock's Customization API calls at the validation stage of publishing. Today it
 * runs the checks `build` runs that apply to any package: project.xml well formed with a `<Customization>`
 * root, every File item present, and every C# source parsing. The item rules of `build` and the C# compile
 * check (mcs, when installed) belong here too, so that the mock refuses what `build` refuses.
 */
export async function validatePackage(files: PackageContent): Promise<Problem[]> {
  const xml = files.get('project.xml')?.toString('utf8');
  if (xml === undefined) return [{ file: 'project.xml', message: 'the package has no project.xml at its root' }];
  const parsed = parseXml(xml, 'project.xml');
  if ('problem' in parsed) return [parsed.problem];
  const root = children(parsed.node, 'Customization')[0];
  if (!root) return [{ file: 'project.xml', line: 1, message: 'the root element must be <Customization>' }];
  const present = new Set(files.paths().map(normalize));
  const missing: Problem[] = children(root, 'File')
    .map((item) => attribute(item, 'AppRelativePath') ?? '')
    .filter((path) => !present.has(normalize(path)))
    .map((path) => ({ file: 'project.xml', message: `the File item ${path} names a file the package lacks` }));
  const syntax: Problem[] = [];
  for (const source of csharpSources(files, xml)) syntax.push(...(await checkCSharp(source.file, source.text)));
  return [...missing, ...syntax];
}

/**
 * The C# of a package: each .cs file it holds, and the code of each Code item (`<Graph ClassName="X">`, its
 * code in the Source attribute or in a `<CDATA name="Source">` block), which publishing writes to
 * App_RuntimeCode\X.cs. Read from the text, so that line numbers are those of the code itself.
 */
export function csharpSources(files: PackageContent, xml: string): CSharpSource[] {
  const sources: CSharpSource[] = files
    .paths()
    .filter((path) => /\.cs$/i.test(path))
    .map((path) => ({ file: path.replace(/\//g, '\\'), text: (files.get(path) as Buffer).toString('utf8') }));
  for (const match of xml.matchAll(/<Graph\b([^>]*?)(\/>|>([\s\S]*?)<\/Graph>)/g)) {
    const attributes = match[1] ?? '';
    const className = /\bClassName="([^"]+)"/.exec(attributes)?.[1];
    if (!className) continue;
    const inline = /\bSource="([^"]*)"/.exec(attributes)?.[1];
    const cdata = /<CDATA\s+name="Source"\s*>\s*<!\[CDATA\[([\s\S]*?)\]\]>/.exec(match[3] ?? '')?.[1];
    const text = inline !== undefined && inline !== '#CDATA' ? unescapeXml(inline) : cdata;
    if (text !== undefined) sources.push({ file: `App_RuntimeCode\\${className}.cs`, text });
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
