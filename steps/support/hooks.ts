import { After, Status } from '@cucumber/cucumber';
import type { SyncWorld } from './world';
import { uncheckedProblems } from './sync-checks';

/**
 * Fails a scenario whose sync reported a problem or a failure that no step looked at, so that a
 * scenario cannot pass while the sync quietly failed (cucumber-js does the same in features/support/hooks.ts).
 */
After(function (this: SyncWorld, { result }) {
  if (result?.status !== Status.PASSED) return;
  const problems = this.syncs.flatMap((run, index) => uncheckedProblems(run).map((problem) => `sync ${index + 1}: ${problem}`));
  if (problems.length > 0) {
    throw new Error(
      `The sync reported what no step checked:\n  ${problems.join('\n  ')}\nAdd "Then the sync reports no failures", or a step that checks the failure ("Then the sync reports customer … failed because …", "Then the sync stops with …").`,
    );
  }
});

After(async function (this: SyncWorld) {
  await this.acumatica?.signOut();
});
