/**
 * The fixed ports of the mocks that people use by hand (`npm run mocks`, `npm start -- --keep`): the same
 * ones the sync's defaults point at (ACUMATICA_URL http://localhost:8081, B2B_URL http://localhost:8082),
 * so `npm run sync` next to either reaches them. Tests use port 0 instead.
 */
export const DEFAULT_MOCK_PORTS = { acumatica: 8081, b2b: 8082 } as const;

/** ACUMATICA_MOCK_PORT and B2B_MOCK_PORT, or the defaults; a value that is not a port throws a message that names it. */
export function fixedMockPorts(env: NodeJS.ProcessEnv = process.env): { acumatica: number; b2b: number } {
  return {
    acumatica: port(env, 'ACUMATICA_MOCK_PORT', DEFAULT_MOCK_PORTS.acumatica),
    b2b: port(env, 'B2B_MOCK_PORT', DEFAULT_MOCK_PORTS.b2b),
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value > 65535)
    throw new Error(`${name} must be a port number from 0 to 65535, got "${raw}".`);
  return value;
}
