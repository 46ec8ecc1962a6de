import { SyncError } from '../errors';
import {
  CustomizationApi,
  errorsOf,
  logAnswer,
  publishEndSchema,
  type CustomizationApiOptions,
  type LogEntry,
} from './customization-api';

export interface PublishOptions extends CustomizationApiOptions {
  projectName: string;
  projectDescription?: string;
  /** Pause between two publishEnd calls. */
  pollMs: number;
  /** Longest the whole publication may take. */
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
 * (replacing a project of the same name), begin publishing, then poll publishEnd until it completes,
 * reporting the publish log as it grows. Signs out at the end, whatever happened.
 */
export async function publishPackage(zip: Buffer, options: PublishOptions): Promise<LogEntry[]> {
  const { projectName, progress } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const api = new CustomizationApi(options);
  const print = (entries: LogEntry[]) =>
    entries.forEach((entry) => progress(`  ${entry.logType.padEnd(11)} ${entry.message}`));

  progress(`Signing in to ${options.baseUrl} as ${options.username} (tenant ${options.tenant})`);
  await api.signIn();
  try {
    progress(`Importing the project ${projectName} (${Math.ceil(zip.length / 1024)} KB)`);
    const imported = await api.call(
      'import',
      {
        projectLevel: 0,
        isReplaceIfExists: true,
        projectName,
        projectDescription: options.projectDescription ?? '',
        projectContentBase64: zip.toString('base64'),
      },
      logAnswer,
      `import the customization project ${projectName}`,
    );
    print(imported.log);
    progress(`Publishing ${projectName}`);
    const begun = await api.call(
      'publishBegin',
      {
        isMergeWithExistingPackages: true,
        isOnlyValidation: false,
        isOnlyDbUpdates: false,
        isReplayPreviouslyExecutedScripts: false,
        projectNames: [projectName],
        tenantMode: 'Current',
      },
      logAnswer,
      `begin publishing ${projectName}`,
    );
    print(begun.log);
    const started = now();
    const publishLog: LogEntry[] = [...begun.log];
    for (;;) {
      const state = await api.call('publishEnd', {}, publishEndSchema, `publish ${projectName}`);
      const fresh = unseen(state.log, publishLog);
      print(fresh);
      publishLog.push(...fresh);
      if (state.isFailed) {
        const reasons = errorsOf(publishLog);
        throw new PublishError(
          `Failed to publish the customization project ${projectName}: ${reasons.length > 0 ? reasons.join('; ') : 'Acumatica reports the publication as failed'}. See the publish log above; fix the project and publish again.`,
        );
      }
      if (state.isCompleted) return publishLog;
      if (now() - started > options.publishTimeoutMs) {
        throw new PublishError(
          `Failed to publish the customization project ${projectName}: not completed after ${Math.round(options.publishTimeoutMs / 1000)} s. Look at the Customization Projects form (SM204505) of ${options.baseUrl}, or raise CUSTOMIZATION_PUBLISH_TIMEOUT_MS.`,
        );
      }
      await sleep(options.pollMs);
    }
  } finally {
    await api.signOut();
  }
}

/** The entries of an answer not seen yet: publishEnd may return the whole log so far, or only what is new. */
function unseen(answer: LogEntry[], seen: LogEntry[]): LogEntry[] {
  const cumulative =
    answer.length >= seen.length &&
    seen.every((entry, i) => entry.message === answer[i]?.message && entry.timestamp === answer[i]?.timestamp);
  return cumulative ? answer.slice(seen.length) : answer;
}
