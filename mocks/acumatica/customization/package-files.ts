import AdmZip from 'adm-zip';
import { zipEntries } from '../../../src/customization/package-zip';

/**
 * The files of a customization package by their path in the package. Paths are compared as Windows does
 * (without case, `\` and `/` alike), since Acumatica runs on Windows and writes `Bin\X.dll`.
 */
export class PackageFiles {
  private readonly files = new Map<string, { path: string; content: Buffer }>();

  static fromZip(zip: Buffer): PackageFiles {
    const files = new PackageFiles();
    for (const entry of new AdmZip(zip).getEntries())
      if (!entry.isDirectory) files.add(entry.entryName, entry.getData());
    return files;
  }

  add(path: string, content: Buffer): void {
    this.files.set(normalize(path), { path, content });
  }

  get(path: string): Buffer | undefined {
    return this.files.get(normalize(path))?.content;
  }

  has(path: string): boolean {
    return this.files.has(normalize(path));
  }

  /** The paths as the package spells them. */
  paths(): string[] {
    return [...this.files.values()].map((file) => file.path);
  }

  get size(): number {
    return this.files.size;
  }

  /** The package as a zip, as getProject returns it: the entries under the names the package gave them. */
  toZip(): Buffer {
    return zipEntries([...this.files.values()].map(({ path, content }) => ({ name: path, content })));
  }
}

function normalize(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .toLowerCase();
}
