import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import { RemoteError, withAdvice } from '../errors';
import { toRemoteError } from '../http/http-client';

/** Who signs in to Acumatica: a user of a tenant, optionally to one branch. */
export interface AcumaticaCredentials {
  username: string;
  password: string;
  tenant: string;
  branch?: string;
}

/**
 * A cookie session of Acumatica (`POST /entity/auth/login` and `/entity/auth/logout`), shared by the
 * contract-based REST API and the Customization API, which both take these cookies (and the latter no
 * OAuth token). Requests that find the session gone sign in again through `renew`, once for all of them.
 */
export class AcumaticaSession {
  private cookies: string | undefined;
  private signingIn: Promise<void> | undefined;
  /** The clock of the Acumatica server, from the Date header of its last answer. */
  serverTime: Date | undefined;

  constructor(
    private readonly http: AxiosInstance,
    private readonly credentials: AcumaticaCredentials,
    private readonly logger: Logger,
  ) {}

  /** The user the session signs in as. */
  get user(): string {
    return this.credentials.username;
  }

  /** The Cookie header of the session, undefined while signed out. */
  get cookie(): string | undefined {
    return this.cookies;
  }

  /** Signs in; calls made while a sign-in is under way wait for that one instead of starting another. */
  signIn(): Promise<void> {
    this.signingIn ??= this.postLogin().finally(() => (this.signingIn = undefined));
    return this.signingIn;
  }

  /** Signs in unless the session is open. */
  async open(): Promise<void> {
    if (!this.cookies) await this.signIn();
  }

  /**
   * After a request sent with the cookie `used` was refused with 401 (the session expired or was ended on
   * the server): signs in again, unless another request already did, in which case its cookies are used.
   */
  async renew(used: string | undefined, action: string): Promise<void> {
    if (this.cookies === used) {
      this.logger.info({ action }, 'Acumatica session expired; signing in again');
      this.cookies = undefined;
    }
    await this.open();
  }

  /** Ends the session. A failure is only logged: an abandoned session merely expires later. */
  async signOut(): Promise<void> {
    const cookies = this.cookies;
    this.cookies = undefined;
    if (!cookies) return;
    try {
      await this.http.post('/entity/auth/logout', undefined, { headers: { Cookie: cookies } });
    } catch (error) {
      this.logger.warn({ err: toRemoteError('Acumatica', 'sign out', error).message }, 'sign-out failed');
    }
  }

  /** Keeps the server's clock from an answer's Date header. */
  noteServerTime(header: unknown): void {
    const time = typeof header === 'string' ? new Date(header) : undefined;
    if (time && !Number.isNaN(time.getTime())) this.serverTime = time;
  }

  private async postLogin(): Promise<void> {
    const { username, password, tenant, branch } = this.credentials;
    try {
      const response = await this.http.post('/entity/auth/login', { name: username, password, tenant, branch });
      this.noteServerTime(response.headers.date);
      this.cookies = (response.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
    } catch (error) {
      const remote = toRemoteError('Acumatica', `sign in as ${username} to tenant ${tenant}`, error);
      // Only an answer can be about the credentials; no answer at all is about the URL (the error says so).
      if (remote.status === undefined) throw remote;
      throw new RemoteError(
        remote.system,
        remote.action,
        remote.status,
        withAdvice(remote.detail, 'Check ACUMATICA_USERNAME, ACUMATICA_PASSWORD and ACUMATICA_TENANT'),
        remote.url,
        { cause: error },
      );
    }
  }
}
