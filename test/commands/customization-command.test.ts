import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AcumaticaMock } from '../../mocks/acumatica/app';
import { packageWith } from '../../mocks/acumatica/customization/test-packages';
import { runCli } from '../../src/cli';
import { capturedIo } from '../support/captured-io';
import { projectCopy } from '../support/test-project';

const io = capturedIo;

describe('the customization command', () => {
  const mock = new AcumaticaMock({ bare: true });
  const dir = mkdtempSync(join(tmpdir(), 'customization-cli-'));
  let env: NodeJS.ProcessEnv;
  before(() => mock.start());
  beforeEach(() => {
    mock.reset();
    env = { ACUMATICA_URL: mock.url, LOG_LEVEL: 'silent', CUSTOMIZATION_POLL_MS: '1' };
  });
  after(() => mock.stop());

  it('builds the package where --out says (exit code 0)', async () => {
    const run = io(env);
    const out = join(dir, 'package.zip');
    assert.equal(await runCli(['customization', 'build', '--out', out], run), 0, run.err());
    assert.ok(existsSync(out));
    assert.match(
      run.out(),
      /project\.xml well formed, \d+ files present, \d+ Code items, \d+ C# files (compile against the reference surface of Acumatica 2024 R2|parse), the items are as Acumatica writes them, the endpoint meets the connector's contract/,
    );
    assert.match(run.out(), /Wrote .*package\.zip \(\d+ entries, \d+ KB\)/);
  });

  it('exits 1 and names file and line when the project has a problem', async () => {
    const run = io(env);
    const project = projectCopy({
      'project.xml': (text) => text.replace('<Field name="ConnectorID" type="StringValue" />', ''),
    });
    assert.equal(await runCli(['customization', 'build', '--project', project, '--out', join(dir, 'no.zip')], run), 1);
    assert.match(
      run.err(),
      /project\.xml:\d+: ConnectorConfiguration lacks the field ConnectorID \(StringValue\) of the contract/,
    );
    assert.ok(!existsSync(join(dir, 'no.zip')));
  });

  it('publishes a freshly built package, after which the KensiumCommerce endpoint is served (exit code 0)', async () => {
    const run = io(env);
    assert.equal(await runCli(['customization', 'publish'], run), 0, run.err());
    assert.match(run.out(), /Publishing KensiumCommerce\n/);
    assert.match(run.out(), /Published KensiumCommerce to http:\/\/127\.0\.0\.1:\d+ in \d+\.\d s\./);
    assert.ok(mock.endpoints.some((endpoint) => endpoint.name === 'KensiumCommerce'));
  });

  it('publishes the package --package names, and exits 1 with the reason when Acumatica refuses it', async () => {
    const broken = join(dir, 'broken.zip');
    writeFileSync(broken, Buffer.from(packageWith({ 'Pages\\KN\\KN101000.aspx.cs': undefined }), 'base64'));
    const run = io(env);
    assert.equal(await runCli(['customization', 'publish', '--package', broken], run), 1);
    assert.match(
      run.err(),
      /Failed to publish the customization project KensiumCommerce: The file Pages\\KN\\KN101000\.aspx\.cs named in project\.xml is missing from the package/,
    );
  });

  it('exits 1 when Acumatica refuses the credentials, with one period between its sentence and the advice', async () => {
    const run = io({ ...env, ACUMATICA_PASSWORD: 'wrong' });
    assert.equal(await runCli(['customization', 'publish'], run), 1);
    assert.match(
      run.err(),
      /Failed to sign in as admin to tenant Company in Acumatica: HTTP 500, Error: Invalid credentials\. Please try again\. Check ACUMATICA_USERNAME, ACUMATICA_PASSWORD and ACUMATICA_TENANT\.\n/,
    );
    assert.doesNotMatch(run.err(), /\.\./, 'no double period');
    assert.doesNotMatch(run.out() + run.err(), /wrong/, 'the password is not printed');
  });

  it('validates only with --validate-only: prints the log and publishes nothing (exit code 0, or 1 when refused)', async () => {
    const run = io(env);
    assert.equal(await runCli(['customization', 'publish', '--validate-only'], run), 0, run.err());
    assert.match(run.out(), /Validating KensiumCommerce \(nothing is published\)\n/);
    assert.match(run.out(), /information Validation finished successfully\.\n/);
    assert.match(
      run.out(),
      /Validated KensiumCommerce on http:\/\/127\.0\.0\.1:\d+ in \d+\.\d s: it would publish\. Nothing was published\./,
    );
    assert.ok(!mock.endpoints.some((endpoint) => endpoint.name === 'KensiumCommerce'));
    const broken = join(dir, 'broken-code.zip');
    writeFileSync(broken, Buffer.from(packageWith({ 'App_RuntimeCode/KNConstants.cs': 'class {' }), 'base64'));
    const refused = io(env);
    assert.equal(await runCli(['customization', 'publish', '--validate-only', '--package', broken], refused), 1);
    assert.match(
      refused.err(),
      /Failed to validate the customization project KensiumCommerce: App_RuntimeCode\\KNConstants\.cs\(1,/,
    );
  });

  it('documents --validate-only in the help of customization publish', async () => {
    const run = io(env);
    await runCli(['customization', 'publish', '--help'], run);
    assert.match(run.out(), /--validate-only\s+only validate the project on the site \(isOnlyValidation\)/);
  });

  it('exits 2 on bad usage: an unknown option, a package that does not exist, a bad setting', async () => {
    assert.equal(await runCli(['customization', 'build', '--nope'], io(env)), 2);
    const missing = io(env);
    assert.equal(await runCli(['customization', 'publish', '--package', join(dir, 'absent.zip')], missing), 2);
    assert.match(missing.err(), /Failed to read the package .*absent\.zip: there is no such file/);
    const setting = io({ ...env, CUSTOMIZATION_PROJECT: 'Kensium Commerce!' });
    assert.equal(await runCli(['customization', 'publish'], setting), 2);
    assert.match(setting.err(), /CUSTOMIZATION_PROJECT: expected a project name/);
  });
});
