import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ContractError } from '../errors';
import { createHttpClient, toRemoteError } from '../http/http-client';
import {
  addressSchema,
  companySchema,
  roleSchema,
  userSchema,
  type AddressPayload,
  type Company,
  type CompanyAddress,
  type CompanyPayload,
  type CompanyUser,
  type Role,
  type UserPayload,
} from './resources';

export interface B2BClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  maxAttempts: number;
  logger: Logger;
  backoffMs?: number;
  maxRetryWaitMs?: number;
  /** The server's requests-per-minute limit, to pace the requests under. */
  requestsPerMinute?: number;
}

/** The outcome of a write: what was sent, where, and what came back (the connector log shows all three). */
export interface Sent<T> {
  url: string;
  payload: unknown;
  result: T;
}

/**
 * Creates that Better B2B refuses to repeat (409: one company per Acumatica customer id, one user per email,
 * one address per external id in a company), so that a create sent again after a 5xx or a time-out cannot
 * make a duplicate; the writers adopt the record the 409 names (company-writer.ts, writes.ts).
 */
const REPEAT_SAFE = { repeatSafe: true };

const envelope = z.object({ data: z.unknown() }, { message: 'expected a JSON object with "data"' });

/** A client of the Better B2B REST API (bearer token, JSON envelopes `{ data }`). */
export class B2BClient {
  private readonly http: AxiosInstance;

  constructor(private readonly options: B2BClientOptions) {
    this.http = createHttpClient({
      system: 'Better B2B',
      baseURL: `${options.baseUrl}/api/v1`,
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      logger: options.logger,
      backoffMs: options.backoffMs,
      maxRetryWaitMs: options.maxRetryWaitMs,
      requestsPerMinute: options.requestsPerMinute,
    });
  }

  /** The full URL of a path under /api/v1, as the connector log shows it. */
  url(path: string): string {
    return `${this.options.baseUrl}/api/v1${path}`;
  }

  async findCompanyByCustomerId(customerId: string): Promise<Company | undefined> {
    const companies = await this.call(`find the company of Acumatica customer ${customerId}`, z.array(companySchema), {
      method: 'GET',
      url: '/company',
      params: { acumatica_customer_id: customerId },
    });
    return companies.find((company) => company.acumatica_customer_id === customerId);
  }

  async getCompany(companyId: number): Promise<Company | undefined> {
    return this.getOrUndefined(`read company ${companyId}`, companySchema, `/company/${companyId}`);
  }

  createCompany(payload: CompanyPayload): Promise<Sent<Company>> {
    return this.write(
      `create the company of ${payload.acumatica_customer_id}`,
      companySchema,
      'POST',
      '/company',
      payload,
      REPEAT_SAFE,
    );
  }

  updateCompany(companyId: number, payload: CompanyPayload): Promise<Sent<Company>> {
    return this.write(`update company ${companyId}`, companySchema, 'PUT', `/company/${companyId}`, payload);
  }

  async listAddresses(companyId: number): Promise<CompanyAddress[]> {
    return this.call(`read the address book of company ${companyId}`, z.array(addressSchema), {
      method: 'GET',
      url: `/address/${companyId}`,
    });
  }

  createAddress(companyId: number, payload: AddressPayload): Promise<Sent<CompanyAddress>> {
    return this.write(
      `add address ${payload.address_label} to company ${companyId}`,
      addressSchema,
      'POST',
      `/address/${companyId}`,
      payload,
      REPEAT_SAFE,
    );
  }

  updateAddress(companyId: number, addressId: number, payload: AddressPayload): Promise<Sent<CompanyAddress>> {
    return this.write(
      `update address ${addressId} of company ${companyId}`,
      addressSchema,
      'PUT',
      `/address/${companyId}/${addressId}`,
      payload,
    );
  }

  async deleteAddress(companyId: number, addressId: number): Promise<void> {
    await this.call(`delete address ${addressId} of company ${companyId}`, undefined, {
      method: 'DELETE',
      url: `/address/${companyId}/${addressId}`,
    });
  }

  async listUsers(companyId: number): Promise<CompanyUser[]> {
    return this.call(`read the users of company ${companyId}`, z.array(userSchema), {
      method: 'GET',
      url: `/company/${companyId}/users`,
    });
  }

  createUser(companyId: number, payload: UserPayload): Promise<Sent<CompanyUser>> {
    return this.write(
      `add user ${payload.email} to company ${companyId}`,
      userSchema,
      'POST',
      `/company/${companyId}/users`,
      payload,
      REPEAT_SAFE,
    );
  }

  updateUser(companyId: number, userId: number, payload: UserPayload): Promise<Sent<CompanyUser>> {
    return this.write(
      `update user ${userId} of company ${companyId}`,
      userSchema,
      'PUT',
      `/company/${companyId}/users/${userId}`,
      payload,
    );
  }

  async deleteUser(companyId: number, userId: number): Promise<void> {
    await this.call(`delete user ${userId} of company ${companyId}`, undefined, {
      method: 'DELETE',
      url: `/company/${companyId}/users/${userId}`,
    });
  }

  async listRoles(): Promise<Role[]> {
    return this.call('read the roles', z.array(roleSchema), { method: 'GET', url: '/roles' });
  }

  private async write<S extends z.ZodType>(
    action: string,
    schema: S,
    method: 'POST' | 'PUT',
    path: string,
    payload: unknown,
    options: Pick<AxiosRequestConfig, 'repeatSafe'> = {},
  ): Promise<Sent<z.output<S>>> {
    const result = await this.call(action, schema, { method, url: path, data: payload, ...options });
    return { url: this.url(path), payload, result };
  }

  private async getOrUndefined<S extends z.ZodType>(
    action: string,
    schema: S,
    path: string,
  ): Promise<z.output<S> | undefined> {
    try {
      return await this.call(action, schema, { method: 'GET', url: path });
    } catch (error) {
      if (error instanceof Error && 'status' in error && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Sends a request and checks the `data` of the answer against `schema` (no schema: the answer is ignored). */
  private async call<S extends z.ZodType>(action: string, schema: S, config: AxiosRequestConfig): Promise<z.output<S>>;
  private async call(action: string, schema: undefined, config: AxiosRequestConfig): Promise<void>;
  private async call(action: string, schema: z.ZodType | undefined, config: AxiosRequestConfig): Promise<unknown> {
    let body: unknown;
    try {
      const response = await this.http.request({
        ...config,
        headers: { Authorization: `Bearer ${this.options.token}` },
      });
      body = response.data;
    } catch (error) {
      throw toRemoteError('Better B2B', action, error);
    }
    if (!schema) return undefined;
    const result = envelope.pipe(z.object({ data: schema })).safeParse(body);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
      throw new ContractError(
        `Failed to ${action} in Better B2B: the answer is not what the API documents (${problems}).`,
      );
    }
    return result.data.data;
  }
}
