import { join } from 'node:path';
import { assemblePackage } from '../../../src/customization/assemble';
import type { EndpointDefinition } from '../endpoints/definitions';
import { PackageFiles } from './package-files';
import { loadProject } from './project-loader';

/** The customization project of this repository, which a configured tenant has published. */
export const REPOSITORY_PROJECT_DIR = join(__dirname, '..', '..', '..', 'customization');
export const REPOSITORY_PROJECT_NAME = 'KensiumCommerce';

let cached: { files: PackageFiles; zip: Buffer } | undefined;

/**
 * The repository's project as a package, as `customization build` makes it from the customization/ folder
 * (project.xml with a Code item per .cs file, and the files it names), once per process, and zipped for
 * getProject. The build's checks are left out: its tests run them.
 */
export function repositoryPackage(): { files: PackageFiles; zip: Buffer } {
  if (!cached) {
    const files = new PackageFiles();
    for (const entry of assemblePackage(REPOSITORY_PROJECT_DIR).entries) files.add(entry.name, entry.content);
    cached = { files, zip: files.toZip() };
  }
  return cached;
}

/** The endpoints the repository's project adds to these system endpoints (what a bare tenant lacks). */
export function repositoryEndpoints(system: EndpointDefinition[]): EndpointDefinition[] {
  const loaded = loadProject(repositoryPackage().files, (name, version) =>
    system.find((e) => e.name === name && e.version === version),
  );
  if ('errors' in loaded)
    throw new Error(
      `Failed to read the customization project in ${REPOSITORY_PROJECT_DIR}: ${loaded.errors.join(' ')}`,
    );
  return loaded.endpoints;
}
