import { DEFAULT_READ_ONLY_TOKEN, DEFAULT_TOKEN } from './b2b/app';
import { DEFAULT_TENANTS, DEFAULT_USERS } from './acumatica/app';
import { startMocks } from './harness';

/**
 * `npm run mocks`: both mocks, seeded from fixtures/, on ACUMATICA_MOCK_PORT (8081) and B2B_MOCK_PORT (8082).
 * `npm run mocks -- --bare`: the Acumatica tenant without the Kensium Commerce customization, to try
 * `npm run cli -- customization publish` against it.
 */
const USAGE = 'Usage: npm run mocks [-- --bare]';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number from 0 to 65535, got "${raw}".`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--bare');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. ${USAGE}`);
    process.exit(2);
  }
  const bare = args.includes('--bare');
  const mocks = await startMocks(
    { acumatica: port('ACUMATICA_MOCK_PORT', 8081), b2b: port('B2B_MOCK_PORT', 8082) },
    undefined,
    { bare },
  );
  const user = DEFAULT_USERS[0];
  const endpoint = bare
    ? 'the customization is NOT published: publish it with npm run cli -- customization publish'
    : 'endpoint /entity/KensiumCommerce/24.200.001';
  console.log(
    `Acumatica mock:  ${mocks.acumatica.url}  (user ${user?.name} / ${user?.password}, tenant ${DEFAULT_TENANTS[0]}; ${endpoint})`,
  );
  console.log(
    `Better B2B mock: ${mocks.b2b.url}  (bearer token ${DEFAULT_TOKEN}, read-only ${DEFAULT_READ_ONLY_TOKEN}; API under /api/v1)`,
  );
  console.log(
    'Control API on both under /__mock: reset, seed, state, journal, faults; see the README for the rest. Ctrl+C stops.',
  );
  const stop = () => {
    void mocks.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
