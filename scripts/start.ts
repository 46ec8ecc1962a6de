import { DEFAULT_TENANTS, DEFAULT_USERS } from '../mocks/acumatica/app';
import { DEFAULT_TOKEN } from '../mocks/b2b/app';
import { screensBanner, startMocks } from '../mocks/harness';
import { DEFAULT_MOCK_PORTS, fixedMockPorts } from '../mocks/ports';
import { formatSummary, parseConfig, succeeded, syncFromSettings } from '../src';

/**
 * `npm start`: the main job on the embedded default. Both mocks start seeded from fixtures/, a full sync
 * runs against them, and a summary says what happened. `--keep` leaves the mocks running for exploring, on the
 * ports of `npm run mocks` (ACUMATICA_MOCK_PORT 8081, B2B_MOCK_PORT 8082), so `npm run sync` next to it reaches them.
 */
async function main(): Promise<number> {
  const keep = process.argv.includes('--keep');
  const unknown = process.argv.slice(2).filter((arg) => arg !== '--keep');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: npm start [-- --keep]`);
    return 2;
  }
  let ports: { acumatica: number; b2b: number } | undefined;
  try {
    ports = keep ? fixedMockPorts() : undefined;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const mocks = await startMocks(ports);
  console.log(
    `Started the Acumatica mock at ${mocks.acumatica.url} and the Better B2B mock at ${mocks.b2b.url}, seeded from fixtures/.\n`,
  );
  const config = parseConfig({
    ACUMATICA_URL: mocks.acumatica.url,
    B2B_URL: mocks.b2b.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    STATE_DIR: process.env.STATE_DIR,
  });
  // No sync state: the mocks start afresh each time, so every customer is compared and nothing is remembered.
  const report = await syncFromSettings(config, { selection: { kind: 'all' }, state: false });
  console.log(formatSummary(report));
  if (keep) {
    const user = DEFAULT_USERS[0];
    console.log(`\nThe mocks keep running (Ctrl+C stops them):`);
    console.log(
      `  Acumatica:  ${mocks.acumatica.url}  user ${user?.name} / ${user?.password}, tenant ${DEFAULT_TENANTS[0]}`,
    );
    console.log(`              e.g. GET /entity/KensiumCommerce/24.200.001/ConnectorLog after POST /entity/auth/login`);
    console.log(`  Better B2B: ${mocks.b2b.url}  Authorization: Bearer ${DEFAULT_TOKEN}`);
    console.log(`              e.g. GET /api/v1/company; GET /__mock/state on either mock shows everything`);
    console.log(screensBanner(mocks));
    const defaults = ports?.acumatica === DEFAULT_MOCK_PORTS.acumatica && ports.b2b === DEFAULT_MOCK_PORTS.b2b;
    console.log(
      defaults
        ? 'npm run sync in another terminal reaches these mocks: ACUMATICA_URL and B2B_URL default to them.'
        : `npm run sync in another terminal reaches these mocks with ACUMATICA_URL=${mocks.acumatica.url} B2B_URL=${mocks.b2b.url}.`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
  }
  await mocks.stop();
  return succeeded(report) ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`npm start failed: ${error.message}`);
    process.exitCode = 1;
  },
);
