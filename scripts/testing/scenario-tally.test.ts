import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AttachmentContentEncoding, TestStepResultStatus, type Envelope } from '@cucumber/messages';
import { MCS, notRunNotice } from '../../test/support/required-tool';
import { ScenarioTally } from './scenario-tally';

const timestamp = { seconds: 0, nanos: 0 };

/** The messages Cucumber sends for one attempt at a scenario: its steps' statuses and what its hooks logged. */
function attempt(
  scenario: string,
  attemptId: string,
  statuses: Array<keyof typeof TestStepResultStatus>,
  options: { logs?: string[]; willBeRetried?: boolean } = {},
): Envelope[] {
  const testCaseId = `case-${scenario}`;
  return [
    { testCaseStarted: { id: attemptId, testCaseId, attempt: 0, timestamp } },
    ...(options.logs ?? []).map((body): Envelope => ({
      attachment: {
        testCaseStartedId: attemptId,
        body,
        contentEncoding: AttachmentContentEncoding.IDENTITY,
        mediaType: 'text/x.cucumber.log+plain',
      },
    })),
    ...statuses.map((status, i): Envelope => ({
      testStepFinished: {
        testCaseStartedId: attemptId,
        testStepId: `${attemptId}-${i}`,
        testStepResult: { status: TestStepResultStatus[status], duration: timestamp },
        timestamp,
      },
    })),
    { testCaseFinished: { testCaseStartedId: attemptId, timestamp, willBeRetried: options.willBeRetried ?? false } },
  ];
}

function scenario(name: string): Envelope[] {
  return [
    { pickle: { id: `pickle-${name}`, name, uri: 'a.feature', language: 'en', steps: [], tags: [], astNodeIds: [] } },
    { testCase: { id: `case-${name}`, pickleId: `pickle-${name}`, testSteps: [] } },
  ];
}

describe('ScenarioTally, on the messages Cucumber sends', () => {
  const notice = notRunNotice(MCS);
  const tally = new ScenarioTally();
  [
    ...['passes', 'fails', 'needs mcs', 'also needs mcs', 'is skipped', 'is flaky', 'has no steps'].flatMap(scenario),
    ...attempt('passes', 'a1', ['PASSED', 'PASSED']),
    ...attempt('fails', 'a2', ['PASSED', 'FAILED', 'SKIPPED']),
    ...attempt('needs mcs', 'a3', ['PASSED', 'SKIPPED', 'SKIPPED'], { logs: [notice] }),
    ...attempt('also needs mcs', 'a4', ['SKIPPED', 'SKIPPED'], { logs: ['something else', notice] }),
    ...attempt('is skipped', 'a5', ['SKIPPED']),
    ...attempt('is flaky', 'a6', ['FAILED'], { willBeRetried: true }),
    ...attempt('is flaky', 'a7', ['PASSED']),
    ...attempt('has no steps', 'a8', []),
    ...attempt('fails', 'a9', ['UNDEFINED', 'SKIPPED']),
  ].forEach((envelope) => tally.add(envelope));

  it('counts a scenario as passed when every step of its last attempt passed, and failed otherwise', () => {
    assert.deepEqual([tally.passed, tally.failed], [2, 3]);
  });

  it('names a scenario a hook skipped by the notice it logged, once, or by its name', () => {
    assert.deepEqual(tally.notRun, [notice, 'Scenario "is skipped" did not run: skipped']);
  });
});
