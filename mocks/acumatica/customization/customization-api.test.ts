import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import AdmZip from 'adm-zip';
import { KENSIUM, signedInMock, TestClient, type Answer } from '../test-support';
import { repositoryPackage } from './repository-project';
import { packageWith, projectXml } from './test-packages';

const api = (client: TestClient, method: string, json: unknown = {}): Promise<Answer> =>
  client.request('POST', `/CustomizationApi/${method}`, { json });

/**
 * import, publishBegin, then publishEnd until it completes, signing in again when the site's restart at the
 * end of the publication has ended the session; returns the last publishEnd answer and the statuses seen.
 */
async function publish(
  client: TestClient,
  content: string,
  request: Record<string, unknown> = {},
): Promise<Answer & { statuses: number[] }> {
  assert.equal(
    (
      await api(client, 'import', {
        projectName: 'KensiumCommerce',
        isReplaceIfExists: true,
        projectContentBase64: content,
      })
    ).status,
    200,
  );
  assert.equal(
    (await api(client, 'publishBegin', { projectNames: ['KensiumCommerce'], tenantMode: 'Current', ...request }))
      .status,
    200,
  );
  const statuses: number[] = [];
  for (let poll = 1; poll <= 10; poll++) {
    const end = await api(client, 'publishEnd');
    statuses.push(end.status);
    if (end.status === 401) {
      await client.login();
      continue;
    }
    assert.equal(end.status, end.body.isFailed ? 400 : 200);
    if (end.body.isCompleted) return { ...end, statuses };
  }
  throw new Error('publishEnd did not complete within 10 polls');
}

const errors = (answer: Answer): string[] =>
  answer.body.log.filter((e: { logType: string }) => e.logType === 'error').map((e: { message: string }) => e.message);

describe('Acumatica Customization API', () => {
  const suite = signedInMock({ bare: true }, { reset: true });

  it('answers 401 without a session, and to an OAuth token (the Customization API takes only cookie sessions)', async () => {
    assert.equal((await api(new TestClient(suite.mock.url), 'getPublished')).status, 401);
    const token = await new TestClient(suite.mock.url).request('POST', '/identity/connect/token', {
      form: {
        grant_type: 'password',
        client_id: 'mock-client@Company',
        client_secret: 'mock-secret',
        username: 'admin',
        password: 'admin',
        scope: 'api',
      },
    });
    const bearer = new TestClient(suite.mock.url);
    bearer.bearer = token.body.access_token;
    assert.equal((await bearer.get(`${KENSIUM.replace('KensiumCommerce', 'Default')}/CustomerClass`)).status, 200);
    assert.equal((await api(bearer, 'getPublished')).status, 401);
  });

  it('publishes a package on a bare tenant: the KensiumCommerce endpoint goes from 404 to serving the Kensium fields', async () => {
    assert.equal((await suite.client.get(`${KENSIUM}/Customer`)).status, 404);
    assert.deepEqual((await api(suite.client, 'getPublished')).body, { items: [], log: [] });
    const end = await publish(suite.client, packageWith());
    assert.equal(end.body.isFailed, false);
    const messages = end.body.log.map((e: { message: string }) => e.message);
    assert.deepEqual(
      messages.filter((message: string) => !/^\d+ files|^Web service endpoint/.test(message)),
      [
        'Publishing has started.',
        'Compiled projects: KensiumCommerce',
        'Validation finished successfully.',
        'Cleaning up the database',
        'Updating website files',
        'Starting the website',
        'Website updated.',
        'Customization project published successfully.',
      ],
    );
    assert.deepEqual(end.statuses, [200, 200, 401, 200], 'the restart at the end signs the user out');
    for (const entry of end.body.log) assert.match(entry.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    const customers = await suite.client.get(
      `${KENSIUM}/Customer?$select=CustomerID,CustomerType&$expand=SiteAssociations`,
    );
    assert.equal(customers.status, 200);
    assert.ok('CustomerType' in customers.body[0], JSON.stringify(customers.body[0]));
    const published = (await api(suite.client, 'getPublished')).body;
    assert.deepEqual(published.projects, [{ name: 'KensiumCommerce' }]);
    assert.deepEqual(
      published.items.find((item: { key: string }) => item.key === '~/pages/ar/ar303000.aspx'),
      { key: '~/pages/ar/ar303000.aspx', screenId: 'AR303000', type: 'Page' },
    );
    assert.deepEqual(
      published.items.find((item: { key: string }) => item.key === 'KNCustomerMaintExt'),
      { key: 'KNCustomerMaintExt', type: 'Code' },
    );
    assert.ok(
      messages.some((m: string) => /^Compiling \d+ code items$/.test(m)),
      messages.join('\n'),
    );
  });

  it('takes method names in any case', async () => {
    assert.equal(
      (await api(suite.client, 'IMPORT', { projectName: 'KensiumCommerce', projectContentBase64: packageWith() }))
        .status,
      200,
    );
    assert.equal((await api(suite.client, 'PublishBegin', { projectNames: ['KensiumCommerce'] })).status, 200);
    assert.equal((await api(suite.client, 'PUBLISHEND')).body.isCompleted, false);
    assert.equal((await api(suite.client, 'unknownMethod')).status, 404);
  });

  const broken: Array<[string, Record<string, string | undefined>, RegExp]> = [
    [
      'a malformed project.xml',
      { 'project.xml': projectXml().replace('</Customization>', '') },
      /project\.xml is not well-formed XML: line \d+, column \d+/,
    ],
    [
      'a file project.xml names but the package lacks',
      { 'Pages\\KN\\KN401000.aspx.cs': undefined },
      /The file Pages\\KN\\KN401000\.aspx\.cs named in project\.xml is missing from the package/,
    ],
    [
      'a Code item without its code',
      {
        'project.xml': projectXml().replace(
          /(<Graph ClassName="KNConstants"[^>]*>)\s*<CDATA name="Source">[\s\S]*?<\/CDATA>/,
          '$1',
        ),
      },
      /The Code item KNConstants has no code in <CDATA name="Source">/,
    ],
    ['no project.xml', { 'project.xml': undefined }, /no project\.xml at its root/],
    [
      'an endpoint extending one the instance lacks',
      { 'project.xml': projectXml().replace('<ExtendsEndpoint name="Default"', '<ExtendsEndpoint name="Nope"') },
      /extends Nope\/24\.200\.001, which this instance does not have/,
    ],
  ];
  for (const [what, changes, reason] of broken) {
    it(`refuses a package with ${what}: publishEnd answers 400, its log says why, and nothing is published`, async () => {
      const end = await publish(suite.client, packageWith(changes));
      assert.deepEqual([end.status, end.body.isCompleted, end.body.isFailed], [400, true, true]);
      assert.equal(end.body.log.at(-1).message, 'Validation failed.');
      assert.ok(
        errors(end).some((message) => reason.test(message)),
        errors(end).join('\n'),
      );
      assert.equal((await suite.client.get(`${KENSIUM}/Customer`)).status, 404);
    });
  }

  it('validates only, with isOnlyValidation: nothing is published and nobody is signed out', async () => {
    const end = await publish(suite.client, packageWith(), { isOnlyValidation: true });
    assert.equal(end.body.isFailed, false);
    assert.equal(end.body.log.at(-1).message, 'Validation finished successfully.');
    assert.deepEqual(end.statuses, [200]);
    assert.equal((await suite.client.get(`${KENSIUM}/Customer`)).status, 404);
    assert.equal((await api(suite.client, 'getPublished')).body.projects, undefined);
  });

  it('refuses C# that does not compile, with an error entry naming the file and line', async () => {
    const source = repositoryPackage().files.get('App_RuntimeCode/KNCustomerExt.cs')?.toString('utf8') ?? '';
    const lines = source.split('\n');
    const at = lines.findIndex((line) => line.includes('class '));
    lines[at] = `${lines[at]} int broken = ;`;
    const end = await publish(suite.client, packageWith({ 'App_RuntimeCode/KNCustomerExt.cs': lines.join('\n') }));
    assert.deepEqual([end.status, end.body.isFailed], [400, true]);
    assert.ok(
      errors(end).some((message) => message.startsWith(`App_RuntimeCode\\KNCustomerExt.cs(${at + 1},`)),
      errors(end).join('\n'),
    );
    assert.equal((await suite.client.get(`${KENSIUM}/Customer`)).status, 404);
  });

  const refusals: Array<[string, () => Promise<Answer>, RegExp]> = [
    [
      'an import without a project name',
      () => api(suite.client, 'import', { projectContentBase64: packageWith() }),
      /projectName/,
    ],
    [
      'content that is not a zip',
      () =>
        api(suite.client, 'import', {
          projectName: 'X',
          projectContentBase64: Buffer.from('not a zip').toString('base64'),
        }),
      /not a zip archive/,
    ],
    [
      'publishing a project never imported',
      () => api(suite.client, 'publishBegin', { projectNames: ['Nope'] }),
      /Nope does not exist\. Import it first/,
    ],
    ['publishEnd before publishBegin', () => api(suite.client, 'publishEnd'), /publishBegin first/],
    [
      'a tenant list of unknown tenants',
      () => api(suite.client, 'unpublishAll', { tenantMode: 'List', tenantLoginNames: ['Elsewhere'] }),
      /unknown: Elsewhere/,
    ],
    [
      'getProject of an unknown project',
      () => api(suite.client, 'getProject', { projectName: 'Nope' }),
      /Nope does not exist/,
    ],
  ];
  for (const [what, call, reason] of refusals) {
    it(`answers 400 with the reason in the log to ${what}`, async () => {
      const answer = await call();
      assert.equal(answer.status, 400);
      assert.match(errors(answer).join('\n'), reason);
    });
  }

  it('refuses a second import of a name unless told to replace, and a second publication while one runs', async () => {
    await api(suite.client, 'import', { projectName: 'KensiumCommerce', projectContentBase64: packageWith() });
    assert.match(
      errors(
        await api(suite.client, 'import', { projectName: 'kensiumcommerce', projectContentBase64: packageWith() }),
      ).join(),
      /already exists/,
    );
    await api(suite.client, 'publishBegin', { projectNames: ['KensiumCommerce'] });
    assert.match(
      errors(await api(suite.client, 'publishBegin', { projectNames: ['KensiumCommerce'] })).join(),
      /in progress/,
    );
  });

  it('returns the imported package, and deletes a project only when it is not published', async () => {
    await publish(suite.client, packageWith());
    const project = await api(suite.client, 'getProject', { projectName: 'KensiumCommerce' });
    assert.equal(project.body.hasConflicts, false);
    const content = new AdmZip(Buffer.from(project.body.projectContentBase64, 'base64'));
    const entries = content.getEntries().map((e) => e.entryName);
    assert.ok(entries.includes('project.xml') && entries.includes('Pages\\KN\\KN401000.aspx'), entries.join(', '));
    assert.match(content.readAsText('project.xml'), /<Graph ClassName="KNCustomerMaintExt" Source="#CDATA"/);
    assert.match(
      errors(await api(suite.client, 'delete', { projectName: 'KensiumCommerce' })).join(),
      /is published\. Unpublish it/,
    );
    const unpublished = await api(suite.client, 'unpublishAll', { tenantMode: 'Current' });
    assert.deepEqual(
      unpublished.body.log.map((e: { message: string }) => e.message),
      ['Unpublish Company', 'Cleaning up the database'],
    );
    assert.equal((await suite.client.get(`${KENSIUM}/Customer`)).status, 404);
    assert.equal((await api(suite.client, 'delete', { projectName: 'KensiumCommerce' })).status, 200);
    assert.equal((await api(suite.client, 'getProject', { projectName: 'KensiumCommerce' })).status, 400);
  });
});

describe('Acumatica mock tenants with and without the customization', () => {
  const configured = signedInMock();
  const bare = signedInMock({ bare: true });

  it('publishes the repository project at start, and a reset brings it back after unpublishing', async () => {
    assert.deepEqual((await api(configured.client, 'getPublished')).body.projects, [{ name: 'KensiumCommerce' }]);
    await api(configured.client, 'unpublishAll', { tenantMode: 'Current' });
    assert.equal((await configured.client.get(`${KENSIUM}/Customer`)).status, 404);
    configured.mock.reset();
    await configured.client.login();
    assert.equal((await configured.client.get(`${KENSIUM}/Customer`)).status, 200);
  });

  it('seeds a bare tenant with the Default fields of the fixture only; once published, seeding keeps the Kensium fields', async () => {
    const state = bare.mock.store.snapshot();
    assert.equal(state.ConnectorConfiguration, undefined);
    assert.ok(!JSON.stringify(state.Customer).includes('CustomerType'));
    await publish(bare.client, packageWith());
    assert.equal((await bare.client.request('POST', '/__mock/seed/acumatica.json')).status, 204);
    const customer = await bare.client.get(`${KENSIUM}/Customer/C000000012?$expand=SiteAssociations`);
    assert.equal(customer.body.CustomerType.value, 'B2B');
    assert.equal(customer.body.SiteAssociations[0].ConfigSite.value, 'B2BQASTORE');
  });
});
