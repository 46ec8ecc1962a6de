import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { ContractError, RemoteError, withAdvice } from '../errors';
import { createHttpClient, toRemoteError } from '../http/http-client';
import { AcumaticaSession, type AcumaticaCredentials } from './session';
import { readRecord, type UnreadableRecord } from './unreadable';
import { toWire, type WireRecord } from './wire';

export interface AcumaticaClientOptions extends AcumaticaCredentials {
  baseUrl: string;
  endpoint: string;
  version: string;
  timeoutMs: number;
  maxAttempts: number;
  logger: Logger;
  backoffMs?: number;
  maxRetryWaitMs?: number;
  /** The server's requests-per-minute limit, to pace the requests under. */
  requestsPerMinute?: number;
}

/** One page of records, read one by one: those that read as expected, and those that do not. */
export interface ReadPage<T> {
  records: T[];
  unreadable: UnreadableRecord[];
}

/** The query options of the contract-based REST API. */
export interface Query {
  filter?: string;
  expand?: string[];
  select?: string[];
  top?: number;
  skip?: number;
}

/**
 * A client of Acumatica's contract-based REST API on one endpoint: list queries with paging and
 * create-or-update with PUT, in a cookie session that signs in again once when it has expired.
 */
export class AcumaticaClient {
  private readonly http: AxiosInstance;
  private readonly session: AcumaticaSession;

  constructor(private readonly options: AcumaticaClientOptions) {
    this.http = createHttpClient({
      system: 'Acumatica',
      baseURL: options.baseUrl,
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      logger: options.logger,
      backoffMs: options.backoffMs,
      maxRetryWaitMs: options.maxRetryWaitMs,
      requestsPerMinute: options.requestsPerMinute,
    });
    this.session = new AcumaticaSession(this.http, options, options.logger);
  }

  /** The user every action is performed as (the Login User of connector log rows). */
  get user(): string {
    return this.session.user;
  }

  /** The clock of the Acumatica server, from the Date header of its last answer. */
  get lastServerTime(): Date | undefined {
    return this.session.serverTime;
  }

  get entityBase(): string {
    return `/entity/${this.options.endpoint}/${this.options.version}`;
  }

  /** Ends the session (at the end of a run). */
  logout(): Promise<void> {
    return this.session.signOut();
  }

  /** One page of a list query, each record checked against `schema`. */
  async list<S extends z.ZodType>(entity: string, schema: S, query: Query = {}): Promise<z.output<S>[]> {
    const body = await this.listRaw(entity, query);
    return body.map((record, index) => parseRecord(entity, schema, record, index));
  }

  /**
   * Every record of a list query, page by page, each read on its own: a record that does not match
   * `schema` comes back among the page's `unreadable` instead of failing the page.
   */
  async *readPages<S extends z.ZodType>(
    entity: string,
    schema: S,
    query: Query,
    pageSize: number,
  ): AsyncGenerator<ReadPage<z.output<S>>> {
    for (let skip = 0; ; skip += pageSize) {
      const body = await this.listRaw(entity, { ...query, top: pageSize, skip });
      const page: ReadPage<z.output<S>> = { records: [], unreadable: [] };
      for (const raw of body) {
        const read = readRecord(entity, schema, raw);
        if (read.ok) page.records.push(read.record);
        else page.unreadable.push(read.unreadable);
      }
      if (body.length > 0) yield page;
      if (body.length < pageSize) return;
    }
  }

  private async listRaw(entity: string, query: Query): Promise<unknown[]> {
    const body = await this.request<unknown>(`read ${entity} records`, {
      method: 'GET',
      url: `${this.entityBase}/${entity}`,
      params: toParams(query),
    });
    if (!Array.isArray(body))
      throw new ContractError(
        `Failed to read ${entity} records from Acumatica: expected a JSON array, got ${typeof body}.`,
      );
    return body;
  }

  /** Every record of a list query, page by page, so that no more than one page is held at a time. */
  async *pages<S extends z.ZodType>(
    entity: string,
    schema: S,
    query: Query,
    pageSize: number,
  ): AsyncGenerator<z.output<S>[]> {
    for (let skip = 0; ; skip += pageSize) {
      const page = await this.list(entity, schema, { ...query, top: pageSize, skip });
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
    }
  }

  /**
   * Create-or-update: Acumatica matches the record by its key fields or `id`. Returns the saved record.
   * `action` words a failure ("Failed to <action> in Acumatica"); by default "save a <entity> record".
   */
  async put<S extends z.ZodType>(
    entity: string,
    schema: S,
    record: Record<string, unknown>,
    query: Query = {},
    action = `save a ${entity} record`,
  ): Promise<z.output<S>> {
    const body = await this.request<unknown>(action, {
      method: 'PUT',
      url: `${this.entityBase}/${entity}`,
      params: toParams(query),
      data: toWire(record),
    });
    return parseRecord(entity, schema, body, 0);
  }

  private async request<T>(action: string, config: AxiosRequestConfig): Promise<T> {
    await this.session.open();
    const used = this.session.cookie;
    try {
      return await this.send<T>(config);
    } catch (error) {
      const remote = toRemoteError('Acumatica', action, error);
      if (remote.status !== 401) throw decorate(remote, config);
      await this.session.renew(used, action);
      try {
        return await this.send<T>(config);
      } catch (retryError) {
        throw decorate(toRemoteError('Acumatica', action, retryError), config);
      }
    }
  }

  private async send<T>(config: AxiosRequestConfig): Promise<T> {
    const response = await this.http.request<T>({
      ...config,
      headers: { ...config.headers, Cookie: this.session.cookie },
    });
    this.session.noteServerTime(response.headers.date);
    return response.data;
  }
}

function decorate(error: RemoteError, config: AxiosRequestConfig): RemoteError {
  if (error.status === 404 && typeof config.url === 'string' && config.url.startsWith('/entity/')) {
    return new RemoteError(
      error.system,
      error.action,
      error.status,
      withAdvice(
        error.detail,
        `The endpoint ${config.url.split('/').slice(0, 4).join('/')} may be missing: is the Kensium Commerce customization published?`,
      ),
      error.url,
      { cause: error },
    );
  }
  return error;
}

function parseRecord<S extends z.ZodType>(entity: string, schema: S, record: unknown, index: number): z.output<S> {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const key = (record as WireRecord | undefined)?.id ?? `#${index + 1}`;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join('/') || '(record)'}: ${issue.message}`)
    .join('; ');
  throw new ContractError(`Failed to read ${entity} record ${String(key)} from Acumatica: ${problems}.`);
}

function toParams(query: Query): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (query.filter) params.$filter = query.filter;
  if (query.expand?.length) params.$expand = query.expand.join(',');
  if (query.select?.length) params.$select = query.select.join(',');
  if (query.top !== undefined) params.$top = query.top;
  if (query.skip !== undefined) params.$skip = query.skip;
  return params;
}

/** Quotes a string literal for $filter (OData doubles single quotes). */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
