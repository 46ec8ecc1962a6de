import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AdmZip from 'adm-zip';

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

  /** An unpacked package: a folder with project.xml at its root (a `dist` folder of built packages is left out). */
  static fromFolder(dir: string): PackageFiles {
    const files = new PackageFiles();
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'dist') walk(path);
        } else files.add(relative(dir, path), readFileSync(path));
      }
    };
    walk(dir);
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

  /** The package as a zip, as getProject returns it. */
  toZip(): Buffer {
    const zip = new AdmZip();
    for (const { path, content } of this.files.values()) zip.addFile(path.replace(/\\/g, '/'), content);
    return zip.toBuffer();
  }
}

function normalize(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .toLowerCase();
}
