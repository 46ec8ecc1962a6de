import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PACE, RequestPacer } from './pacer';

describe('RequestPacer', () => {
  it('lets the first request go at once and spaces the next ones evenly a little under the limit', async () => {
    let now = 1_000;
    const waits: number[] = [];
    const pacer = new RequestPacer(600, {
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    for (let i = 0; i < 4; i++) await pacer.wait();
    const spacing = 60_000 / (600 * PACE);
    assert.deepEqual(
      waits.map((ms) => Math.round(ms)),
      [spacing, spacing, spacing].map(Math.round),
    );
    assert.ok(spacing > 100, 'never more than the limit: 600 a minute is 100 ms apart');
  });

  it('does not wait for a request that comes after the spacing has passed', async () => {
    let now = 0;
    let slept = 0;
    const pacer = new RequestPacer(60, { now: () => now, sleep: async (ms) => void (slept += ms) });
    await pacer.wait();
    now += 5_000;
    await pacer.wait();
    assert.equal(slept, 0);
  });
});
