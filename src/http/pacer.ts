/**
 * Spaces requests evenly under a requests-per-minute limit. Acumatica delays every request once the past
 * minute holds half of its license's limit, by the minute's time left over the requests left, and declines
 * a request that would wait in its queue for more than 10 minutes or behind more than 20 others (Acumatica's
 * help, "License Restrictions for API Users"). Requests sent at an even pace a little under the limit keep
 * those delays at a few milliseconds and never reach a decline; `PACE` is that margin.
 */
export const PACE = 0.95;

export interface PacerClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const realClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RequestPacer {
  /** Milliseconds between two requests. */
  readonly spacingMs: number;
  private next = 0;

  constructor(
    requestsPerMinute: number,
    private readonly clock: PacerClock = realClock,
  ) {
    this.spacingMs = 60_000 / (requestsPerMinute * PACE);
  }

  /** Resolves when the next request may go: at once when the last one went long enough ago. */
  async wait(): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.next);
    this.next = at + this.spacingMs;
    if (at > now) await this.clock.sleep(at - now);
  }
}
