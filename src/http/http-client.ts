import axios, { AxiosError, type AxiosInstance } from 'axios';
import axiosRetry from 'axios-retry';
import type { Logger } from 'pino';
import { RemoteError } from '../errors';
import { RequestPacer } from './pacer';

export interface HttpClientOptions {
  system: RemoteError['system'];
  baseURL: string;
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  logger: Logger;
  /** Delay unit of the exponential backoff, in milliseconds (tests make it small). */
  backoffMs?: number;
  /** The longest wait before a retry, whatever Retry-After asks (HTTP_RETRY_AFTER_MAX_MS). */
  maxRetryWaitMs?: number;
  /** The server's requests-per-minute limit: requests (retries too) are spaced to stay under it. */
  requestsPerMinute?: number;
}

/** The default delay unit of the backoff: 0.4, 0.8, 1.6, 3.2 s before the 2nd to 5th attempts. */
const BACKOFF_MS = 200;
/** The default longest wait before a retry. */
export const MAX_RETRY_WAIT_MS = 60_000;

declare module 'axios' {
  interface AxiosRequestConfig {
    /**
     * A POST whose repeat is provably harmless: the server refuses a second copy with 409, which the
     * caller adopts (Better B2B's one company per Acumatica customer id, one email per user, one address
     * per external id in a company). Such a POST is retried as an idempotent request is.
     */
    repeatSafe?: boolean;
  }
}

const IDEMPOTENT = new Set(['get', 'head', 'put', 'delete', 'options']);
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether a failed request may be sent again. Idempotent and repeat-safe requests are retried on
 * throttling, server errors, time-outs and dropped connections; any other POST only when the server surely
 * did not act on it (429, or the connection was refused), because it could create a duplicate.
 */
export function isRetryable(error: AxiosError): boolean {
  const method = (error.config?.method ?? 'get').toLowerCase();
  const status = error.response?.status;
  if (status === 429) return true;
  if (error.code && NOT_SENT.has(error.code)) return true;
  if (!IDEMPOTENT.has(method) && error.config?.repeatSafe !== true) return false;
  if (status === undefined) return error.code !== 'ERR_CANCELED';
  return status >= 500;
}

/**
 * An axios instance with time-outs and retries (exponential backoff with jitter, honouring Retry-After), and
 * with `requestsPerMinute`, requests spaced evenly under that limit.
 */
export function createHttpClient(options: HttpClientOptions): AxiosInstance {
  const client = axios.create({
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    maxRedirects: 0,
  });
  if (options.requestsPerMinute) {
    const pacer = new RequestPacer(options.requestsPerMinute);
    client.interceptors.request.use(async (config) => {
      await pacer.wait();
      return config;
    });
  }
  axiosRetry(client, {
    retries: Math.max(0, options.maxAttempts - 1),
    retryCondition: isRetryable,
    retryDelay: (count, error) =>
      retryDelayMs(count, error, {
        backoffMs: options.backoffMs ?? BACKOFF_MS,
        maxWaitMs: options.maxRetryWaitMs ?? MAX_RETRY_WAIT_MS,
      }),
    shouldResetTimeout: true,
    onRetry: (count, error, config) =>
      options.logger.warn(
        {
          system: options.system,
          method: config.method,
          url: config.url,
          status: error.response?.status,
          code: error.code,
          attempt: count + 1,
        },
        'retrying request',
      ),
  });
  return client;
}

/**
 * How long to wait before retry number `count` (1 for the first): the exponential backoff with up to 20%
 * jitter, or what the answer's Retry-After asks (seconds or an HTTP date) when that is longer, and never
 * more than `maxWaitMs`: a Retry-After of an hour, or a date far in the future (which would overflow
 * Node's timer and fire at once), waits the cap.
 */
export function retryDelayMs(
  count: number,
  error: AxiosError | undefined,
  options: { backoffMs: number; maxWaitMs: number },
): number {
  const backoff = 2 ** count * options.backoffMs * (1 + 0.2 * Math.random());
  const asked = retryAfterMs(error?.response?.headers?.['retry-after']);
  return Math.round(Math.min(Math.max(backoff, asked ?? 0), options.maxWaitMs));
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110, 10.2.3); undefined if unreadable. */
function retryAfterMs(header: unknown): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Turns whatever a request threw into a RemoteError that names the action and the reason. */
export function toRemoteError(system: RemoteError['system'], action: string, error: unknown): RemoteError {
  if (error instanceof RemoteError) return error;
  if (axios.isAxiosError(error)) {
    const url = `${error.config?.baseURL ?? ''}${error.config?.url ?? ''}`;
    const status = error.response?.status;
    const detail = status ? describeBody(error.response?.data) : describeNetworkError(error, system);
    return new RemoteError(system, action, status, detail, url, { cause: error });
  }
  return new RemoteError(system, action, undefined, (error as Error)?.message ?? String(error), '', { cause: error });
}

/** The setting that holds each system's URL, for the advice when it cannot be reached. */
const URL_SETTING: Record<RemoteError['system'], string> = { Acumatica: 'ACUMATICA_URL', 'Better B2B': 'B2B_URL' };

function describeNetworkError(error: AxiosError, system: RemoteError['system']): string {
  if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')
    return `no answer within the time limit (${error.message})`;
  if (error.code === 'ECONNREFUSED')
    return `connection refused; is the service running at that URL? Check ${URL_SETTING[system]}`;
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return `the host name is not known (${error.message}). Check ${URL_SETTING[system]}`;
  if (error.code === 'ECONNRESET') return 'the connection was dropped';
  return error.message;
}

/** The most telling text of an error body: Acumatica's exceptionMessage, an `error`, a `message`, or the text. */
export function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return 'no details in the answer';
  if (typeof body === 'string')
    return body
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
  if (typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['exceptionMessage', 'error', 'message']) {
      const value = record[key];
      if (typeof value === 'string' && value && value !== 'An error has occurred.')
        return withFieldErrors(value, record);
    }
    if (typeof record.message === 'string') return record.message;
  }
  return JSON.stringify(body).slice(0, 300);
}

/** Appends per-field errors (Acumatica 422 bodies carry `error` beside a field's `value`; Better B2B lists `errors`). */
function withFieldErrors(message: string, body: Record<string, unknown>): string {
  const fields: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (
      value &&
      typeof value === 'object' &&
      'error' in value &&
      typeof (value as { error: unknown }).error === 'string'
    ) {
      fields.push(`${name}: ${(value as { error: string }).error}`);
    }
  }
  if (Array.isArray(body.errors)) {
    for (const item of body.errors) {
      if (item && typeof item === 'object' && 'field' in item && 'message' in item)
        fields.push(`${String(item.field)}: ${String(item.message)}`);
    }
  }
  return fields.length > 0 ? `${message} (${fields.join('; ')})` : message;
}
