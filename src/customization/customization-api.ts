import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ContractError, RemoteError } from '../errors';
import { createHttpClient, toRemoteError } from '../http/http-client';

/** One line of the log Acumatica's Customization API returns with every answer. */
export const logEntrySchema = z.object({
  timestamp: z.string().optional(),
  logType: z.string().default('information'),
  message: z.string(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

const answerSchema = z.looseObject({
  log: z
    .array(logEntrySchema)
    .nullish()
    .transform((log) => log ?? []),
});

export interface CustomizationApiOptions {
  baseUrl: string;
  username: string;
  password: string;
  tenant: string;
  branch?: string;
  timeoutMs: number;
  maxAttempts: number;
  logger: Logger;
}

/**
 * A client of Acumatica's Customization Web API (`/CustomizationApi/{method}`, all POST). It signs in with
 * cookies at /entity/auth/login: the Customization API does not accept OAuth tokens.
 */
export class CustomizationApi {
  private readonly http: AxiosInstance;
  private cookies: string | undefined;

  constructor(private readonly options: CustomizationApiOptions) {
    this.http = createHttpClient({
      system: 'Acumatica',
      baseURL: options.baseUrl,
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      logger: options.logger,
    });
  }

  async signIn(): Promise<void> {
    const { username, password, tenant, branch } = this.options;
    try {
      const response = await this.http.post('/entity/auth/login', { name: username, password, tenant, branch });
      this.cookies = (response.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
    } catch (error) {
      const remote = toRemoteError('Acumatica', `sign in as ${username} to tenant ${tenant}`, error);
      throw new RemoteError(
        remote.system,
        remote.action,
        remote.status,
        `${remote.detail}. Check ACUMATICA_USERNAME, ACUMATICA_PASSWORD and ACUMATICA_TENANT`,
        remote.url,
        { cause: error },
      );
    }
  }

  /** Ends the session; a failure is only logged, since an abandoned session merely expires later. */
  async signOut(): Promise<void> {
    const cookies = this.cookies;
    this.cookies = undefined;
    if (!cookies) return;
    await this.http
      .post('/entity/auth/logout', undefined, { headers: { Cookie: cookies } })
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: toRemoteError('Acumatica', 'sign out', error).message },
          'sign-out after publishing failed',
        ),
      );
  }

  /** Calls one method; a refused call (400 and the like) becomes a RemoteError carrying the log's errors. */
  async call<S extends z.ZodType>(
    method: string,
    body: Record<string, unknown>,
    schema: S,
    action: string,
  ): Promise<z.output<S>> {
    let data: unknown;
    try {
      data = (
        await this.http.post(`/CustomizationApi/${method}`, body, {
          headers: { Cookie: this.cookies, 'Content-Type': 'application/json' },
        })
      ).data;
    } catch (error) {
      const remote = toRemoteError('Acumatica', action, error);
      const log = answerSchema.safeParse((error as { response?: { data?: unknown } }).response?.data);
      const reasons = log.success ? errorsOf(log.data.log) : [];
      const advice =
        remote.status === 401
          ? '. The user must sign in with a name and password (not OAuth)'
          : remote.status === 403
            ? '. The user needs the Customizer role'
            : '';
      throw new RemoteError(
        remote.system,
        remote.action,
        remote.status,
        `${reasons.length > 0 ? reasons.join('; ') : remote.detail}${advice}`,
        remote.url,
        { cause: error },
      );
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      throw new ContractError(
        `Failed to ${action}: Acumatica's answer to ${method} is not what its Customization API documents (${parsed.error.issues[0]?.message}).`,
      );
    return parsed.data;
  }
}

export const logAnswer = answerSchema;

export const publishEndSchema = answerSchema.extend({ isCompleted: z.boolean(), isFailed: z.boolean() });

/** The messages of the error entries of a log. */
export function errorsOf(log: LogEntry[]): string[] {
  return log.filter((entry) => entry.logType.toLowerCase() === 'error').map((entry) => entry.message);
}
