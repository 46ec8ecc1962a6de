import { RemoteError } from '../errors';
import type { ApiAnswer, CustomizationApi } from './customization-api';
import { refusal } from './publish-answers';

/** Answers of a site that is restarting: a gateway or the server says it is unavailable for now. */
const RESTARTING = new Set([502, 503, 504]);

export interface PublishSessionOptions {
  api: CustomizationApi;
  /** When the whole publication must be over (milliseconds on the `now` clock). */
  deadline: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Pause before asking again while the site is down. */
  pollMs: number;
  progress: (line: string) => void;
  /** Says what to do when the deadline passes; gets what was last seen. */
  timedOut: (lastSeen: string) => Error;
}

/**
 * Calls to the Customization API that outlast a restart of the site, as happens at the end of a publication:
 * answers 502, 503 or 504 and lost connections are waited out, and a lost session (401) is opened again,
 * until the deadline. `interrupted` tells whether the site went away since the publication began.
 */
export class PublishSession {
  /** The site was unavailable, or the session was lost, at least once. */
  interrupted = false;
  private down = false;

  constructor(private readonly options: PublishSessionOptions) {}

  /**
   * Calls a method until it gets a real answer. A call the server may have acted on without answering (a
   * reset connection, a time-out) is sent again only when `resend` allows it: publishBegin must not start
   * twice, whereas import replaces and publishEnd and getPublished only ask.
   */
  async call(method: string, body: Record<string, unknown>, resend: boolean): Promise<ApiAnswer> {
    let signedInAgain = false;
    for (;;) {
      let answer: ApiAnswer;
      try {
        answer = await this.options.api.post(method, body);
      } catch (error) {
        if (!resend || !(error instanceof RemoteError) || error.status !== undefined) throw error;
        await this.waitForSite(`no answer to ${method} (${error.detail})`);
        continue;
      }
      if (RESTARTING.has(answer.status)) {
        await this.waitForSite(`HTTP ${answer.status} to ${method}`);
        continue;
      }
      if (answer.status === 401) {
        if (signedInAgain) throw refusal(answer, method);
        await this.signInAgain(method);
        signedInAgain = true;
        continue;
      }
      if (this.down) this.options.progress('  The site answers again.');
      this.down = false;
      return answer;
    }
  }

  /** Signs in again after the session was lost, waiting while the restarting site cannot sign anyone in. */
  private async signInAgain(method: string): Promise<void> {
    this.interrupted = true;
    this.options.progress(`  The session has ended (HTTP 401 to ${method}): the site restarted. Signing in again.`);
    for (;;) {
      try {
        await this.options.api.signIn();
        return;
      } catch (error) {
        if (!(error instanceof RemoteError) || !error.transient) throw error;
        await this.waitForSite(`the sign-in failed (${error.status ? `HTTP ${error.status}` : error.detail})`);
      }
    }
  }

  /** Waits before asking again; throws the time-out, saying what was last seen, once the deadline has passed. */
  async pause(lastSeen: string): Promise<void> {
    if (this.options.now() >= this.options.deadline) throw this.options.timedOut(lastSeen);
    await this.options.sleep(this.options.pollMs);
  }

  private async waitForSite(symptom: string): Promise<void> {
    this.interrupted = true;
    if (!this.down) this.options.progress(`  The site is not answering (${symptom}): it is restarting. Waiting.`);
    this.down = true;
    await this.pause(symptom);
  }
}
