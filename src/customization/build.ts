import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assemblePackage, codeBehindFiles, type AssembleOptions } from './assemble';
import type { CodeItem } from './code-items';
import { checkCSharp } from './csharp';
import { compileCSharp, type CompileOptions, type CompileResult } from './csharp-compile';
import { KENSIUM_CONTRACT } from './endpoint-contract';
import { checkEndpoint } from './endpoint-check';
import { checkItems } from './item-rules';
import { zipEntries } from './package-zip';
import { CustomizationError, type Problem } from './problems';
import { PROJECT_FILE, readProject, type Project } from './project';
import { checkPushNotification } from './push-check';

export interface BuildOptions extends AssembleOptions {
  compile?: CompileOptions;
}

export interface BuiltPackage {
  /** The package as Acumatica imports it: project.xml at the root and each File item at its path. */
  zip: Buffer;
  /** Its entry names, as Acumatica writes them (`Pages\KN\KN401000.aspx`). */
  entries: string[];
  project: Project;
  codeItems: CodeItem[];
  /** How the C# compile check went: its problems fail the build; when it could not run, why. */
  compile: CompileResult;
  /** What does not stop the build but should be known (a Page item without its site's pageSource). */
  warnings: Problem[];
}

/**
 * Checks the customization project and packs it. Checked: project.xml is well formed, every file it names is
 * there, the items are written as Acumatica writes them (item-rules.ts), the C# parses and compiles against
 * the reference surface of Acumatica's framework (when mcs is installed), the endpoint meets the connector's
 * contract, and the push notification names the customer. Throws a CustomizationError that lists every
 * problem with its file and line.
 */
export async function buildPackage(dir: string, options: BuildOptions = {}): Promise<BuiltPackage> {
  const action = 'build the customization package';
  const { project, problems } = readProject(dir);
  if (!project) throw new CustomizationError(action, problems);
  const xmlFile = join(dir, PROJECT_FILE);
  const assembled = assemblePackage(dir, options);
  const shipped = new Map(assembled.entries.map((entry) => [entry.name.toLowerCase(), entry.content]));
  const itemProblems = checkItems(assembled.projectXml, xmlFile, {
    built: true,
    shippedFile: (path) => shipped.get(path.toLowerCase()),
  });
  const csharp = [
    ...assembled.codeItems.map((item) => ({ file: item.file, text: item.source })),
    ...codeBehindFiles(
      dir,
      project.files.map((file) => file.appRelativePath),
    ),
  ];
  const syntax = (await Promise.all(csharp.map((source) => checkCSharp(source.file, source.text)))).flat();
  // A file that does not parse would only repeat its syntax errors as compiler errors.
  const compile: CompileResult =
    syntax.length > 0 ? { ran: false, reason: 'the C# does not parse' } : await compileCSharp(csharp, options.compile);
  const all: Problem[] = [
    ...problems,
    ...assembled.problems,
    ...itemProblems,
    ...checkEndpoint(project.root, project.xml, xmlFile, KENSIUM_CONTRACT),
    ...checkPushNotification(project.root, project.xml, xmlFile),
    ...syntax,
    ...(compile.ran ? compile.problems : []),
  ];
  const errors = all.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) throw new CustomizationError(action, errors);
  return {
    zip: zipEntries(assembled.entries),
    entries: assembled.entries.map((entry) => entry.name),
    project,
    codeItems: assembled.codeItems,
    compile,
    warnings: all.filter((problem) => problem.severity === 'warning'),
  };
}

export function writePackage(built: BuiltPackage, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
}
