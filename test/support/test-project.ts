import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR } from '../../src/customization/project';

/** A change to a file of the project: new text from the old, or `null` to delete the file. */
export type Change = ((text: string) => string) | null;

/** A copy of the repository's customization project in a temporary folder, with some files changed. */
export function projectCopy(changes: Record<string, Change> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'customization-'));
  cpSync(PROJECT_DIR, dir, { recursive: true, filter: (source) => !source.startsWith(join(PROJECT_DIR, 'dist')) });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    if (change === null) rmSync(path);
    else writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  return dir;
}
