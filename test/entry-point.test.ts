import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, openState, parseConfig, succeeded, syncFromSettings, type ConfigInput } from '../src';
import { createLogger } from '../src/logger';
import { useMocks } from './sync-helpers';

const running = useMocks();

function settings(extra: ConfigInput = {}) {
  const mocks = running();
  return parseConfig({
    ACUMATICA_URL: mocks.acumatica.url,
    B2B_URL: mocks.b2b.url,
    STATE_DIR: mkdtempSync(join(tmpdir(), 'entry-point-')),
    LOG_LEVEL: 'silent',
    ...extra,
  });
}

describe('syncFromSettings', () => {
  it('runs an incremental sync by default, with the state of STATE_DIR, and saves that state', async () => {
    const config = settings();
    const first = await syncFromSettings(config);
    assert.equal(first.selection.kind, 'incremental');
    assert.ok(succeeded(first), first.problem);
    assert.equal(first.totals.synced, 2);
    assert.ok(openState(config).watermark, 'the watermark is saved');
    const second = await syncFromSettings(config);
    assert.equal(second.totals.synced, 0, 'nothing changed since the first run');
  });

  it('keeps no state with state: false (every customer compared, nothing written to STATE_DIR)', async () => {
    const config = settings();
    const report = await syncFromSettings(config, { selection: { kind: 'all' }, state: false });
    assert.equal(report.totals.synced, 2);
    assert.deepEqual(existsSync(config.STATE_DIR) ? readdirSync(config.STATE_DIR) : [], []);
  });

  it('takes the state a caller opened, with the changes made to it before the run', async () => {
    const config = settings();
    await syncFromSettings(config, { selection: { kind: 'all' } });
    const state = openState(config);
    try {
      state.filtered('C000000012', 'set by the caller before the run');
      await syncFromSettings(config, { selection: { kind: 'customer', customerId: 'C000000012' }, state });
      assert.equal(state.get('C000000012')?.status, 'processed', 'the run updated the state it was given');
    } finally {
      state.close();
    }
  });

  it('refuses a state of other systems with a ConfigError (exit code 2) naming both', async () => {
    const config = settings();
    writeFileSync(
      join(config.STATE_DIR, `${config.CONNECTOR_ID}.json`),
      JSON.stringify({ version: 1, target: 'http://elsewhere tenant X → http://b2b', records: {} }),
    );
    await assert.rejects(
      syncFromSettings(config, { logger: createLogger('silent') }),
      (error: Error) =>
        error instanceof ConfigError &&
        error.message.includes('belongs to http://elsewhere tenant X') &&
        error.message.includes(config.ACUMATICA_URL),
    );
  });
});
