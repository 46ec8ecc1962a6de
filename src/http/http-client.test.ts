import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { retryDelayMs } from './http-client';

/** A 429 answer with these headers, as axios-retry hands it to the delay. */
function throttled(headers: Record<string, string>): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
  return new AxiosError('throttled', 'ERR_BAD_RESPONSE', config, undefined, {
    status: 429,
    statusText: 'Too Many Requests',
    headers,
    config,
    data: undefined,
  });
}

const options = { backoffMs: 10, maxWaitMs: 60_000 };
/** Node's timers fire at once, with a warning, past this many milliseconds. */
const TIMER_LIMIT = 2 ** 31 - 1;

describe('retryDelayMs', () => {
  it('waits what Retry-After asks, in seconds or as an HTTP date, when that is longer than the backoff', () => {
    assert.equal(retryDelayMs(1, throttled({ 'retry-after': '3' }), options), 3000);
    const inFive = new Date(Date.now() + 5000).toUTCString();
    const waited = retryDelayMs(1, throttled({ 'retry-after': inFive }), options);
    assert.ok(waited > 3000 && waited <= 5000, `${waited} ms`);
  });

  it('never waits longer than the cap, however far Retry-After points', () => {
    assert.equal(retryDelayMs(1, throttled({ 'retry-after': '3600' }), options), 60_000);
    const farFuture = 'Fri, 31 Dec 9999 23:59:59 GMT';
    const waited = retryDelayMs(1, throttled({ 'retry-after': farFuture }), options);
    assert.equal(waited, 60_000);
    assert.ok(waited < TIMER_LIMIT);
  });

  it('backs off exponentially, with jitter, when Retry-After is absent, past or unreadable', () => {
    const cases: Record<string, string>[] = [
      {},
      { 'retry-after': 'soon' },
      { 'retry-after': 'Mon, 01 Jan 1990 00:00:00 GMT' },
    ];
    for (const headers of cases) {
      const first = retryDelayMs(1, throttled(headers), options);
      const third = retryDelayMs(3, throttled(headers), options);
      assert.ok(first >= 20 && first <= 24, `first retry: ${first} ms`);
      assert.ok(third >= 80 && third <= 96, `third retry: ${third} ms`);
    }
  });
});
