import pino, { type DestinationStream, type Logger } from 'pino';

/** Paths whose values never reach a log line. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'ACUMATICA_PASSWORD',
  'B2B_TOKEN',
  'PUSH_SECRET',
  '*.ACUMATICA_PASSWORD',
  '*.B2B_TOKEN',
  '*.PUSH_SECRET',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers.Authorization',
  '*.headers.Cookie',
];

/** Structured JSON logs, on stderr by default so that stdout stays free for summaries and `--json`. */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    { level, base: { service: 'acumatica-b2b-sync' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );
}
