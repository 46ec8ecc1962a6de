import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { browserSuiteOptions, CHROMIUM_MISSING, chromiumInstalled, launchChromium } from './chromium';

describe('browser checks where Chromium is missing', () => {
  it('are reported as not run, in one line that says how to install it, on a developer machine', () => {
    assert.deepEqual(browserSuiteOptions({}, false), { skip: CHROMIUM_MISSING });
    assert.equal(
      CHROMIUM_MISSING,
      'Browser checks did not run: /usr/bin/chromium is missing (apt-get install chromium)',
    );
  });

  it('run, and so fail, in CI', async () => {
    assert.deepEqual(browserSuiteOptions({ CI: 'true' }, false), {});
    await assert.rejects(
      launchChromium({ executablePath: '/nonexistent/chromium' }),
      /Failed to start the browser checks: chromium is missing at \/nonexistent\/chromium \(apt-get install chromium\)\./,
    );
  });

  it('run where it is installed', () => {
    assert.deepEqual(browserSuiteOptions({}, true), {});
    assert.equal(chromiumInstalled('/nonexistent/chromium'), false);
  });
});
