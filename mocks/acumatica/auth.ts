import { randomBytes, randomUUID } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { EXCEPTION, sendBadRequest, sendException } from './errors';

export interface AcumaticaUser {
  name: string;
  password: string;
}

export interface AuthOptions {
  users: AcumaticaUser[];
  /** Tenant login names; the first is the default when a sign-in names none. */
  tenants: string[];
  /** Minutes of inactivity after which a session ends (Acumatica's default timeout is 20 minutes). */
  sessionTimeoutMinutes: number;
}

export interface Session {
  id: string;
  auth: string;
  user: string;
  tenant: string;
  branch?: string;
  lastSeen: number;
}

const loginSchema = z.object({
  name: z.string().min(1),
  password: z.string(),
  tenant: z.string().optional(),
  company: z.string().optional(),
  branch: z.string().optional(),
  locale: z.string().optional(),
});

const SESSION_COOKIE = 'ASP.NET_SessionId';
const AUTH_COOKIE = '.ASPXAUTH';

/** Cookie sign-in and sign-out as Acumatica does it, and the guard that answers 401 without a live session. */
export class Sessions {
  private sessions = new Map<string, Session>();

  constructor(private readonly options: AuthOptions) {}

  get count(): number {
    return this.sessions.size;
  }

  clear(): void {
    this.sessions.clear();
  }

  /** Ends every session now, as an administrator or a restart would (tests use it for "the session expired"). */
  expireAll(): void {
    this.sessions.clear();
  }

  router(): Router {
    const router = Router();
    router.post('/entity/auth/login', express.json(), express.urlencoded({ extended: false }), (req, res) => this.login(req, res));
    router.post('/entity/auth/logout', (req, res) => {
      const session = this.find(req);
      if (session) this.sessions.delete(session.id);
      res.clearCookie(SESSION_COOKIE).clearCookie(AUTH_COOKIE).status(204).end();
    });
    return router;
  }

  private login(req: Request, res: Response): void {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) {
      sendBadRequest(res, `The request is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      return;
    }
    const { name, password, tenant, company, branch } = parsed.data;
    const tenantName = tenant ?? company ?? this.options.tenants[0];
    if (!tenantName || !this.options.tenants.some((t) => t.toLowerCase() === tenantName.toLowerCase())) {
      sendException(res, 500, EXCEPTION.undefinedCompany, 'A proper company ID cannot be determined for the request.');
      return;
    }
    const user = this.options.users.find((u) => u.name.toLowerCase() === name.toLowerCase() && u.password === password);
    if (!user) {
      sendException(res, 500, EXCEPTION.pxException, 'Error: Invalid credentials. Please try again.');
      return;
    }
    const session: Session = { id: randomUUID(), auth: randomBytes(24).toString('hex'), user: user.name, tenant: tenantName, branch, lastSeen: Date.now() };
    this.sessions.set(session.id, session);
    res.cookie(SESSION_COOKIE, session.id, { httpOnly: true, path: '/' });
    res.cookie(AUTH_COOKIE, session.auth, { httpOnly: true, path: '/' });
    res.status(204).end();
  }

  /** The live session of a request, if any; an idle one past the timeout is ended. */
  find(req: Request): Session | undefined {
    const cookies = parseCookies(req.headers.cookie);
    const session = this.sessions.get(cookies[SESSION_COOKIE] ?? '');
    if (!session || session.auth !== cookies[AUTH_COOKIE]) return undefined;
    if (Date.now() - session.lastSeen > this.options.sessionTimeoutMinutes * 60_000) {
      this.sessions.delete(session.id);
      return undefined;
    }
    session.lastSeen = Date.now();
    return session;
  }

  /** Lets a request through only with a live session, which it puts on `res.locals.session`. */
  guard() {
    return (req: Request, res: Response, next: NextFunction) => {
      const session = this.find(req);
      if (!session) {
        res.status(401).json({ message: 'Authorization has been denied for this request.' });
        return;
      }
      res.locals.session = session;
      next();
    };
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}
