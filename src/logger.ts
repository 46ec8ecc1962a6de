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

/**
 * The logs, on stderr by default so that stdout stays free for summaries and `--json`. On stderr they are
 * one readable line each (`WARN retrying request: system=Better B2B status=503 attempt=2`) unless the level
 * is debug or trace, which print pino's JSON with every field and stack; a given destination gets the JSON.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const detailed = level === 'debug' || level === 'trace';
  const out = destination ?? (detailed ? pino.destination(2) : readableLines(pino.destination(2)));
  return pino(
    { level, base: { service: 'acumatica-b2b-sync' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    out,
  );
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields every line has, or that say nothing to a person reading it. */
const PLAIN_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'err']);

/** A destination that writes each JSON line (already redacted by pino) as one line of text. */
function readableLines(target: DestinationStream): DestinationStream {
  return { write: (line: string) => target.write(`${readableLine(line)}\n`) };
}

export function readableLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const level = LEVEL_NAMES[Number(entry.level)] ?? 'LOG';
  const err = entry.err as { message?: unknown } | string | undefined;
  const reason = typeof err === 'string' ? err : typeof err?.message === 'string' ? err.message : undefined;
  const fields = Object.entries(entry)
    .filter(([key, value]) => !PLAIN_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const text = [String(entry.msg ?? ''), reason].filter(Boolean).join(': ');
  return `${level} ${text}${fields.length > 0 ? ` (${fields.join(', ')})` : ''}`
    .replace(/\s*\n\s*/g, ' ')
    .slice(0, 1000);
}
