import { relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The unit stage in one process, so ts-node registers once rather than once per file: `npm test` runs
 * `node --require ts-node/register/transpile-only scripts/testing/unit-process.ts <file>…`.
 * Each file loads inside a suite named by its path, so its top-level hooks (`before`, `beforeEach`, …)
 * apply to its own tests only, as they would in a process of its own; a file that fails to load becomes
 * one failing test rather than stopping the others.
 */
const root = resolve(__dirname, '..', '..');

for (const file of process.argv.slice(2)) {
  const path = resolve(root, file);
  describe(relative(root, path), () => {
    try {
      require(path);
    } catch (error) {
      it('loads', () => {
        throw error;
      });
    }
  });
}
