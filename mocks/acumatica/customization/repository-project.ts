import { join } from 'node:path';
import type { EndpointDefinition } from '../endpoints/definitions';
import { PackageFiles } from './package-files';
import { loadProject } from './project-loader';

/** The customization project of this repository, which a configured tenant has published. */
export const REPOSITORY_PROJECT_DIR = join(__dirname, '..', '..', '..', 'customization');
export const REPOSITORY_PROJECT_NAME = 'KensiumCommerce';

let cached: { files: PackageFiles; zip: Buffer } | undefined;

/**
 * The repository's project as a package: the customization/ folder is the package unpacked (project.xml at
 * its root and the files it names), so it is read as such, once per process, and zipped for getProject.
 */
export function repositoryPackage(): { files: PackageFiles; zip: Buffer } {
  if (!cached) {
    const files = PackageFiles.fromFolder(REPOSITORY_PROJECT_DIR);
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
