import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AdmZip from 'adm-zip';
import { checkCSharp } from './csharp';
import { KENSIUM_CONTRACT } from './endpoint-contract';
import { checkEndpoint } from './endpoint-check';
import { CustomizationError, type Problem } from './problems';
import { PROJECT_FILE, readProject, type Project } from './project';
import { checkPushNotification } from './push-check';

export interface BuiltPackage {
  /** The package as Acumatica imports it: project.xml at the root and each File item at its path. */
  zip: Buffer;
  entries: string[];
  project: Project;
}

/**
 * Checks the customization project and packs it. Checked: project.xml is well formed, every file it names
 * is there, every C# file parses, the endpoint meets the connector's contract, and the push notification
 * names the customer. Throws a CustomizationError that lists every problem with its file and line.
 */
export async function buildPackage(dir: string): Promise<BuiltPackage> {
  const action = 'build the customization package';
  const { project, problems } = readProject(dir);
  if (!project) throw new CustomizationError(action, problems);
  const xmlFile = join(dir, PROJECT_FILE);
  const all: Problem[] = [
    ...problems,
    ...checkEndpoint(project.root, project.xml, xmlFile, KENSIUM_CONTRACT),
    ...checkPushNotification(project.root, project.xml, xmlFile),
  ];
  for (const file of project.files.filter((f) => /\.cs$/i.test(f.appRelativePath)))
    all.push(...(await checkCSharp(file.source)));
  if (all.length > 0) throw new CustomizationError(action, all);

  const zip = new AdmZip();
  zip.addFile(PROJECT_FILE, Buffer.from(project.xml, 'utf8'));
  for (const file of project.files) zip.addFile(entryName(file.appRelativePath), readFileSync(file.source));
  return {
    zip: zip.toBuffer(),
    entries: [PROJECT_FILE, ...project.files.map((f) => entryName(f.appRelativePath))],
    project,
  };
}

/** Zip entries use `/` (the zip format's separator); Acumatica reads them at the File item's path. */
function entryName(appRelativePath: string): string {
  return appRelativePath.replace(/\\/g, '/');
}

export function writePackage(built: BuiltPackage, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
}
