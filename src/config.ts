import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors';

/**
 * Every setting of the sync, declared once. Each key is read from the environment under the same name,
 * or from an optional JSON file (`--config file.json`) whose keys are these names; the environment wins.
 */
const url = (what: string) =>
  z
    .url({ protocol: /^https?$/, message: `expected an http(s) URL of ${what}, such as http://localhost:8081` })
    .transform((u) => u.replace(/\/+$/, ''));
const positiveInt = (what: string) =>
  z.coerce
    .number({ message: `expected a whole number (${what})` })
    .int(`expected a whole number (${what})`)
    .positive(`expected a number above 0 (${what})`);
const milliseconds = (what: string) =>
  z.coerce
    .number({ message: `expected milliseconds (${what})` })
    .int(`expected a whole number of milliseconds (${what})`)
    .min(0, `expected 0 or more milliseconds (${what})`);
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])], { message: 'expected true or false' })
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  /** Base URL of the Acumatica instance (the part before /entity). */
  ACUMATICA_URL: url('the Acumatica instance').default('http://localhost:8081'),
  /** Acumatica user the connector signs in as; it is also the Login User of every connector log row. */
  ACUMATICA_USERNAME: z.string().min(1, 'expected the Acumatica user name').default('admin'),
  /** Password of that user. Never logged. */
  ACUMATICA_PASSWORD: z.string().min(1, 'expected the Acumatica password').default('admin'),
  /** Tenant login name (Tenants form SM203520). */
  ACUMATICA_TENANT: z.string().min(1, 'expected the tenant login name').default('Company'),
  /** Optional branch to sign in to. */
  ACUMATICA_BRANCH: z.string().optional(),
  /** Name of the web service endpoint that exposes the Kensium fields (the customization's endpoint extension). */
  ACUMATICA_ENDPOINT: z.string().min(1).default('KensiumCommerce'),
  /** Version of that endpoint. */
  ACUMATICA_ENDPOINT_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 24.200.001')
    .default('24.200.001'),
  /**
   * The Acumatica license's Maximum Number of Web Services API Requests per Minute (License Monitoring Console,
   * SM604000): when set, the sync spaces its requests to stay under it, so that Acumatica never delays or declines
   * one. Unset: no pacing.
   */
  ACUMATICA_REQUESTS_PER_MINUTE: positiveInt('requests per minute').optional(),
  /** Base URL of the Better B2B API (the part before /api/v1). */
  B2B_URL: url('the Better B2B API').default('http://localhost:8082'),
  /** Bearer token for the Better B2B API. Never logged. */
  B2B_TOKEN: z.string().min(1, 'expected the Better B2B API token').default('b2b-mock-token'),
  /** The store's Better B2B API rate (requests per minute); when set, the sync spaces its requests to stay under it. */
  B2B_REQUESTS_PER_MINUTE: positiveInt('requests per minute').optional(),
  /** ConnectorID of the Acumatica connector configuration to run (its site, type and preferences). */
  CONNECTOR_ID: z.string().min(1).default('B2BQASTORE'),
  /** Records fetched from Acumatica per page. */
  PAGE_SIZE: positiveInt('records per page').default(100),
  /** Customers synced at the same time. */
  SYNC_CONCURRENCY: positiveInt('customers at once').default(4),
  /** Time limit of one HTTP request, in milliseconds. */
  HTTP_TIMEOUT_MS: positiveInt('milliseconds').default(30_000),
  /** Attempts of one HTTP request on 429, 5xx and network errors before it fails. */
  HTTP_MAX_ATTEMPTS: positiveInt('attempts').default(5),
  /** The longest wait before retrying a request, whatever its Retry-After asks, in milliseconds (at most about 24 days, Node's timer limit). */
  HTTP_RETRY_AFTER_MAX_MS: positiveInt('milliseconds')
    .max(2_147_483_647, 'expected at most 2147483647 milliseconds (Node timers go no further)')
    .default(60_000),
  /** The longest one run may take, in milliseconds: then it stops after the customers in flight (exit code 1); the next run goes on. */
  SYNC_DEADLINE_MS: positiveInt('milliseconds')
    .max(2_147_483_647, 'expected at most 2147483647 milliseconds (Node timers go no further)')
    .default(14_400_000),
  /** Failed attempts after which a customer is aborted: left alone until `sync retry`. */
  MAX_FAILED_ATTEMPTS: positiveInt('attempts').default(5),
  /** Folder of the sync state (watermark and per-record status). */
  STATE_DIR: z.string().min(1).default('.kensium-sync'),
  /** How long `sync` waits for another run of the same connector and state to end before it exits 2; 0 exits at once. */
  LOCK_WAIT_MS: milliseconds('the wait for another run').default(0),
  /** Port `serve` listens on for Acumatica's push notifications. */
  PUSH_PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int()
    .min(0)
    .max(65535, 'expected a port number up to 65535')
    .default(8090),
  /** Address `serve` binds: 127.0.0.1 takes calls from this machine only, 0.0.0.0 (or ::) from every interface. */
  PUSH_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'expected an address of this machine, such as 127.0.0.1, 0.0.0.0 or ::1')
    .default('127.0.0.1'),
  /** Path of the webhook (the Address on Acumatica's Push Notifications form ends with it). */
  PUSH_PATH: z.string().startsWith('/', 'expected a path starting with /').default('/acumatica/push'),
  /** Header that carries the shared secret (Header Name on the Push Notifications form). */
  PUSH_SECRET_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'expected an HTTP header name')
    .default('X-Kensium-Push-Secret'),
  /** The shared secret (Header Value on the Push Notifications form); `serve` refuses to start without one. Never logged. */
  PUSH_SECRET: z.string().min(16, 'expected a secret of at least 16 characters').optional(),
  /** Quiet time after the last notification before its customers are synced, in milliseconds. */
  PUSH_QUIET_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).default(2000),
  /** Longest a notified customer waits for its sync under a steady stream, in milliseconds. */
  PUSH_MAX_WAIT_MS: positiveInt('milliseconds').default(10_000),
  /** How long a `serve` batch waits for another run of the connector (a scheduled `sync`) to end, in milliseconds. */
  PUSH_LOCK_WAIT_MS: milliseconds('the wait for another run').default(300_000),
  /** Pause before a `serve` batch that could not run (lock held, run stopped) is tried again, in milliseconds. */
  PUSH_RETRY_MS: positiveInt('milliseconds').default(60_000),
  /** Name of the customization project `customization publish` imports and publishes (Customization Projects form SM204505). */
  CUSTOMIZATION_PROJECT: z
    .string()
    .regex(/^[A-Za-z0-9_]+$/, 'expected a project name of letters, digits and _')
    .default('KensiumCommerce'),
  /** Pause between two questions "has publishing finished?" (publishEnd), in milliseconds. */
  CUSTOMIZATION_POLL_MS: positiveInt('milliseconds').default(1000),
  /** Longest `customization publish` waits for Acumatica to finish publishing, in milliseconds. */
  CUSTOMIZATION_PUBLISH_TIMEOUT_MS: positiveInt('milliseconds').default(1_800_000),
  /** pino level of the structured logs on stderr. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Write to the connector log in Acumatica (off only for dry runs). */
  WRITE_CONNECTOR_LOG: flag.default(true),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = Partial<Record<keyof Config, unknown>>;

const knownKeys = new Set(Object.keys(configSchema.shape));

/** Reads the settings from a JSON file (optional) and the environment, and validates them. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, file?: string): Config {
  const fromFile = file ? readConfigFile(file) : {};
  const fromEnv: ConfigInput = {};
  for (const key of knownKeys) {
    const value = env[key];
    if (value !== undefined && value !== '') fromEnv[key as keyof Config] = value;
  }
  return parseConfig({ ...fromFile, ...fromEnv }, file ? `${file} or the environment` : 'the environment');
}

/** Validates settings given as an object; `source` names where they came from in error messages. */
export function parseConfig(input: ConfigInput, source = 'the settings'): Config {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(settings)';
    return `${key}: ${issue.message} (got ${JSON.stringify(redactIfSecret(key, input[key as keyof Config]))})`;
  });
  throw new ConfigError(`Failed to read the configuration from ${source}:\n  ${problems.join('\n  ')}`);
}

function readConfigFile(file: string): ConfigInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Failed to read the configuration file ${file}: ${(error as Error).message}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`Failed to read the configuration file ${file}: expected a JSON object of settings.`);
  }
  const unknown = Object.keys(parsed).filter((key) => !knownKeys.has(key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `Failed to read the configuration file ${file}: unknown setting ${unknown.join(', ')}. Known settings: ${[...knownKeys].join(', ')}.`,
    );
  }
  return parsed as ConfigInput;
}

function redactIfSecret(key: string, value: unknown): unknown {
  return /PASSWORD|TOKEN|SECRET$/.test(key) && value !== undefined ? '[redacted]' : value;
}

/** The settings with secrets masked, for printing. */
export function describeConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, redactIfSecret(key, value)]));
}
