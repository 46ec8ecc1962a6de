import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderLivingDocumentation } from './living-documentation/render';
import { buildRun } from './living-documentation/run-model';

/**
 * `npm run docs`: runs the features (the `docs` profile) and writes the living documentation,
 * reports/living-documentation.html, from what they did. `npm run docs -- features/roles.feature` documents
 * one feature; `npm run docs -- --messages reports/cucumber-messages.ndjson` renders a run that already
 * happened (the ci profile writes that file) without running anything. The page is written even when a
 * scenario fails (it shows why), and the command then exits with 1.
 */
const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'reports', 'living-documentation.html');

const USAGE = `Usage: npm run docs [-- FEATURE[:LINE] …]
       npm run docs -- --messages FILE.ndjson
Writes ${relative(ROOT, OUT)}.`;

async function run(paths: string[]): Promise<{ envelopes: Envelope[]; success: boolean }> {
  const { runConfiguration } = await loadConfiguration(
    {
      profiles: ['docs'],
      provided: { ...(paths.length > 0 ? { paths } : {}), worldParameters: { screenshots: true } },
    },
    { cwd: ROOT },
  );
  const envelopes: Envelope[] = [];
  const { success } = await runCucumber(runConfiguration, { cwd: ROOT }, (envelope) => envelopes.push(envelope));
  return { envelopes, success };
}

function readMessages(file: string): Envelope[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as Envelope;
      } catch {
        throw new Error(`Failed to read ${file}: line ${index + 1} is not a Cucumber message (JSON).`);
      }
    });
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const at = args.indexOf('--messages');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !file) {
    console.error(`--messages needs a file.\n${USAGE}`);
    return 2;
  }
  const { envelopes, success } = file ? { envelopes: readMessages(file), success: true } : await run(args);
  const doc = buildRun(envelopes);
  if (doc.features.length === 0) {
    console.error('No scenario ran, so there is nothing to document.');
    return 1;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, renderLivingDocumentation(doc));
  console.log(`Living documentation: ${relative(process.cwd(), OUT)}`);
  return success && doc.success !== false ? 0 : 1;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
