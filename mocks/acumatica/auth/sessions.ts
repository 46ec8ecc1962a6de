import { randomBytes, randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { sendUnauthorized } from '../errors';

export interface AcumaticaUser {
  name: string;
  password: string;
}

export interface SessionOptions {
  users: AcumaticaUser[];
  /** Tenant login names; the first is the default when a sign-in names none. */
  tenants: string[];
  /** Minutes of inactivity after which a session ends (Acumatica's default timeout is 20 minutes). */
  sessionTimeoutMinutes: number;
  /** The license's Maximum Number of Web Services API Users, read at each sign-in (null: no limit). */
  maxSessions: () => number | null;
  clock: () => number;
}

export interface Session {
  id: string;
  /** The value of the `.ASPXAUTH` cookie. */
  auth: string;
  user: string;
  tenant: string;
  branch?: string;
  locale?: string;
  /** How the session was opened: cookie sign-in or an OAuth 2.0 token. */
  kind: 'cookie' | 'oauth';
  lastSeen: number;
}

export const SESSION_COOKIE = 'ASP.NET_SessionId';
export const AUTH_COOKIE = '.ASPXAUTH';

export type SignInFailure = 'credentials' | 'tenant' | 'limit';

interface SessionRequest {
  name: string;
  tenant: string;
  branch?: string;
  locale?: string;
  kind: Session['kind'];
}

/**
 * The API sessions of the instance: opened by a cookie sign-in or an OAuth token, found again by their
 * cookies or bearer token, ended by sign-out, by inactivity past the timeout, or by the control API.
 */
export class Sessions {
  private sessions = new Map<string, Session>();
  private bearer = new Map<string, { sessionId: string; expiresAt: number }>();

  constructor(private readonly options: SessionOptions) {}

  /** Live sessions (idle ones past the timeout are ended first). */
  get count(): number {
    this.purge();
    return this.sessions.size;
  }

  list(): Array<Omit<Session, 'auth'>> {
    this.purge();
    return [...this.sessions.values()].map(({ auth: _secret, ...rest }) => rest);
  }

  clear(): void {
    this.sessions.clear();
    this.bearer.clear();
  }

  /** Ends every session now, as an administrator or a restart would (tests use it for "the session expired"). */
  expireAll(): void {
    this.clear();
  }

  /** The tenant a sign-in names (`tenant`, or the older `company`), or the default tenant; undefined when unknown. */
  tenant(name: string | undefined): string | undefined {
    if (name === undefined || name === '') return this.options.tenants[0];
    return this.options.tenants.find((tenant) => tenant.toLowerCase() === name.toLowerCase());
  }

  /** Checks the credentials and the license, and opens a session. */
  open(request: SessionRequest & { password: string }): Session | SignInFailure {
    const user = this.options.users.find((u) => u.name.toLowerCase() === request.name.toLowerCase());
    return this.openFor(user && user.password === request.password ? user : undefined, request);
  }

  /** Opens a session for a user whose identity is already proven (an OAuth refresh token). */
  openTrusted(request: SessionRequest): Session | SignInFailure {
    return this.openFor(
      this.options.users.find((u) => u.name.toLowerCase() === request.name.toLowerCase()),
      request,
    );
  }

  private openFor(user: AcumaticaUser | undefined, request: SessionRequest): Session | SignInFailure {
    const tenant = this.tenant(request.tenant);
    if (!tenant) return 'tenant';
    if (!user) return 'credentials';
    const max = this.options.maxSessions();
    if (max !== null && this.count >= max) return 'limit';
    const session: Session = {
      id: randomUUID(),
      auth: randomBytes(24).toString('hex'),
      user: user.name,
      tenant,
      branch: request.branch,
      locale: request.locale,
      kind: request.kind,
      lastSeen: this.options.clock(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
    for (const [token, entry] of this.bearer) if (entry.sessionId === id) this.bearer.delete(token);
  }

  /** Lets a bearer token stand for a session until it expires. */
  bindToken(token: string, sessionId: string, lifetimeSeconds: number): void {
    this.bearer.set(token, { sessionId, expiresAt: this.options.clock() + lifetimeSeconds * 1000 });
  }

  /** The live session of a request (by its cookies or its bearer token), if any; an idle one past the timeout is ended. */
  find(req: Request): Session | undefined {
    const session = this.sessionOf(req);
    if (!session) return undefined;
    const now = this.options.clock();
    if (this.idle(session, now)) {
      this.end(session.id);
      return undefined;
    }
    session.lastSeen = now;
    return session;
  }

  private sessionOf(req: Request): Session | undefined {
    const token = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (token) {
      const entry = this.bearer.get(token);
      if (!entry || entry.expiresAt <= this.options.clock()) return undefined;
      return this.sessions.get(entry.sessionId);
    }
    const cookies = parseCookies(req.headers.cookie);
    const session = this.sessions.get(cookies[SESSION_COOKIE] ?? '');
    return session && session.auth === cookies[AUTH_COOKIE] ? session : undefined;
  }

  private idle(session: Session, now: number): boolean {
    return now - session.lastSeen > this.options.sessionTimeoutMinutes * 60_000;
  }

  private purge(): void {
    const now = this.options.clock();
    for (const session of this.sessions.values()) if (this.idle(session, now)) this.end(session.id);
  }

  /** Lets a request through only with a live session, which it puts on `res.locals.session`. */
  guard() {
    return (req: Request, res: Response, next: NextFunction) => {
      const session = this.find(req);
      if (!session) return sendUnauthorized(res);
      res.locals.session = session;
      next();
    };
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = safeDecode(part.slice(index + 1).trim());
  }
  return cookies;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
