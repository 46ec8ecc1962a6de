import { TestStepResultStatus, type Envelope } from '@cucumber/messages';

const { PASSED, SKIPPED } = TestStepResultStatus;

/**
 * What `npm test` takes from Cucumber's messages: a scenario passed when every step and hook of its last attempt
 * passed. One a hook skipped (a tool it needs is missing) and nothing failed in did not run: it is named by the
 * "did not run" notice the hook logged (`this.log`), else by its name. Anything else failed.
 */
export class ScenarioTally {
  passed = 0;
  failed = 0;
  private readonly notRunLines = new Set<string>();
  private readonly names = new Map<string, string>();
  private readonly pickleOfTestCase = new Map<string, string>();
  private readonly attempts = new Map<
    string,
    { testCaseId: string; statuses: TestStepResultStatus[]; logs: string[] }
  >();

  /** One line per scenario that did not run, repeated lines once. */
  get notRun(): string[] {
    return [...this.notRunLines];
  }

  add(envelope: Envelope): void {
    if (envelope.pickle) this.names.set(envelope.pickle.id, envelope.pickle.name);
    if (envelope.testCase) this.pickleOfTestCase.set(envelope.testCase.id, envelope.testCase.pickleId);
    if (envelope.testCaseStarted)
      this.attempts.set(envelope.testCaseStarted.id, {
        testCaseId: envelope.testCaseStarted.testCaseId,
        statuses: [],
        logs: [],
      });
    if (envelope.attachment?.testCaseStartedId)
      this.attempts.get(envelope.attachment.testCaseStartedId)?.logs.push(envelope.attachment.body);
    if (envelope.testStepFinished)
      this.attempts
        .get(envelope.testStepFinished.testCaseStartedId)
        ?.statuses.push(envelope.testStepFinished.testStepResult.status);
    if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried)
      this.finish(envelope.testCaseFinished.testCaseStartedId);
  }

  private finish(attemptId: string): void {
    const { testCaseId = '', statuses = [], logs = [] } = this.attempts.get(attemptId) ?? {};
    this.attempts.delete(attemptId);
    if (statuses.length > 0 && statuses.every((status) => status === PASSED)) this.passed += 1;
    else if (statuses.includes(SKIPPED) && statuses.every((status) => status === PASSED || status === SKIPPED)) {
      const notices = logs.filter((line) => / did not run: /.test(line));
      const name = this.names.get(this.pickleOfTestCase.get(testCaseId) ?? '') ?? testCaseId;
      for (const line of notices.length > 0 ? notices : [`Scenario "${name}" did not run: skipped`])
        this.notRunLines.add(line);
    } else this.failed += 1;
  }
}
