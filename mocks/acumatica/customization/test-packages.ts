import { repositoryPackage } from './repository-project';
import { PackageFiles } from './package-files';

/**
 * The repository's package with some files changed (a string), or removed (undefined), as base64 for the
 * import call. Tests use it to send broken packages.
 */
export function packageWith(changes: Record<string, string | undefined> = {}): string {
  const source = repositoryPackage().files;
  const files = new PackageFiles();
  const changed = new PackageFiles();
  for (const path of Object.keys(changes)) changed.add(path, Buffer.alloc(0));
  for (const path of source.paths()) {
    if (changed.has(path)) continue;
    files.add(path, source.get(path) as Buffer);
  }
  for (const [path, content] of Object.entries(changes))
    if (content !== undefined) files.add(path, Buffer.from(content, 'utf8'));
  return files.toZip().toString('base64');
}

/** project.xml of the repository's package, to derive broken variants from. */
export function projectXml(): string {
  return (repositoryPackage().files.get('project.xml') as Buffer).toString('utf8');
}

/** The code of a Code item of the repository's package (`<Graph ClassName="…">`), as it is in its CDATA block. */
export function codeOf(className: string): string {
  const code = codeItemPattern(className).exec(projectXml())?.[2];
  if (code === undefined) throw new Error(`The package has no Code item ${className}`);
  return code;
}

/** The change to project.xml that gives a Code item other code, for packageWith. */
export function withCode(className: string, code: string): Record<string, string> {
  codeOf(className);
  return {
    'project.xml': projectXml().replace(codeItemPattern(className), (_m, start: string) => `${start}${code}]]>`),
  };
}

function codeItemPattern(className: string): RegExp {
  return new RegExp(`(<Graph ClassName="${className}"[^>]*>\\s*<CDATA name="Source"><!\\[CDATA\\[)([\\s\\S]*?)\\]\\]>`);
}
