import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig, type Config } from '../config';
import { buildPackage, writePackage, type BuiltPackage } from '../customization/build';
import { formatProblem, shortPath } from '../customization/problems';
import { PROJECT_DIR } from '../customization/project';
import { publishPackage } from '../customization/publish';
import { UsageError } from '../errors';
import { createLogger } from '../logger';
import type { CliEnvironment, ExitCode } from './io';

interface Flags {
  project?: string;
  out?: string;
  package?: string;
  config?: string;
  validateOnly?: boolean;
  sitePages?: string;
}

const SITE_PAGES_HELP =
  "the target site's Pages folder (or a copy of Pages/AR/AR303000.aspx, AR303020.aspx and Pages/CR/CR302000.aspx): " +
  'the Page items of those forms carry the pages they change as pageSource';

/** `customization build` (check and pack the project) and `customization publish` (through Acumatica's Customization API). */
export function customizationCommand(io: CliEnvironment, setExitCode: ExitCode): Command {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const command = new Command('customization').description(
    'Build and publish the Kensium Commerce customization project (customization/) the connector depends on.',
  );
  command
    .command('build')
    .description(
      'Check the customization project (project.xml well formed, every file it names present, the items as Acumatica writes them, ' +
        'C# that compiles against the reference surface of Acumatica 2024 R2 with mcs, the endpoint the connector reads) ' +
        'and write the package zip Acumatica imports, with a Code item for each .cs file of App_RuntimeCode. ' +
        'Exit code 0: built; 1: the project has problems (each named with its file and line); 2: bad usage.',
    )
    .option('--project <dir>', 'the customization project folder', PROJECT_DIR)
    .option('--site-pages <dir>', SITE_PAGES_HELP)
    .option('--out <file>', 'where to write the package (default: customization/dist/<CUSTOMIZATION_PROJECT>.zip)')
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: Flags) => {
      const config = loadConfig(io.env, flags.config);
      const out = flags.out ?? defaultOut(config);
      const built = await build(flags, say);
      writePackage(built, out);
      say(`Wrote ${shortPath(out)} (${built.entries.length} entries, ${kb(built.zip)} KB).`);
      setExitCode(0);
    });
  command
    .command('publish')
    .description(
      "Publish the customization to ACUMATICA_URL through Acumatica's Customization API (import, publishBegin, publishEnd, " +
        'then getPublished to confirm), signed in as ACUMATICA_USERNAME (who needs the Customizer role). Builds the package first ' +
        'unless --package is given. The site restarts at the end of a publication and signs everyone out: publish waits it out and ' +
        'signs in again, for up to CUSTOMIZATION_PUBLISH_TIMEOUT_MS. ' +
        'Exit code 0: published (or validated); 1: refused or failed (the publish log says why); 2: bad usage or settings.',
    )
    .option(
      '--validate-only',
      'only validate the project on the site (isOnlyValidation): import it, let the site check and compile it, print the log. Nothing is published and what is published stays as it is: the safe first step on a real tenant',
    )
    .option('--package <zip>', 'publish this package instead of building one')
    .option('--project <dir>', 'the customization project folder to build', PROJECT_DIR)
    .option('--site-pages <dir>', SITE_PAGES_HELP)
    .option('--config <file>', 'read settings from this JSON file (the environment wins)')
    .action(async (flags: Flags) => {
      const config = loadConfig(io.env, flags.config);
      const zip = flags.package ? readPackage(flags.package) : (await build(flags, say)).zip;
      const started = Date.now();
      await publishPackage(zip, {
        baseUrl: config.ACUMATICA_URL,
        username: config.ACUMATICA_USERNAME,
        password: config.ACUMATICA_PASSWORD,
        tenant: config.ACUMATICA_TENANT,
        branch: config.ACUMATICA_BRANCH,
        timeoutMs: config.HTTP_TIMEOUT_MS,
        maxAttempts: config.HTTP_MAX_ATTEMPTS,
        logger: createLogger(config.LOG_LEVEL),
        projectName: config.CUSTOMIZATION_PROJECT,
        projectDescription: 'Kensium Commerce for Better B2B',
        validateOnly: flags.validateOnly === true,
        pollMs: config.CUSTOMIZATION_POLL_MS,
        publishTimeoutMs: config.CUSTOMIZATION_PUBLISH_TIMEOUT_MS,
        progress: say,
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      say(
        flags.validateOnly
          ? `Validated ${config.CUSTOMIZATION_PROJECT} on ${config.ACUMATICA_URL} in ${seconds} s: it would publish. Nothing was published.`
          : `Published ${config.CUSTOMIZATION_PROJECT} to ${config.ACUMATICA_URL} in ${seconds} s.`,
      );
      setExitCode(0);
    });
  return command;
}

async function build(flags: Flags, say: (line: string) => void): Promise<BuiltPackage> {
  const dir = flags.project ?? PROJECT_DIR;
  const built = await buildPackage(dir, { sitePages: flags.sitePages });
  const csharp = built.codeItems.length + built.project.files.filter((f) => f.appRelativePath.endsWith('.cs')).length;
  const compiled = built.compile.ran ? 'compile against the reference surface of Acumatica 2024 R2' : 'parse';
  say(
    `Checked ${shortPath(dir)}: project.xml well formed, ${built.project.files.length} files present, ` +
      `${built.codeItems.length} Code items, ${csharp} C# files ${compiled}, the items are as Acumatica writes them, ` +
      "the endpoint meets the connector's contract.",
  );
  if (!built.compile.ran) say(`warning: the C# compile check did not run: ${built.compile.reason}.`);
  for (const warning of built.warnings) say(formatProblem(warning));
  return built;
}

function readPackage(file: string): Buffer {
  if (!existsSync(file))
    throw new UsageError(
      `Failed to read the package ${file}: there is no such file. Build one with \`customization build\`, or leave out --package.`,
    );
  return readFileSync(file);
}

function defaultOut(config: Config): string {
  return join(PROJECT_DIR, 'dist', `${config.CUSTOMIZATION_PROJECT}.zip`);
}

function kb(zip: Buffer): number {
  return Math.ceil(zip.length / 1024);
}
