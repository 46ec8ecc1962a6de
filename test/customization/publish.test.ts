import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AcumaticaMock } from '../../mocks/acumatica/app';
import { packageWith, projectXml } from '../../mocks/acumatica/customization/test-packages';
import { RemoteError } from '../../src/errors';
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

  it('imports, publishes and polls until completed, reporting the log, then signs out', async () => {
    const log = await publishPackage(zip, options);
    assert.equal(log.at(-1)?.message, 'Publishing has been completed.');
    assert.ok(mock.endpoints.some((endpoint) => endpoint.name === 'KensiumCommerce'));
    assert.match(
      lines.join('\n'),
      /Importing the project KensiumCommerce \(\d+ KB\)\n\s+information Create new project: KensiumCommerce/,
    );
    assert.ok(
      lines.some((line) => /information\s+Publishing has been completed\./.test(line)),
      lines.join('\n'),
    );
    assert.deepEqual(
      lines.filter((line, i) => lines.indexOf(line) !== i),
      [],
      'each log entry is printed once',
    );
    assert.equal(mock.sessions.count, 0);
  });

  it('fails with the reasons of the publish log when Acumatica refuses the package', async () => {
    const broken = Buffer.from(packageWith({ 'project.xml': projectXml().replace('</Customization>', '') }), 'base64');
    await assert.rejects(publishPackage(broken, options), (error: unknown) => {
      assert.ok(error instanceof PublishError, String(error));
      assert.match(
        error.message,
        /^Failed to publish the customization project KensiumCommerce: project\.xml is not well-formed XML: line \d+/,
      );
      return true;
    });
    assert.ok(
      lines.some((line) => /error\s+project\.xml is not well-formed/.test(line)),
      lines.join('\n'),
    );
    assert.ok(!mock.endpoints.some((endpoint) => endpoint.name === 'KensiumCommerce'));
    assert.equal(mock.sessions.count, 0);
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
      /not completed after 0 s/,
    );
    assert.equal(mock.sessions.count, 0);
  });
});
