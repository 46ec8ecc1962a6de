import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, children, parseXml, type XmlNode } from './project-xml';
import { lineOf, type Problem } from './problems';

/** The customization project of this repository: project.xml, the files it names, and the C# of App_RuntimeCode. */
export const PROJECT_DIR = join(__dirname, '..', '..', 'customization');
export const PROJECT_FILE = 'project.xml';

/** A file the project names in a File item, by its path in the site (backslashes, as Acumatica writes them). */
export interface ProjectFile {
  appRelativePath: string;
  /** Where it is in the project folder. */
  source: string;
  /** The line of its File item in project.xml. */
  line?: number;
}

export interface Project {
  dir: string;
  xml: string;
  /** The `<Customization>` element. */
  root: XmlNode;
  files: ProjectFile[];
}

/** Reads project.xml and lists the files it names; a malformed project.xml or a missing file is a problem. */
export function readProject(dir: string): { project?: Project; problems: Problem[] } {
  const xmlPath = join(dir, PROJECT_FILE);
  if (!existsSync(xmlPath))
    return {
      problems: [{ file: xmlPath, message: 'project.xml is missing: a customization project has it at its root' }],
    };
  const xml = readFileSync(xmlPath, 'utf8');
  const parsed = parseXml(xml, xmlPath);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const root = children(parsed.node, 'Customization')[0];
  if (!root) return { problems: [{ file: xmlPath, line: 1, message: 'the root element must be <Customization>' }] };
  const problems: Problem[] = [];
  const files: ProjectFile[] = [];
  for (const item of children(root, 'File')) {
    const appRelativePath = attribute(item, 'AppRelativePath');
    if (!appRelativePath) {
      problems.push({ file: xmlPath, line: lineOf(xml, '<File'), message: 'a File item has no AppRelativePath' });
      continue;
    }
    const source = join(dir, ...appRelativePath.split(/[\\/]/));
    const line = lineOf(xml, `AppRelativePath="${appRelativePath}"`);
    if (existsSync(source)) files.push({ appRelativePath, source, line });
    else
      problems.push({
        file: xmlPath,
        line,
        message: `the File item ${appRelativePath} names a file that is missing (expected ${source})`,
      });
  }
  return { project: { dir, xml, root, files }, problems };
}
