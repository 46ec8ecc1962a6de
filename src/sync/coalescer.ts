/**
 * Gathers customer IDs that arrive in bursts (push notifications) and hands them over in batches: a
 * batch starts `quietMs` after the last ID arrived, or at most `maxWaitMs` after the first, and only one
 * batch runs at a time; IDs that arrive meanwhile wait for the next one. Nothing is dropped.
 */
export class Coalescer {
  private pending = new Set<string>();
  private firstArrival: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly handle: (ids: string[]) => Promise<void>,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
    /** Told when a batch fails; the batch's IDs are not retried here (the sync state records failures). */
    private readonly onError: (error: unknown, ids: string[]) => void = () => undefined,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  add(ids: Iterable<string>): void {
    if (this.stopped) return;
    for (const id of ids) this.pending.add(id);
    if (this.pending.size === 0) return;
    this.firstArrival ??= this.now();
    this.schedule();
  }

  private schedule(): void {
    if (this.running) return; // the running batch schedules the next when it ends
    clearTimeout(this.timer);
    const waited = this.now() - (this.firstArrival ?? this.now());
    const delay = Math.max(0, Math.min(this.quietMs, this.maxWaitMs - waited));
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Runs the pending IDs now (also used at shutdown), and resolves when that batch is done. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending = new Set();
    this.firstArrival = undefined;
    this.running = this.handle(batch)
      .catch((error: unknown) => this.onError(error, batch))
      .finally(() => {
        this.running = undefined;
        if (this.pending.size > 0 && !this.stopped) {
          this.firstArrival = this.now();
          this.schedule();
        }
      });
    await this.running;
  }

  /** Stops taking IDs; runs what is pending, so nothing received is lost. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (this.pending.size > 0) {
      this.stopped = false;
      await this.flush();
      this.stopped = true;
    }
  }
}
