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
  /** The server's requests-per-minute limit: requests (retries too) are spaced to stay under it. */
  requestsPerMinute?: number;
}

const IDEMPOTENT = new Set(['get', 'head', 'put', 'delete', 'options']);
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether a failed request may be sent again. Idempotent requests are retried on throttling, server
 * errors, time-outs and dropped connections; a POST only when the server surely did not act on it
 * (429, or the connection was refused), because a POST retried after a 5xx could create a duplicate.
 */
export function isRetryable(error: AxiosError): boolean {
  const method = (error.config?.method ?? 'get').toLowerCase();
  const status = error.response?.status;
  if (status === 429) return true;
  if (error.code && NOT_SENT.has(error.code)) return true;
  if (!IDEMPOTENT.has(method)) return false;
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
    retryDelay: (count, error) => axiosRetry.exponentialDelay(count, error, options.backoffMs ?? 200),
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

/** Turns whatever a request threw into a RemoteError that names the action and the reason. */
export function toRemoteError(system: RemoteError['system'], action: string, error: unknown): RemoteError {
  if (error instanceof RemoteError) return error;
  if (axios.isAxiosError(error)) {
    const url = `${error.config?.baseURL ?? ''}${error.config?.url ?? ''}`;
    const status = error.response?.status;
    const detail = status ? describeBody(error.response?.data) : describeNetworkError(error);
    return new RemoteError(system, action, status, detail, url, { cause: error });
  }
  return new RemoteError(system, action, undefined, (error as Error)?.message ?? String(error), '', { cause: error });
}

function describeNetworkError(error: AxiosError): string {
  if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')
    return `no answer within the time limit (${error.message})`;
  if (error.code === 'ECONNREFUSED') return 'connection refused; is the service running at that URL?';
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
