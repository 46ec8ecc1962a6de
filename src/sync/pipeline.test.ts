import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { pipeline, type Stages } from './pipeline';

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function* from<T>(items: T[], failAfter?: Error): AsyncGenerator<T> {
  for (const item of items) yield item;
  if (failAfter) throw failAfter;
}

/** Stages that record what happened, with processing the test finishes batch by batch. */
function recorder() {
  const events: string[] = [];
  const processing = new Map<number, ReturnType<typeof deferred<number>>>();
  const stages: Stages<number, number, number> = {
    prepare: async (batch) => {
      events.push(`prepare ${batch}`);
      return batch;
    },
    process: (batch) => {
      events.push(`process ${batch}`);
      const done = deferred<number>();
      processing.set(batch, done);
      return done.promise;
    },
    commit: (batch) => {
      events.push(`commit ${batch}`);
    },
  };
  return { events, processing, stages };
}

describe('pipeline', () => {
  it('prepares the next batch while one is processed, and commits in batch order however processing ends', async () => {
    const { events, processing, stages } = recorder();
    const run = pipeline(from([1, 2, 3]), stages);
    await settle();
    assert.deepEqual(events, ['prepare 1', 'process 1', 'prepare 2', 'process 2']);
    processing.get(2)?.resolve(2); // the second batch is done first; it waits for the first
    await settle();
    assert.deepEqual(events.slice(4), []);
    processing.get(1)?.resolve(1);
    await settle();
    assert.deepEqual(events.slice(4), ['commit 1', 'commit 2', 'prepare 3', 'process 3']);
    processing.get(3)?.resolve(3);
    await run;
    assert.deepEqual(events.slice(8), ['commit 3']);
  });

  it('holds at most two batches: the third is not taken before the first is committed', async () => {
    const { events, processing, stages } = recorder();
    const run = pipeline(from([1, 2, 3]), stages);
    await settle();
    assert.ok(!events.includes('prepare 3'));
    processing.get(1)?.resolve(1);
    await settle();
    assert.ok(events.indexOf('commit 1') < events.indexOf('prepare 3'));
    processing.get(2)?.resolve(2);
    await settle();
    processing.get(3)?.resolve(3);
    await run;
  });

  it('when the source fails, finishes and commits the batch in flight, then throws', async () => {
    const { events, processing, stages } = recorder();
    const run = pipeline(from([1], new Error('page 2 unreadable')), stages);
    const outcome = run.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await settle();
    assert.deepEqual(events, ['prepare 1', 'process 1']);
    assert.equal(await Promise.race([outcome, settle().then(() => 'pending')]), 'pending', 'waits for batch 1');
    processing.get(1)?.resolve(1);
    assert.equal(await outcome, 'page 2 unreadable');
    assert.deepEqual(events, ['prepare 1', 'process 1', 'commit 1']);
  });

  it('when a batch fails, throws its error and commits nothing after it', async () => {
    const { events, processing, stages } = recorder();
    const run = pipeline(from([1, 2, 3]), stages);
    const outcome = run.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await settle();
    processing.get(1)?.reject(new Error('batch 1 failed'));
    processing.get(2)?.resolve(2);
    assert.equal(await outcome, 'batch 1 failed');
    assert.deepEqual(events, ['prepare 1', 'process 1', 'prepare 2', 'process 2']);
  });

  it('when preparing fails, finishes the batch in flight, throws, and takes no further batch', async () => {
    const { events, processing, stages } = recorder();
    const failing: Stages<number, number, number> = {
      ...stages,
      prepare: async (batch) => {
        if (batch === 2) throw new Error('contacts unreadable');
        return stages.prepare(batch);
      },
    };
    const run = pipeline(from([1, 2, 3]), failing);
    await settle();
    processing.get(1)?.resolve(1);
    await assert.rejects(run, /contacts unreadable/);
    assert.deepEqual(events, ['prepare 1', 'process 1', 'commit 1']);
  });

  it('does nothing for an empty source', async () => {
    const { events, stages } = recorder();
    await pipeline(from([]), stages);
    assert.deepEqual(events, []);
  });
});
