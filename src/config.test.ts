import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeConfig, loadConfig } from './config';
import { ConfigError } from './errors';

describe('loadConfig', () => {
  it('takes only http(s) URLs with a host, naming the key of any other', () => {
    for (const value of [
      'localhost:8081',
      'ftp://erp.example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://',
    ]) {
      for (const key of ['ACUMATICA_URL', 'B2B_URL']) {
        assert.throws(
          () => loadConfig({ [key]: value }),
          (error: unknown) =>
            error instanceof ConfigError &&
            error.exitCode === 2 &&
            error.message.includes(`${key}: expected an http(s) URL`),
          `${key}=${value}`,
        );
      }
    }
    assert.equal(loadConfig({ B2B_URL: 'https://b2b.example.com:8443/' }).B2B_URL, 'https://b2b.example.com:8443');
  });

  it('has the defaults of the embedded mocks', () => {
    const config = loadConfig({});
    assert.equal(config.ACUMATICA_URL, 'http://localhost:8081');
    assert.equal(config.ACUMATICA_USERNAME, 'admin');
    assert.equal(config.ACUMATICA_TENANT, 'Company');
    assert.equal(config.B2B_URL, 'http://localhost:8082');
    assert.equal(config.B2B_TOKEN, 'b2b-mock-token');
    assert.equal(config.ACUMATICA_ENDPOINT, 'KensiumCommerce');
    assert.equal(config.ACUMATICA_ENDPOINT_VERSION, '24.200.001');
  });
  it('reads the environment, trimming a trailing slash from URLs and turning numbers into numbers', () => {
    const config = loadConfig({
      ACUMATICA_URL: 'https://erp.example.com/',
      SYNC_CONCURRENCY: '8',
      WRITE_CONNECTOR_LOG: 'false',
    });
    assert.equal(config.ACUMATICA_URL, 'https://erp.example.com');
    assert.equal(config.SYNC_CONCURRENCY, 8);
    assert.equal(config.WRITE_CONNECTOR_LOG, false);
  });
  it('names the key and what was expected when a value is bad, and never echoes a secret', () => {
    assert.throws(
      () =>
        loadConfig({
          ACUMATICA_URL: 'not a url',
          SYNC_CONCURRENCY: '0',
          B2B_TOKEN: '',
          ACUMATICA_ENDPOINT_VERSION: 'v24',
        }),
      (error: Error) =>
        error instanceof ConfigError &&
        /ACUMATICA_URL: expected an http\(s\) URL/.test(error.message) &&
        /SYNC_CONCURRENCY: expected a number above 0/.test(error.message) &&
        /ACUMATICA_ENDPOINT_VERSION: expected a version such as 24.200.001/.test(error.message),
    );
  });
  it('reads a JSON file, with the environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const file = join(dir, 'sync.json');
    writeFileSync(file, JSON.stringify({ B2B_URL: 'https://b2b.example.com', PAGE_SIZE: 50 }));
    const config = loadConfig({ PAGE_SIZE: '25' }, file);
    assert.equal(config.B2B_URL, 'https://b2b.example.com');
    assert.equal(config.PAGE_SIZE, 25);
  });
  it('refuses unknown keys in the file, listing the known ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const file = join(dir, 'sync.json');
    writeFileSync(file, JSON.stringify({ B2B_URLL: 'x' }));
    assert.throws(() => loadConfig({}, file), /unknown setting B2B_URLL\. Known settings: ACUMATICA_URL/);
  });
  it('masks secrets when the settings are described', () => {
    const shown = describeConfig(loadConfig({ ACUMATICA_PASSWORD: 's3cret', B2B_TOKEN: 'tok' }));
    assert.equal(shown.ACUMATICA_PASSWORD, '[redacted]');
    assert.equal(shown.B2B_TOKEN, '[redacted]');
    assert.doesNotMatch(JSON.stringify(shown), /s3cret|"tok"/);
  });
});
