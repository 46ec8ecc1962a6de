import { After, Given, Then, When } from '@cucumber/cucumber';
import axios from 'axios';
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { AcumaticaMock } from '../mocks/acumatica/app';
import { DEFAULT_ENDPOINT } from '../mocks/acumatica/endpoints/default-endpoint';
import { PackageFiles } from '../mocks/acumatica/customization/package-files';
import { loadProject } from '../mocks/acumatica/customization/project-loader';
import { repositoryPackage } from '../mocks/acumatica/customization/repository-project';
import { packageWith, projectXml } from '../mocks/acumatica/customization/test-packages';
import { acumaticaFixture } from '../mocks/fixtures';
import { runCli } from '../src/cli';
import { capturedIo } from '../test/support/captured-io';
import { runningMocks } from './support/mocks';
import { Scratch } from './support/scratch';
import type { SyncWorld } from './support/world';

/** What a command line run left: its exit code and what it printed. */
interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The scenario's state for the customization: a tenant of its own, the last command run, the package built. */
const CUSTOMIZATION = new Scratch((): { bareTenant?: AcumaticaMock; lastCli?: CliRun; packageFile?: string } => ({}));
const scratch = (world: SyncWorld) => world.scratch(CUSTOMIZATION);

/** Runs the product's command line in-process against the scenario's systems. */
async function cli(world: SyncWorld, args: string[]): Promise<CliRun> {
  const env = {
    ACUMATICA_URL: world.config.ACUMATICA_URL,
    ACUMATICA_USERNAME: world.config.ACUMATICA_USERNAME,
    ACUMATICA_PASSWORD: world.config.ACUMATICA_PASSWORD,
    ACUMATICA_TENANT: world.config.ACUMATICA_TENANT,
    B2B_URL: world.config.B2B_URL,
    B2B_TOKEN: world.config.B2B_TOKEN,
    STATE_DIR: mkdtempSync(join(tmpdir(), 'customization-sync-')),
    CUSTOMIZATION_POLL_MS: '5',
    LOG_LEVEL: 'silent',
  };
  const io = capturedIo(env);
  const code = await runCli(args, io);
  const run = { code, out: io.out(), err: io.err() };
  scratch(world).lastCli = run;
  return run;
}

const tempFile = (name: string): string => join(mkdtempSync(join(tmpdir(), 'customization-package-')), name);

/** An Acumatica view of the tenant signed in with cookies, for the Customization API and discovery. */
async function signedIn(world: SyncWorld) {
  const http = axios.create({ baseURL: world.config.ACUMATICA_URL, validateStatus: () => true, timeout: 10_000 });
  const login = await http.post('/entity/auth/login', {
    name: world.config.ACUMATICA_USERNAME,
    password: world.config.ACUMATICA_PASSWORD,
    tenant: world.config.ACUMATICA_TENANT,
  });
  expect(login.status, 'sign-in').to.equal(204);
  http.defaults.headers.common.Cookie = (login.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  return http;
}

After(async function (this: SyncWorld) {
  const { bareTenant } = scratch(this);
  if (!bareTenant) return;
  await this.acumatica.signOut();
  await bareTenant.stop();
});

When('the customization package is built', async function (this: SyncWorld) {
  const packageFile = tempFile('KensiumCommerce.zip');
  scratch(this).packageFile = packageFile;
  await cli(this, ['customization', 'build', '--out', packageFile]);
});

Then('the build succeeds', function (this: SyncWorld) {
  expect(scratch(this).lastCli?.code, scratch(this).lastCli?.err).to.equal(0);
});

Then('the package holds project.xml at its root and every file project.xml names', function (this: SyncWorld) {
  const zip = new AdmZip(readFileSync(scratch(this).packageFile as string));
  const entries = zip.getEntries().map((entry) => entry.entryName);
  expect(entries).to.include('project.xml');
  // Acumatica names a package's entries as project.xml names its files: with backslashes.
  const named = [...zip.readAsText('project.xml').matchAll(/AppRelativePath="([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  expect(named.length).to.be.greaterThan(0);
  expect(entries).to.include.members(named);
});

Then(
  "the package's endpoint {string} extends {string} with these fields:",
  function (this: SyncWorld, endpoint: string, base: string, table) {
    const files = PackageFiles.fromZip(readFileSync(scratch(this).packageFile as string));
    const loaded = loadProject(files, (name, version) =>
      `${name}/${version}` === base ? DEFAULT_ENDPOINT : undefined,
    );
    if ('errors' in loaded) throw new Error(`The package cannot be read: ${loaded.errors.join(' ')}`);
    const definition = loaded.endpoints.find((e) => `${e.name}/${e.version}` === endpoint);
    expect(definition, `endpoint ${endpoint}`).to.not.equal(undefined);
    for (const { entity, fields } of table.hashes() as Array<{ entity: string; fields: string }>) {
      const shape = definition?.topLevel[entity];
      const exposed = Object.keys({ ...shape?.fields, ...shape?.linked, ...shape?.details });
      expect(exposed, entity).to.include.members(fields.split(',').map((f) => f.trim()));
    }
  },
);

Given('an Acumatica tenant without the Kensium Commerce customization', async function (this: SyncWorld) {
  const bareTenant = new AcumaticaMock({ bare: true, fixture: acumaticaFixture() });
  scratch(this).bareTenant = bareTenant;
  await this.connect({ acumatica: await bareTenant.start(), b2b: runningMocks().b2b.url });
});

When('the customization is published to the tenant', async function (this: SyncWorld) {
  await cli(this, ['customization', 'publish']);
});

When('a customization package with {} is published to the tenant', async function (this: SyncWorld, defect: string) {
  await publishBroken(this, defect);
});

/**
 * The package's project.xml with a line that does not compile inserted as line `line` of a Code item: the
 * C# of `App_RuntimeCode\<ClassName>.cs` lives in the project's `<Graph ClassName="…">` item.
 */
function withSyntaxError(path: string, line: number): Record<string, string> {
  const className = /^App_RuntimeCode\\(\w+)\.cs$/.exec(path)?.[1];
  const xml = repositoryPackage().files.get('project.xml')?.toString('utf8') ?? '';
  const item = new RegExp(
    `(<Graph ClassName="${className}"[^>]*>\\s*<CDATA name="Source"><!\\[CDATA\\[)([\\s\\S]*?)(\\]\\]>)`,
  ).exec(xml);
  if (!className || !item) throw new Error(`The package has no Code item for ${path}`);
  const lines = (item[2] as string).split('\n');
  lines.splice(line - 1, 0, 'int broken = ;');
  return { 'project.xml': xml.replace(item[0], `${item[1]}${lines.join('\n')}${item[3]}`) };
}

async function publishBroken(world: SyncWorld, defect: string): Promise<void> {
  const missing = /^the file (\S+) missing$/.exec(defect)?.[1];
  const syntax = /^a C# syntax error on line (\d+) of (\S+)$/.exec(defect);
  const changes = missing
    ? { [missing]: undefined }
    : syntax
      ? withSyntaxError(syntax[2] as string, Number(syntax[1]))
      : defect === 'a malformed project.xml'
        ? { 'project.xml': projectXml().replace('</Customization>', '') }
        : undefined;
  if (!changes) throw new Error(`No broken package is known as "${defect}"`);
  const packageFile = tempFile('broken.zip');
  scratch(world).packageFile = packageFile;
  writeFileSync(packageFile, Buffer.from(packageWith(changes), 'base64'));
  await cli(world, ['customization', 'publish', '--package', packageFile]);
}

Then('the publication succeeds and its log ends with {string}', function (this: SyncWorld, last: string) {
  expect(scratch(this).lastCli?.code, scratch(this).lastCli?.err).to.equal(0);
  const logLines = (scratch(this).lastCli?.out ?? '')
    .split('\n')
    .filter((line) => /^\s+(information|warning|error|trace)\s/.test(line));
  expect(
    logLines
      .at(-1)
      ?.trim()
      .replace(/^\w+\s+/, ''),
  ).to.equal(last);
});

Then('the publication fails, saying {string}', function (this: SyncWorld, reason: string) {
  expect(scratch(this).lastCli?.code).to.equal(1);
  expect(scratch(this).lastCli?.err).to.contain(reason);
});

Then(
  'Acumatica lists {string} among the published customization projects',
  async function (this: SyncWorld, project: string) {
    const http = await signedIn(this);
    const published = await http.post('/CustomizationApi/getPublished', {});
    await http.post('/entity/auth/logout');
    expect(published.status).to.equal(200);
    expect(published.data.projects).to.deep.include({ name: project });
  },
);

Then(
  "the tenant's endpoint {string} describes Customer with CustomerType, KensiumCommerceEnabled and SiteAssociations",
  async function (this: SyncWorld, endpoint: string) {
    const http = await signedIn(this);
    const swagger = await http.get(`/entity/${endpoint}/swagger.json`);
    await http.post('/entity/auth/logout');
    expect(swagger.status).to.equal(200);
    const parts: Array<{ properties?: Record<string, unknown> }> = swagger.data.components.schemas.Customer.allOf;
    const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}));
    expect(properties).to.include.keys('CustomerType', 'KensiumCommerceEnabled', 'SiteAssociations');
  },
);

Then('the tenant answers 404 for the endpoint {string}', async function (this: SyncWorld, endpoint: string) {
  const http = await signedIn(this);
  const answer = await http.get(`/entity/${endpoint}/Customer`);
  await http.post('/entity/auth/logout');
  expect(answer.status).to.equal(404);
});

When('the sync runs from the command line for customer {string}', async function (this: SyncWorld, customerId: string) {
  await cli(this, ['sync', '--customer', customerId]);
});

Then('the sync exits with code {int}, asking {string}', function (this: SyncWorld, code: number, question: string) {
  expect(scratch(this).lastCli?.code).to.equal(code);
  expect(`${scratch(this).lastCli?.out}${scratch(this).lastCli?.err}`).to.contain(question);
});
