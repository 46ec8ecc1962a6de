import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_DIR, codeItems, codeItemXml, type CodeItem } from './code-items';
import { encodePageSource } from './page-source';
import { attribute, children, parseXml, type XmlNode } from './project-xml';
import { lineOf, type Problem } from './problems';
import { PROJECT_FILE } from './project';

export interface AssembleOptions {
  /**
   * The target site's Pages folder (or a copy of the pages the project changes, as Pages/<module>/<screen>.aspx):
   * a Page item of a standard form takes its pageSource from there.
   */
  sitePages?: string;
}

/** A package as Acumatica imports it, before it is zipped. */
export interface AssembledPackage {
  /** project.xml with the Code items and the pages' pageSource filled in. */
  projectXml: string;
  /** The zip's entries, named as Acumatica names them: project.xml, then each File item at its AppRelativePath. */
  entries: Array<{ name: string; content: Buffer }>;
  codeItems: CodeItem[];
  problems: Problem[];
}

/**
 * Makes the package of a project folder: project.xml gets a Code item for each .cs file of App_RuntimeCode
 * (at its end, so that the lines of the items written by hand stay where they are), and each Page item
 * without pageSource gets it: from the page the package ships, or from the target site's page when
 * `sitePages` is given. The files of the File items follow project.xml. Synchronous and without checks:
 * `build` checks; the Acumatica mock publishes the repository's project with it.
 */
export function assemblePackage(dir: string, options: AssembleOptions = {}): AssembledPackage {
  const xmlFile = join(dir, PROJECT_FILE);
  const source = readFileSync(xmlFile, 'utf8');
  const problems: Problem[] = [];
  const parsed = parseXml(source, xmlFile);
  const root = 'node' in parsed ? children(parsed.node, 'Customization')[0] : undefined;
  const fileItems = root ? children(root, 'File').map((item) => attribute(item, 'AppRelativePath') ?? '') : [];
  const shipped = (path: string) => fileItems.find((item) => item.toLowerCase() === path.toLowerCase());

  let xml = source;
  for (const page of root ? children(root, 'Page') : []) {
    const path = attribute(page, 'path') ?? '';
    if (attribute(page, 'pageSource') !== undefined) continue;
    const screen = /^~\/pages\/([a-z]{2})\/([a-z]{2}[0-9a-z]{6})\.aspx$/i.exec(path);
    if (!screen) continue;
    const own = shipped(`Pages\\${screen[1]}\\${screen[2]}.aspx`);
    let content: Buffer | undefined;
    if (own) content = readFile(dir, own);
    else if (options.sitePages) {
      content = sitePage(options.sitePages, screen[1] as string, screen[2] as string);
      if (!content)
        problems.push({
          file: xmlFile,
          line: lineOf(source, `path="${path}"`),
          message: `the target site's page for ${path} is not in ${options.sitePages} (expected ${screen[1]?.toUpperCase()}/${screen[2]?.toUpperCase()}.aspx)`,
        });
      else problems.push(...containersMissingFrom(content.toString('utf8'), page, path, xmlFile, source));
    }
    if (content)
      xml = xml.replace(
        new RegExp(`(<Page path="${escape(path)}"[^>]*?)(\\s*/?>)`),
        `$1 pageSource="${encodePageSource(content)}"$2`,
      );
  }

  const code = codeItems(dir);
  for (const item of code)
    if (item.source.includes(']]>'))
      problems.push({
        file: item.file,
        line: lineOf(item.source, ']]>'),
        message: '"]]>" would end the Code item\'s CDATA block',
      });
  if (code.length > 0) {
    const end = xml.lastIndexOf('</Customization>');
    if (end >= 0) xml = `${xml.slice(0, end)}${code.map((item) => codeItemXml(item)).join('\n')}\n${xml.slice(end)}`;
  }

  const entries: Array<{ name: string; content: Buffer }> = [{ name: PROJECT_FILE, content: Buffer.from(xml, 'utf8') }];
  for (const path of fileItems) {
    const content = readFile(dir, path);
    if (content) entries.push({ name: path, content });
  }
  return { projectXml: xml, entries, codeItems: code, problems };
}

/** The code-behind files the package ships (Pages\…\*.aspx.cs), which the site compiles with the pages. */
export function codeBehindFiles(dir: string, fileItems: string[]): Array<{ file: string; text: string }> {
  return fileItems
    .filter((path) => /\.cs$/i.test(path) && !path.toLowerCase().startsWith(`${CODE_DIR.toLowerCase()}\\`))
    .map((path) => ({ file: join(dir, ...path.split('\\')), text: readFile(dir, path)?.toString('utf8') ?? '' }));
}

function readFile(dir: string, appRelativePath: string): Buffer | undefined {
  const path = join(dir, ...appRelativePath.split(/[\\/]/));
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** A page of the site's Pages folder, its module folder and file name compared without case. */
function sitePage(sitePages: string, module: string, screen: string): Buffer | undefined {
  const find = (dir: string, name: string) => {
    try {
      return readdirSync(dir).find((entry) => entry.toLowerCase() === name.toLowerCase());
    } catch {
      return undefined;
    }
  };
  const folder = find(sitePages, module);
  const file = folder ? find(join(sitePages, folder), `${screen}.aspx`) : undefined;
  return folder && file ? readFileSync(join(sitePages, folder, file)) : undefined;
}

/**
 * The containers of a Page item the site's page lacks. A container is named by its ID (or a tab item by its
 * Text) inside the content placeholder its ParentId starts with (phG_tab: the control tab in phG).
 */
function containersMissingFrom(page: string, item: XmlNode, path: string, file: string, xml: string): Problem[] {
  const problems: Problem[] = [];
  for (const [tag, value] of Object.entries(item)) {
    if (tag.startsWith('@') || tag.startsWith('#')) continue;
    for (const container of (Array.isArray(value) ? value : [value]) as XmlNode[]) {
      const parentId = attribute(container, 'ParentId') ?? '';
      const placeholder = /^(ph[A-Za-z]+)_/.exec(parentId)?.[1];
      const id = attribute(container, 'ID');
      const text = attribute(container, 'Text');
      const content = placeholder ? contentOf(page, placeholder) : undefined;
      const found =
        content !== undefined &&
        ((id !== undefined && content.includes(`ID="${id}"`)) ||
          (text !== undefined && content.includes(`Text="${text}"`)));
      if (!found)
        problems.push({
          file,
          line: lineOf(xml, `ParentId="${parentId}"`, xml.indexOf(`path="${path}"`)),
          message: `the target site's ${path} has no ${tag} ${id ?? text ?? ''} in ${placeholder ?? parentId}: the changes would not apply to it`,
        });
    }
  }
  return problems;
}

/** The markup of the page's `<asp:Content ContentPlaceHolderID="…">` block. */
function contentOf(page: string, placeholder: string): string | undefined {
  const start = new RegExp(`<asp:Content[^>]*ContentPlaceHolderID="${placeholder}"[^>]*>`, 'i').exec(page);
  if (!start) return undefined;
  const end = page.indexOf('</asp:Content>', start.index);
  return page.slice(start.index, end < 0 ? undefined : end);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
