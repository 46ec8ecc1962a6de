import { DEFAULT_READ_ONLY_TOKEN, DEFAULT_TOKEN } from './b2b/app';
import { DEFAULT_TENANTS, DEFAULT_USERS } from './acumatica/app';
import { screensBanner, startMocks } from './harness';
import { fixedMockPorts } from './ports';

/**
 * `npm run mocks`: both mocks, seeded from fixtures/, on ACUMATICA_MOCK_PORT (8081) and B2B_MOCK_PORT (8082).
 * `npm run mocks -- --bare`: the Acumatica tenant without the Kensium Commerce customization, to try
 * `npm run cli -- customization publish` against it.
 */
const USAGE = 'Usage: npm run mocks [-- --bare]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--bare');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. ${USAGE}`);
    process.exit(2);
  }
  const bare = args.includes('--bare');
  let ports: { acumatica: number; b2b: number };
  try {
    ports = fixedMockPorts();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const mocks = await startMocks(ports, undefined, { bare });
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
  console.log(screensBanner(mocks));
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
