import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The folder of the project whose .cs files are the customization's code. Acumatica publishes each Code item
 * as App_RuntimeCode\<ClassName>.cs on the site and compiles them there; the package carries them as Code
 * items, not as files.
 */
export const CODE_DIR = 'App_RuntimeCode';

/** The kinds of Code item real packages use (docs/customization-evidence.md). */
export const CODE_FILE_TYPES = ['NewDac', 'NewGraph', 'ExistingGraph', 'NewFile'] as const;
export type CodeFileType = (typeof CODE_FILE_TYPES)[number];

/** A Code item: `<Graph ClassName="…" Source="#CDATA" IsNew="True" FileType="…">` with the code in a CDATA block. */
export interface CodeItem {
  className: string;
  fileType: CodeFileType;
  source: string;
  /** The file it was made from. */
  file: string;
}

/** The Code items of a project folder: one per .cs file of App_RuntimeCode, in file name order. */
export function codeItems(dir: string): CodeItem[] {
  const folder = join(dir, CODE_DIR);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.cs'))
    .sort()
    .map((name) => codeItem(join(folder, name), readFileSync(join(folder, name), 'utf8')));
}

/**
 * The Code item of a file: named after the file (Acumatica writes it back under that name), of the kind its
 * class of that name is: a DAC (a PXBqlTable or IBqlTable, not a cache extension) is NewDac, a graph
 * (a PXGraph<…>) is NewGraph, anything else (graph and cache extensions, constants) NewFile, as real
 * packages file their extensions and helpers.
 */
export function codeItem(file: string, source: string): CodeItem {
  const className = basename(file, '.cs');
  const bases = baseListOf(source, className) ?? '';
  const fileType: CodeFileType =
    /\b(PXBqlTable|IBqlTable)\b/.test(bases) && !/\bPXCacheExtension\b/.test(bases)
      ? 'NewDac'
      : /\bPXGraph</.test(bases)
        ? 'NewGraph'
        : 'NewFile';
  return { className, fileType, source, file };
}

/** What a class of this name derives from, or undefined when the source declares no type of that name. */
export function baseListOf(source: string, className: string): string | undefined {
  const declaration = new RegExp(`\\b(?:class|struct|interface|enum)\\s+${className}\\b([^{]*)\\{`).exec(source);
  if (!declaration) return undefined;
  const afterName = (declaration[1] ?? '').replace(/^\s*<[^>]*>/, '');
  const colon = afterName.indexOf(':');
  return colon < 0 ? '' : afterName.slice(colon + 1).replace(/\bwhere\b[\s\S]*$/, '');
}

/** The XML of a Code item, as Acumatica writes it. The code may not contain `]]>`, which would end the CDATA block. */
export function codeItemXml(item: CodeItem, indent = '  '): string {
  return [
    `${indent}<Graph ClassName="${item.className}" Source="#CDATA" IsNew="True" FileType="${item.fileType}">`,
    `${indent}  <CDATA name="Source"><![CDATA[${item.source.replace(/\r\n/g, '\n')}]]></CDATA>`,
    `${indent}</Graph>`,
  ].join('\n');
}
