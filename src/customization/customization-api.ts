import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AcumaticaSession, type AcumaticaCredentials } from '../acumatica/session';
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

  /**
   * Calls one method and returns the answer as the server gave it, whatever its status: real servers answer
   * 204 or an empty body where the documents show a log, and 400 with a log where a publication failed, so
   * reading the answer is the caller's. Throws a RemoteError without status only when no answer came (the
   * connection was reset or refused, or the time limit passed).
   */
  async post(method: string, body: Record<string, unknown>): Promise<ApiAnswer> {
    try {
      const response = await this.http.post(`/CustomizationApi/${method}`, body, {
        headers: { Cookie: this.session.cookie, 'Content-Type': 'application/json' },
        validateStatus: () => true,
      });
      return { status: response.status, data: response.data === '' ? undefined : response.data };
    } catch (error) {
      throw toRemoteError('Acumatica', `call ${method} of the Customization API`, error);
    }
  }
}

/** An answer of the Customization API: its status and its body (parsed JSON, text, or undefined when empty). */
export interface ApiAnswer {
  status: number;
  data: unknown;
}

/** The log of an answer body, if it has one (`{ log: [...] }`); an empty list otherwise. */
export function logOf(data: unknown): LogEntry[] {
  const parsed = answerSchema.safeParse(data);
  return parsed.success ? parsed.data.log : [];
}

/** The messages of the error entries of a log. */
export function errorsOf(log: LogEntry[]): string[] {
  return log.filter((entry) => entry.logType.toLowerCase() === 'error').map((entry) => entry.message);
}
