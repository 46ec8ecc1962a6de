import { After, Before, BeforeAll, BeforeStep, Status } from '@cucumber/cucumber';
import axios from 'axios';
import { parseConfig } from '../../src/config';
import { isLive } from './live';
import { Scratch } from './scratch';
import { uncheckedProblems } from './sync-checks';
import type { SyncWorld } from './world';

/** Live, both systems must answer before any scenario runs; otherwise every scenario would fail the same way. */
BeforeAll(async function () {
  if (!isLive(this.parameters)) return;
  const config = parseConfig(
    Object.fromEntries(Object.entries(process.env).filter(([key]) => /^(ACUMATICA_URL|B2B_URL)$/.test(key))),
  );
  for (const [system, url, variable] of [
    ['Acumatica', `${config.ACUMATICA_URL}/entity`, 'ACUMATICA_URL'],
    ['Better B2B', `${config.B2B_URL}/api/v1/roles`, 'B2B_URL'],
  ]) {
    try {
      await axios.get(url as string, { timeout: 5000, validateStatus: () => true });
    } catch (error) {
      throw new Error(
        `Failed to reach ${system} at ${url}: ${(error as Error).message}. Start \`npm run mocks\` in another terminal, or set ${variable}.`,
      );
    }
  }
});

Before(function (this: SyncWorld, { pickle }) {
  this.tags = pickle.tags.map((tag) => tag.name);
  this.connector.newStateDir();
});

/** The steps of the running scenario that had a definition to run (an undefined step has none). */
const RAN = new Scratch(() => new Set<string>());

BeforeStep(function (this: SyncWorld, { pickleStep }) {
  this.scratch(RAN).add(pickleStep.id);
});

/**
 * An undefined step fails its scenario with a message that names it: JUnit (the ci profile) would
 * otherwise show an empty <failure/>. The first step that did not run is the undefined one.
 */
After(function (this: SyncWorld, { pickle, result }) {
  if (result?.status !== Status.UNDEFINED) return;
  const step = pickle.steps.find((candidate) => !this.scratch(RAN).has(candidate.id));
  throw new Error(
    `Undefined step: "${step?.text ?? '(unknown)'}" (${pickle.uri}). No step definition matches it: use a step of ` +
      'docs/acceptance/step-catalogue.md, or define it in steps/ (`npx cucumber-js --dry-run` prints a snippet).',
  );
});

/**
 * Cleans up after a scenario (the `serve` receiver, control API leftovers when live, the sign-in, the
 * state folder), then fails a scenario that passed although a sync reported a problem or failures that no
 * step checked, as cucumber-js's own suite does with errors nobody verified.
 */
After(async function (this: SyncWorld, { result }) {
  await this.connector.cleanUp();
  if (this.live && this.tags.includes('@mock-control')) {
    await this.mockControl.clearFaults('Acumatica');
    await this.mockControl.clearFaults('Better B2B');
    await this.mockControl.clearPushSubscriptions();
  }
  await this.acumatica?.signOut();
  const problems = uncheckedProblems(this.connector.runs);
  if (result?.status === Status.PASSED && problems.length > 0) {
    throw new Error(
      `A sync in this scenario reported what no step checked:\n  ${problems.join('\n  ')}\n` +
        'Check it with a step such as "Then the sync reports customer … failed because …" or "Then the sync could not start because …".',
    );
  }
});
