import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AcumaticaSession, type AcumaticaCredentials } from '../acumatica/session';
import { ContractError, RemoteError, withAdvice } from '../errors';
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

export interface CustomizationApiOptions extends AcumaticaCredentials {
  baseUrl: string;
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
  private readonly session: AcumaticaSession;

  constructor(options: CustomizationApiOptions) {
    this.http = createHttpClient({
      system: 'Acumatica',
      baseURL: options.baseUrl,
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      logger: options.logger,
    });
    this.session = new AcumaticaSession(this.http, options, options.logger);
  }

  signIn(): Promise<void> {
    return this.session.signIn();
  }

  /** Ends the session; a failure is only logged, since an abandoned session merely expires later. */
  signOut(): Promise<void> {
    return this.session.signOut();
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
          headers: { Cookie: this.session.cookie, 'Content-Type': 'application/json' },
        })
      ).data;
    } catch (error) {
      const remote = toRemoteError('Acumatica', action, error);
      const log = answerSchema.safeParse((error as { response?: { data?: unknown } }).response?.data);
      const reasons = log.success ? errorsOf(log.data.log) : [];
      const reason = reasons.length > 0 ? reasons.join('; ') : remote.detail;
      const advice =
        remote.status === 401
          ? 'The user must sign in with a name and password (not OAuth)'
          : remote.status === 403
            ? 'The user needs the Customizer role'
            : undefined;
      throw new RemoteError(
        remote.system,
        remote.action,
        remote.status,
        advice ? withAdvice(reason, advice) : reason,
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
