import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Coalescer } from './coalescer';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds (polling), failing after a generous limit rather than guessing a delay. */
async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error(`gave up waiting for ${what}`);
    await tick(5);
  }
}

describe('Coalescer', () => {
  it('turns a burst into one batch without duplicates', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer(async (ids) => void batches.push(ids), 20, 1000);
    coalescer.add(['C1', 'C2']);
    coalescer.add(['C2', 'C3']);
    await waitFor(() => batches.length > 0, 'a batch');
    await tick(30);
    assert.deepEqual(batches, [['C1', 'C2', 'C3']]);
  });

  it('runs one batch at a time and keeps what arrives meanwhile for the next', async () => {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const coalescer = new Coalescer(
      async (ids) => {
        batches.push(ids);
        if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
      5,
      1000,
    );
    coalescer.add(['C1']);
    await waitFor(() => batches.length === 1, 'the first batch');
    coalescer.add(['C2']);
    await tick(30);
    assert.deepEqual(batches, [['C1']], 'the second batch waits for the first');
    release();
    await waitFor(() => batches.length === 2, 'the second batch');
    assert.deepEqual(batches, [['C1'], ['C2']]);
  });

  it('does not wait longer than maxWaitMs under a steady stream', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer(async (ids) => void batches.push(ids), 30, 50);
    for (let i = 0; i < 6; i++) {
      coalescer.add([`C${i}`]);
      await tick(15);
    }
    assert.ok(batches.length >= 1, 'a batch ran although IDs kept arriving');
    await coalescer.stop();
    assert.equal(batches.flat().length, 6, 'nothing lost');
  });

  it('reports a failed batch and goes on with the next', async () => {
    const failures: string[][] = [];
    const batches: string[][] = [];
    const coalescer = new Coalescer(
      async (ids) => {
        batches.push(ids);
        if (batches.length === 1) throw new Error('Acumatica is down');
      },
      5,
      1000,
      Date.now,
      (_error, ids) => failures.push(ids),
    );
    coalescer.add(['C1']);
    await waitFor(() => failures.length === 1, 'the failure report');
    coalescer.add(['C2']);
    await waitFor(() => batches.length === 2, 'the next batch');
    assert.deepEqual(failures, [['C1']]);
  });

  it('runs what is pending when stopped', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer(async (ids) => void batches.push(ids), 10_000, 10_000);
    coalescer.add(['C9']);
    await coalescer.stop();
    assert.deepEqual(batches, [['C9']]);
    coalescer.add(['C10']);
    await tick(5);
    assert.equal(coalescer.size, 0, 'a stopped coalescer takes nothing');
  });
});
