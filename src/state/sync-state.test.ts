import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '../errors';
import { SyncState, type StateTarget } from './sync-state';

const TARGET: StateTarget = {
  acumaticaUrl: 'http://erp.test',
  acumaticaTenant: 'Company',
  b2bUrl: 'http://b2b.test',
};
const folder = () => mkdtempSync(join(tmpdir(), 'state-test-'));

describe('the sync state database', () => {
  it('keeps statuses, fingerprints, skip reasons and the watermark from one opening to the next', () => {
    const dir = folder();
    const first = SyncState.load(dir, 'B2BQASTORE', TARGET);
    first.processed('C1', 801, 'f1');
    first.filtered('C2', 'Customer is not B2B');
    first.failed('C3', 'HTTP 500', 2, 803);
    first.advanceWatermark('2026-11-22T10:00:00Z');
    first.advanceWatermark('2026-01-01T00:00:00Z'); // never back
    first.close();

    const again = SyncState.load(dir, 'B2BQASTORE', TARGET);
    assert.equal(again.file, join(dir, 'B2BQASTORE.sqlite'));
    assert.equal(again.watermark?.toISOString(), '2026-11-22T10:00:00.000Z');
    assert.deepEqual(
      again.entries().map(([id, r]) => [id, r.status, r.companyId, r.fingerprint, r.reason, r.lastError, r.attempts]),
      [
        ['C1', 'processed', 801, 'f1', undefined, undefined, 0],
        ['C2', 'filtered', undefined, undefined, 'Customer is not B2B', undefined, 0],
        ['C3', 'failed', 803, undefined, undefined, 'HTTP 500', 1],
      ],
    );
    assert.deepEqual(again.retryable(), ['C3']);
    assert.equal(again.failed('C3', 'HTTP 500', 2).status, 'aborted');
    again.rearm('C3');
    assert.deepEqual([again.get('C3')?.status, again.get('C3')?.attempts], ['failed', 0]);
    again.close();
  });

  it('writes nothing for a customer whose status, company and fingerprint did not change', () => {
    const state = SyncState.load(folder(), 'B2BQASTORE', TARGET);
    state.processed('C1', 801, 'f1');
    state.filtered('C2', 'Customer is not B2B');
    const afterFirst = state.rowsWritten;
    state.processed('C1', 801, 'f1');
    state.filtered('C2', 'Customer is not B2B');
    assert.equal(state.rowsWritten, afterFirst);
    state.processed('C1', 801, 'f2');
    assert.equal(state.rowsWritten, afterFirst + 1);
    state.close();
  });

  it('refuses, with exit code 2, a state that belongs to another tenant or store', () => {
    const dir = folder();
    SyncState.load(dir, 'B2BQASTORE', TARGET).close();
    for (const other of [
      { ...TARGET, acumaticaTenant: 'Other' },
      { ...TARGET, acumaticaUrl: 'http://erp2.test' },
      { ...TARGET, b2bUrl: 'http://b2b2.test' },
    ]) {
      assert.throws(
        () => SyncState.load(dir, 'B2BQASTORE', other),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.exitCode === 2 &&
          error.message.includes(
            'belongs to Acumatica http://erp.test (tenant Company) and Better B2B http://b2b.test',
          ) &&
          error.message.includes('STATE_DIR'),
      );
    }
    // Another connector has a state of its own.
    SyncState.load(dir, 'OTHERSTORE', { ...TARGET, acumaticaTenant: 'Other' }).close();
  });

  it('migrates the JSON state file of earlier versions once, and keeps the file aside', () => {
    const dir = folder();
    const json = join(dir, 'B2BQASTORE.json');
    writeFileSync(
      json,
      JSON.stringify({
        version: 1,
        target: 'http://erp.test tenant Company → http://b2b.test',
        watermark: '2026-11-20T08:00:00.000Z',
        records: {
          C1: {
            status: 'processed',
            attempts: 0,
            updatedAt: '2026-11-20T08:00:00.000Z',
            companyId: 801,
            fingerprint: 'f',
          },
          C2: { status: 'aborted', attempts: 5, lastError: 'HTTP 400', updatedAt: '2026-11-20T08:00:00.000Z' },
        },
      }),
    );
    writeFileSync(join(dir, 'B2BQASTORE.json.4242.tmp'), '{"half": ');
    const state = SyncState.load(dir, 'B2BQASTORE', TARGET);
    assert.match(
      state.notice ?? '',
      /Migrated the sync state from .*B2BQASTORE\.json \(2 customers, watermark 2026-11-20T08:00:00\.000Z\)/,
    );
    assert.match(state.notice ?? '', /kept as .*B2BQASTORE\.json\.migrated/);
    assert.match(state.notice ?? '', /Removed 1 temporary file/);
    assert.equal(state.watermark?.toISOString(), '2026-11-20T08:00:00.000Z');
    assert.equal(state.get('C1')?.fingerprint, 'f');
    assert.equal(state.get('C2')?.status, 'aborted');
    state.close();
    assert.deepEqual(
      readdirSync(dir)
        .filter((name) => !name.includes('.sqlite'))
        .sort(),
      ['B2BQASTORE.json.migrated'],
    );

    const again = SyncState.load(dir, 'B2BQASTORE', TARGET);
    assert.equal(again.notice, undefined, 'migrated once');
    assert.equal(again.entries().length, 2);
    again.close();
  });

  it('does not migrate a JSON state of other systems, and sets an unreadable one aside', () => {
    const dir = folder();
    const json = join(dir, 'B2BQASTORE.json');
    writeFileSync(
      json,
      JSON.stringify({ version: 1, target: 'http://erp.test tenant Other → http://b2b.test', records: {} }),
    );
    assert.throws(
      () => SyncState.load(dir, 'B2BQASTORE', TARGET),
      (error: unknown) =>
        error instanceof ConfigError && /belongs to http:\/\/erp\.test tenant Other/.test(error.message),
    );
    assert.ok(existsSync(json), 'left where it was');

    writeFileSync(json, '{ not json');
    const state = SyncState.load(dir, 'B2BQASTORE', TARGET);
    assert.match(
      state.notice ?? '',
      /could not be read \(it is not valid JSON.*renamed to .*B2BQASTORE\.json\.unreadable/,
    );
    assert.equal(state.entries().length, 0);
    assert.ok(existsSync(`${json}.unreadable`));
    state.close();
  });

  it('says what is wrong with a file that is not a database', () => {
    const dir = folder();
    writeFileSync(join(dir, 'B2BQASTORE.sqlite'), 'this is not a database at all, but it is long enough to be read');
    assert.throws(
      () => SyncState.load(dir, 'B2BQASTORE', TARGET),
      /Failed to open the sync state .*B2BQASTORE\.sqlite: file is not a database/,
    );
  });
});
