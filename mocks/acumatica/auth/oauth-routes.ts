import { randomBytes } from 'node:crypto';
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { Sessions } from './sessions';

/** A connected application (Acumatica's Connected Applications form, SM303010). */
export interface OAuthClient {
  /** Acumatica's client IDs end with `@Tenant`. */
  clientId: string;
  secret: string;
}

export interface OAuthOptions {
  clients: OAuthClient[];
  /** Lifetime of an access token (`expires_in`). */
  tokenLifetimeSeconds: number;
}

const tokenRequest = z.discriminatedUnion('grant_type', [
  z.object({
    grant_type: z.literal('password'),
    client_id: z.string(),
    client_secret: z.string().optional(),
    username: z.string(),
    password: z.string(),
    scope: z.string().optional(),
  }),
  z.object({
    grant_type: z.literal('refresh_token'),
    client_id: z.string(),
    client_secret: z.string().optional(),
    refresh_token: z.string(),
  }),
]);

interface Grant {
  clientId: string;
  user: string;
  tenant: string;
  scope: string;
}

/**
 * OAuth 2.0 as Acumatica's identity server offers it: `POST /identity/connect/token` with the resource
 * owner password grant and the refresh token grant (scope `offline_access`), and the discovery document.
 * Each access token stands for one API session and counts against the license like a cookie sign-in.
 */
export function oauthRouter(sessions: Sessions, options: OAuthOptions): Router {
  const router = Router();
  const refreshTokens = new Map<string, Grant>();
  router.get('/identity/.well-known/openid-configuration', (req, res) => {
    const issuer = `${req.protocol}://${req.get('host')}/identity`;
    res.json({
      issuer,
      token_endpoint: `${issuer}/connect/token`,
      authorization_endpoint: `${issuer}/connect/authorize`,
      scopes_supported: ['api', 'offline_access', 'api:concurrent_access', 'openid', 'profile'],
      grant_types_supported: ['authorization_code', 'implicit', 'password', 'refresh_token', 'hybrid'],
    });
  });
  router.post('/identity/connect/token', express.urlencoded({ extended: false }), (req, res) => {
    const parsed = tokenRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const grant = (req.body as { grant_type?: unknown } | undefined)?.grant_type;
      if (typeof grant === 'string' && grant !== 'password' && grant !== 'refresh_token')
        return oauthError(res, 'unsupported_grant_type', `The grant type ${grant} is not supported.`);
      return oauthError(
        res,
        'invalid_request',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    }
    const request = parsed.data;
    const client = options.clients.find((c) => c.clientId.toLowerCase() === request.client_id.toLowerCase());
    if (!client || client.secret !== request.client_secret) return oauthError(res, 'invalid_client');
    let grant: Grant;
    let password: string | undefined;
    if (request.grant_type === 'password') {
      grant = {
        clientId: client.clientId,
        user: request.username,
        tenant: client.clientId.split('@')[1] ?? '',
        scope: request.scope ?? 'api',
      };
      password = request.password;
    } else {
      const known = refreshTokens.get(request.refresh_token);
      if (!known || known.clientId !== client.clientId)
        return oauthError(res, 'invalid_grant', 'The refresh token is invalid or expired.');
      refreshTokens.delete(request.refresh_token);
      grant = known;
    }
    const session =
      password === undefined
        ? sessions.openTrusted({ name: grant.user, tenant: grant.tenant, kind: 'oauth' })
        : sessions.open({ name: grant.user, password, tenant: grant.tenant, kind: 'oauth' });
    if (session === 'credentials') return oauthError(res, 'invalid_grant', 'invalid_username_or_password');
    if (session === 'tenant')
      return oauthError(res, 'invalid_client', `The tenant of client ${client.clientId} is not known.`);
    if (session === 'limit')
      return void res.status(429).json({ error: 'invalid_grant', error_description: 'API Login Limit' });
    const accessToken = randomBytes(32).toString('base64url');
    sessions.bindToken(accessToken, session.id, options.tokenLifetimeSeconds);
    const answer: Record<string, unknown> = {
      access_token: accessToken,
      expires_in: options.tokenLifetimeSeconds,
      token_type: 'Bearer',
      scope: grant.scope,
    };
    if (grant.scope.split(/\s+/).includes('offline_access')) {
      const refreshToken = randomBytes(32).toString('base64url');
      refreshTokens.set(refreshToken, grant);
      answer.refresh_token = refreshToken;
    }
    res.set('Cache-Control', 'no-store').json(answer);
  });
  return router;
}

function oauthError(res: Response, error: string, description?: string): void {
  res.status(400).json(description ? { error, error_description: description } : { error });
}
