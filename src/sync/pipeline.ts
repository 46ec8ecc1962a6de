/** The stages a batch goes through; each runs once per batch. */
export interface Stages<Batch, Prepared, Done> {
  /** Runs one batch at a time, in order (reading what the batch needs). */
  prepare(batch: Batch): Promise<Prepared>;
  /** Starts as soon as its batch is prepared, and may overlap the next batch's (writing). */
  process(prepared: Prepared): Promise<Done>;
  /** Sees the processed batches one at a time, in their order (tallying). */
  commit(done: Done): void | Promise<void>;
}

/**
 * Puts batches through their stages two at a time: while one batch is processed, the next is taken from
 * the source and prepared, so the processing never waits for a read; at most two batches are held.
 * Resolves when every batch is committed. When the source, a stage or a commit fails, the batch in flight
 * is still finished (a commit after a failure of its own batch or an earlier one is left out), then the
 * first failure is thrown.
 */
export async function pipeline<Batch, Prepared, Done>(
  batches: AsyncIterable<Batch>,
  stages: Stages<Batch, Prepared, Done>,
): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      const prepared = await stages.prepare(batch);
      const previous = inFlight;
      const current = stages.process(prepared).then(async (done) => {
        await previous;
        await stages.commit(done);
      });
      current.catch(() => undefined); // awaited below; this keeps an early failure from being reported as unhandled
      inFlight = current;
      await previous;
    }
    await inFlight;
  } finally {
    await inFlight.catch(() => undefined);
  }
}
