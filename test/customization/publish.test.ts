import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AcumaticaMock } from '../../mocks/acumatica/app';
import { codeOf, packageWith, projectXml, withCode } from '../../mocks/acumatica/customization/test-packages';
import { RemoteError } from '../../src/errors';
import { MCS, requireTool } from '../support/required-tool';
import { createLogger } from '../../src/logger';
import { buildPackage } from '../../src/customization/build';
import { PROJECT_DIR } from '../../src/customization/project';
import { PublishError, publishPackage, type PublishOptions } from '../../src/customization/publish';

describe('customization publish (Customization API)', () => {
  const mock = new AcumaticaMock({ bare: true });
  let zip: Buffer;
  let lines: string[];
  let options: PublishOptions;
  before(async () => {
    zip = (await buildPackage(PROJECT_DIR)).zip;
    await mock.start();
  });
  beforeEach(() => {
    mock.reset();
    lines = [];
    options = {
      baseUrl: mock.url,
      username: 'admin',
      password: 'admin',
      tenant: 'Company',
      timeoutMs: 5000,
      maxAttempts: 1,
      logger: createLogger('silent'),
      projectName: 'KensiumCommerce',
      pollMs: 1,
      publishTimeoutMs: 60_000,
      progress: (line) => lines.push(line),
    };
  });
  after(() => mock.stop());

  const printed = () => lines.join('\n');
  const publishedNames = () => mock.customizations.getPublished().projects?.map((project) => project.name) ?? [];

  it('imports, publishes, signs in again after the restart at the end, confirms with getPublished, signs out', async () => {
    const log = await publishPackage(zip, options);
    assert.equal(log.at(-1)?.message, 'Customization project published successfully.');
    assert.ok(mock.endpoints.some((endpoint) => endpoint.name === 'KensiumCommerce'));
    assert.match(
      printed(),
      /Importing the project KensiumCommerce \(\d+ KB\)\n\s+information Create new project: KensiumCommerce/,
    );
    assert.match(
      printed(),
      /Starting the website\n.*The session has ended \(HTTP 401 to publishEnd\).*Signing in again/,
    );
    assert.match(printed(), /getPublished lists KensiumCommerce among the published projects\.$/);
    assert.deepEqual(
      lines.filter((line, i) => lines.indexOf(line) !== i),
      [],
      'each log entry is printed once',
    );
    assert.equal(mock.sessions.count, 0);
  });

  it('fails with the reasons of the publish log when Acumatica refuses the package, showing the whole log', async () => {
    const broken = Buffer.from(packageWith({ 'project.xml': projectXml().replace('</Customization>', '') }), 'base64');
    await assert.rejects(publishPackage(broken, options), (error: unknown) => {
      assert.ok(error instanceof PublishError, String(error));
      assert.match(
        error.message,
        /^Failed to publish the customization project KensiumCommerce: project\.xml is not well-formed XML: line \d+, column \d+: Unclosed tag 'Customization'; Validation failed\. See the publish log above/,
      );
      return true;
    });
    assert.match(
      printed(),
      /Compiled projects: KensiumCommerce\n\s+error\s+project\.xml is not well-formed.*\n\s+error\s+Validation failed\./,
    );
    assert.deepEqual(publishedNames(), []);
    assert.equal(mock.sessions.count, 0);
  });

  it('fails on C# that does not parse, naming the Code item as its file and the line in its code', async () => {
    const code = codeOf('KNConstants');
    const broken = Buffer.from(packageWith(withCode('KNConstants', `${code}\nclass Broken { int x = ; }\n`)), 'base64');
    const line = code.split('\n').length + 1;
    await assert.rejects(
      publishPackage(broken, options),
      new RegExp(`App_RuntimeCode\\\\KNConstants\\.cs\\(${line},\\d+\\): error: C# syntax error`),
    );
    assert.deepEqual(publishedNames(), []);
  });

  it('fails on C# that does not compile against the framework with the compiler error, its question mark kept', async (t) => {
    if (requireTool(t, MCS) === undefined) return;
    const fixed = 'Base.GetExtension<CustomerMaint.DefContactAddressExt>().DefContact';
    const code = codeOf('KNCustomerMaintExt');
    const line = code.split('\n').findIndex((text) => text.includes(fixed)) + 1;
    const broken = Buffer.from(
      packageWith(withCode('KNCustomerMaintExt', code.replace(fixed, 'Base.DefContact'))),
      'base64',
    );
    await assert.rejects(publishPackage(broken, { ...options, validateOnly: true }), (error: unknown) => {
      assert.ok(error instanceof PublishError, String(error));
      assert.equal(
        error.message,
        `Failed to validate the customization project KensiumCommerce: App_RuntimeCode\\KNCustomerMaintExt.cs(${line}): error CS1061: Type \`PX.Objects.AR.CustomerMaint' does not contain a definition for \`DefContact' and no extension method \`DefContact' of type \`PX.Objects.AR.CustomerMaint' could be found. Are you missing an assembly reference?; Validation failed. See the publish log above; fix the project and publish again`,
      );
      return true;
    });
  });

  it('says which settings to check when the sign-in is refused', async () => {
    await assert.rejects(
      publishPackage(zip, { ...options, password: 'wrong' }),
      (error: unknown) =>
        error instanceof RemoteError && /Check ACUMATICA_USERNAME, ACUMATICA_PASSWORD/.test(error.message),
    );
  });

  it('gives up after the publish time limit', async () => {
    let clock = 0;
    await assert.rejects(
      publishPackage(zip, { ...options, publishTimeoutMs: 10, now: () => (clock += 20) }),
      /not completed after 0 s \(last: publishEnd says it is not completed yet\)\. .*CUSTOMIZATION_PUBLISH_TIMEOUT_MS/,
    );
    assert.equal(mock.sessions.count, 0);
  });

  it('takes 204 to import and an empty 200 to publishBegin, as some servers answer', async () => {
    mock.faults.add({ path: '/CustomizationApi/import', status: 204, carryOut: true });
    mock.faults.add({ path: '/CustomizationApi/publishBegin', status: 200, body: '', carryOut: true });
    await publishPackage(zip, options);
    assert.deepEqual(publishedNames(), ['KensiumCommerce']);
  });

  it('keeps polling while publishEnd answers 204 or an empty body before any restart', async () => {
    mock.faults.add({ path: '/CustomizationApi/publishEnd', status: 204, times: 1 });
    mock.faults.add({ path: '/CustomizationApi/publishEnd', status: 200, body: '', times: 1 });
    await publishPackage(zip, options);
    assert.deepEqual(publishedNames(), ['KensiumCommerce']);
  });

  it('waits out the restart at the end of the publication: 503s, a reset connection, a failed sign-in, the lost session', async () => {
    const end = '/CustomizationApi/publishEnd';
    mock.faults.add({ path: end, skip: 2, times: 2, status: 503, body: '<html>Service Unavailable</html>' });
    mock.faults.add({ path: end, skip: 4, times: 1, drop: true });
    mock.faults.add({ path: end, skip: 5, times: 1, endSessions: true });
    mock.faults.add({ path: '/entity/auth/login', skip: 1, times: 1, status: 503 });
    mock.faults.add({ path: '/entity/auth/login', skip: 2, times: 1, drop: true });
    await publishPackage(zip, options);
    assert.deepEqual(publishedNames(), ['KensiumCommerce']);
    assert.match(printed(), /The site is not answering \(HTTP 503 to publishEnd\): it is restarting\. Waiting\./);
    assert.match(printed(), /The site answers again\./);
    assert.equal(mock.journal.list({ path: '/entity/auth/login' }).filter((e) => e.status === 204).length, 2);
    assert.equal(mock.sessions.count, 0);
  });

  it('asks getPublished when the restarted site no longer knows the publication (publishEnd answers 204)', async () => {
    mock.faults.add({ path: '/CustomizationApi/publishEnd', skip: 3, status: 204 });
    await publishPackage(zip, options);
    assert.match(printed(), /publishEnd no longer reports the publication after the restart: asking getPublished/);
    assert.deepEqual(publishedNames(), ['KensiumCommerce']);
  });

  it('fails when publishEnd says completed but getPublished does not list the project', async () => {
    mock.faults.add({
      path: '/CustomizationApi/publishEnd',
      status: 200,
      body: { isCompleted: true, isFailed: false, log: [] },
    });
    await assert.rejects(
      publishPackage(zip, options),
      /publishEnd reported it completed, but getPublished does not list it among the published projects \(none\)/,
    );
  });

  it('fails with the whole log when publishEnd answers 400 with a JSON log', async () => {
    const log = [
      {
        timestamp: '2024-11-04T10:00:00.1234567Z',
        logType: 'information',
        message: 'Compiled projects: KensiumCommerce',
      },
      { timestamp: '2024-11-04T10:00:01.1234567Z', logType: 'warning', message: 'Some warning' },
      { timestamp: '2024-11-04T10:00:02.1234567Z', logType: 'error', message: 'Conflict control ID: phDS_ds' },
    ];
    mock.faults.add({
      path: '/CustomizationApi/publishEnd',
      status: 400,
      body: { isCompleted: true, isFailed: true, log },
    });
    await assert.rejects(
      publishPackage(zip, options),
      /KensiumCommerce: Conflict control ID: phDS_ds\. See the publish log/,
    );
    assert.match(
      printed(),
      /information Compiled projects: KensiumCommerce\n\s+warning\s+Some warning\n\s+error\s+Conflict control ID/,
    );
  });

  it('gives up with a clear message when the site never comes back', async () => {
    mock.faults.add({ path: '/CustomizationApi/publishEnd', status: 503 });
    let clock = 0;
    await assert.rejects(
      publishPackage(zip, { ...options, publishTimeoutMs: 100, now: () => (clock += 20) }),
      /not completed after 0 s \(last: HTTP 503 to publishEnd\)/,
    );
  });

  it('validates only with validateOnly: the log ends with the validation, nothing is published', async () => {
    const log = await publishPackage(zip, { ...options, validateOnly: true });
    assert.equal(log.at(-1)?.message, 'Validation finished successfully.');
    assert.ok(mock.journal.list({ path: '/CustomizationApi/publishBegin' }).length === 1);
    assert.deepEqual(publishedNames(), []);
    assert.doesNotMatch(printed(), /Signing in again/);
  });

  it('fails a validation with the reasons of the log', async () => {
    const broken = Buffer.from(packageWith({ 'Pages\\KN\\KN401000.aspx.cs': undefined }), 'base64');
    await assert.rejects(
      publishPackage(broken, { ...options, validateOnly: true }),
      /^PublishError: Failed to validate the customization project KensiumCommerce: The file Pages\\KN\\KN401000\.aspx\.cs named in project\.xml is missing/,
    );
  });
});
