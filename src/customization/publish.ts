import { SyncError, withAdvice } from '../errors';
import { CustomizationApi, errorsOf, type CustomizationApiOptions, type LogEntry } from './customization-api';
import { publishedNames, readLogAnswer, readPublishEnd } from './publish-answers';
import { PublishSession } from './publish-session';

export interface PublishOptions extends CustomizationApiOptions {
  projectName: string;
  projectDescription?: string;
  /** Validate the project only (`isOnlyValidation`): nothing is published. */
  validateOnly?: boolean;
  /** Pause between two publishEnd calls, and between two tries while the site restarts. */
  pollMs: number;
  /** Longest the whole publication may take, restarts of the site included. */
  publishTimeoutMs: number;
  /** Receives each line of progress and of the publish log. */
  progress: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Acumatica refused the package or failed to publish it; the message carries the log's errors. */
export class PublishError extends SyncError {}

/**
 * Publishes a customization package through Acumatica's Customization API: sign in, import the package
 * (replacing a project of the same name), begin publishing (or validating only), then poll publishEnd until
 * it completes, printing each entry of the publish log once. The site restarts at the end of a publication:
 * 503s, lost connections and the lost session are waited out (signing in again) until the time limit. A
 * publication ends by asking getPublished whether the project is published. Signs out at the end, whatever
 * happened. Returns the publish log.
 */
export async function publishPackage(zip: Buffer, options: PublishOptions): Promise<LogEntry[]> {
  const { projectName, progress } = options;
  const now = options.now ?? Date.now;
  const task = options.validateOnly ? 'validate' : 'publish';
  const fail = (reason: string) =>
    new PublishError(`Failed to ${task} the customization project ${projectName}: ${reason}`);
  const api = new CustomizationApi(options);
  const session = new PublishSession({
    api,
    deadline: now() + options.publishTimeoutMs,
    now,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    pollMs: options.pollMs,
    progress,
    timedOut: (lastSeen) =>
      fail(
        `not completed after ${Math.round(options.publishTimeoutMs / 1000)} s (last: ${lastSeen}). Look at the Customization Projects form (SM204505) of ${options.baseUrl}, or raise CUSTOMIZATION_PUBLISH_TIMEOUT_MS.`,
      ),
  });
  const log = new PrintedLog(progress);

  progress(`Signing in to ${options.baseUrl} as ${options.username} (tenant ${options.tenant})`);
  await api.signIn();
  try {
    progress(`Importing the project ${projectName} (${Math.ceil(zip.length / 1024)} KB)`);
    const imported = await session.call('import', importRequest(zip, options), true);
    log.add(readLogAnswer(imported, 'import'));
    progress(options.validateOnly ? `Validating ${projectName} (nothing is published)` : `Publishing ${projectName}`);
    const begun = await session.call('publishBegin', beginRequest(options), false);
    log.add(readLogAnswer(begun, 'publishBegin'));
    session.interrupted = false;
    const completed = await pollUntilDone(session, log, options, fail);
    if (!options.validateOnly) await confirmPublished(session, projectName, fail, completed, progress);
    return log.entries;
  } finally {
    await api.signOut();
  }
}

function importRequest(zip: Buffer, options: PublishOptions): Record<string, unknown> {
  return {
    projectLevel: 0,
    isReplaceIfExists: true,
    projectName: options.projectName,
    projectDescription: options.projectDescription ?? '',
    projectContentBase64: zip.toString('base64'),
  };
}

function beginRequest(options: PublishOptions): Record<string, unknown> {
  return {
    isMergeWithExistingPackages: true,
    isOnlyValidation: options.validateOnly === true,
    isOnlyDbUpdates: false,
    isReplayPreviouslyExecutedScripts: false,
    projectNames: [options.projectName],
    tenantMode: 'Current',
  };
}

/**
 * Polls publishEnd until the publication completes; throws with the log's errors when it failed. Returns
 * true when publishEnd said it completed, false when the restarted site no longer knew the publication (an
 * empty answer, or a refusal without a state, after the site went away), which getPublished then settles.
 */
async function pollUntilDone(
  session: PublishSession,
  log: PrintedLog,
  options: PublishOptions,
  fail: (reason: string) => PublishError,
): Promise<boolean> {
  for (;;) {
    const reading = readPublishEnd(await session.call('publishEnd', {}, true));
    if (reading.kind !== 'silent') log.add(reading.log);
    if (reading.kind === 'state' && reading.isFailed) throw fail(`${log.reasons()}. ${SEE_LOG}`);
    if (reading.kind === 'state' && reading.isCompleted) return true;
    if (reading.kind !== 'state' && session.interrupted && !options.validateOnly) {
      options.progress('  publishEnd no longer reports the publication after the restart: asking getPublished.');
      return false;
    }
    if (reading.kind === 'refused') throw fail(withAdvice(reading.detail, SEE_LOG));
    await session.pause(
      reading.kind === 'state' ? 'publishEnd says it is not completed yet' : 'publishEnd says nothing',
    );
  }
}

const SEE_LOG = 'See the publish log above; fix the project and publish again';

/** Asks getPublished whether the project is now published: the end of every publication. */
async function confirmPublished(
  session: PublishSession,
  projectName: string,
  fail: (reason: string) => PublishError,
  completed: boolean,
  progress: (line: string) => void,
): Promise<void> {
  const names = publishedNames(await session.call('getPublished', {}, true));
  if (!names.some((name) => name.toLowerCase() === projectName.toLowerCase()))
    throw fail(
      `${completed ? 'publishEnd reported it completed, but ' : ''}getPublished does not list it among the published projects (${names.join(', ') || 'none'}). Look at the Customization Projects form (SM204505).`,
    );
  progress(`  getPublished lists ${projectName} among the published projects.`);
}

/**
 * The publish log as printed: each entry once, whether an answer holds the whole log so far (as publishEnd's
 * does) or only what is new.
 */
class PrintedLog {
  readonly entries: LogEntry[] = [];

  constructor(private readonly progress: (line: string) => void) {}

  add(answer: LogEntry[]): void {
    const fresh = unseen(answer, this.entries);
    for (const entry of fresh) this.progress(`  ${entry.logType.padEnd(11)} ${entry.message}`);
    this.entries.push(...fresh);
  }

  /** The error entries, joined without their final periods (a question keeps its mark); a generic reason when none. */
  reasons(): string {
    const errors = errorsOf(this.entries);
    return errors.length > 0
      ? errors.map((error) => error.trimEnd().replace(/\.+$/, '')).join('; ')
      : 'Acumatica reports the publication as failed';
  }
}

/**
 * The entries of an answer not seen yet. An answer may repeat the log so far (publishEnd's holds the whole
 * log of the publication) or hold only what is new: what repeats is the longest end of the log seen that
 * the answer starts with.
 */
function unseen(answer: LogEntry[], seen: LogEntry[]): LogEntry[] {
  const same = (a: LogEntry, b: LogEntry | undefined) =>
    b !== undefined && a.message === b.message && a.timestamp === b.timestamp && a.logType === b.logType;
  for (let offset = 0; offset < seen.length; offset++) {
    const tail = seen.slice(offset);
    if (tail.length <= answer.length && tail.every((entry, i) => same(entry, answer[i])))
      return answer.slice(tail.length);
  }
  return answer;
}
