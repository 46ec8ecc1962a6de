import { spawnSync } from 'node:child_process';

/**
 * The options of a test that needs a tool (mcs, chromium): where the tool is there, the test runs; where it
 * is missing on a developer's machine, the test is skipped with a one-line message saying how to install it;
 * where it is missing in CI (CI set), the test runs and fails, so CI never passes without the check.
 * A local stand-in for test/support/required-tool.ts (branch runner), to be unified with it.
 */
export function requiredTool(tool: string, installHint: string): { skip?: string } {
  if (present(tool) || process.env.CI) return {};
  const message = `${tool} is not installed, so this check did not run (${installHint})`;
  if (!said.has(tool)) console.log(message);
  said.add(tool);
  return { skip: message };
}

const seen = new Map<string, boolean>();
const said = new Set<string>();

function present(tool: string): boolean {
  let found = seen.get(tool);
  if (found === undefined) {
    found = !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error;
    seen.set(tool, found);
  }
  return found;
}
