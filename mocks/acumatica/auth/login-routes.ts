import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { EXCEPTION, sendBadRequest, sendException } from '../errors';
import { AUTH_COOKIE, SESSION_COOKIE, type Sessions, type SignInFailure } from './sessions';

const loginSchema = z.object({
  name: z.string().min(1),
  password: z.string(),
  tenant: z.string().optional(),
  /** The older name of `tenant`, still sent by older clients. */
  company: z.string().optional(),
  branch: z.string().optional(),
  locale: z.string().optional(),
});

/** `POST /entity/auth/login` and `POST /entity/auth/logout`, as Acumatica answers them. */
export function loginRouter(sessions: Sessions): Router {
  const router = Router();
  router.post('/entity/auth/login', express.json(), express.urlencoded({ extended: false }), (req, res) => {
    const parsed = loginSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      return sendBadRequest(
        res,
        `The request is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`,
      );
    }
    const { name, password, tenant, company, branch, locale } = parsed.data;
    const session = sessions.open({ name, password, tenant: tenant ?? company ?? '', branch, locale, kind: 'cookie' });
    if (typeof session === 'string') return sendSignInFailure(res, session);
    res.cookie(SESSION_COOKIE, session.id, { httpOnly: true, path: '/' });
    res.cookie(AUTH_COOKIE, session.auth, { httpOnly: true, path: '/' });
    res.status(204).end();
  });
  router.post('/entity/auth/logout', (req, res) => {
    const session = sessions.find(req);
    if (session) sessions.end(session.id);
    res.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(AUTH_COOKIE, { path: '/' }).status(204).end();
  });
  return router;
}

export function sendSignInFailure(res: Response, failure: SignInFailure): void {
  if (failure === 'tenant')
    return sendException(
      res,
      500,
      EXCEPTION.undefinedCompany,
      'A proper company ID cannot be determined for the request.',
    );
  if (failure === 'credentials')
    return sendException(res, 500, EXCEPTION.pxException, 'Error: Invalid credentials. Please try again.');
  sendException(res, 429, EXCEPTION.pxException, 'API Login Limit');
}
