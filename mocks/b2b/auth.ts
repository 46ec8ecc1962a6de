import type { NextFunction, Request, Response } from 'express';

/** The bearer tokens the API accepts: full access, or reading only. */
export interface TokenGrants {
  readWrite: readonly string[];
  readOnly: readonly string[];
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const REALM = 'Bearer realm="Better B2B"';

/**
 * Bearer-token authentication of /api/v1, answered as RFC 6750 describes: 401 without a token or with an
 * unknown one, 403 when a read-only token (a BigCommerce-style "read-only" API account scope) writes.
 */
export function bearerAuth(grants: TokenGrants) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!token) {
      res.set('WWW-Authenticate', REALM);
      res.status(401).json({
        message:
          'Failed to authenticate: the request has no bearer token. Send the header "Authorization: Bearer <token>".',
      });
      return;
    }
    const writes = grants.readWrite.includes(token);
    if (!writes && !grants.readOnly.includes(token)) {
      res.set('WWW-Authenticate', `${REALM}, error="invalid_token"`);
      res.status(401).json({
        message: 'Failed to authenticate: the bearer token is not valid for this store. Check the token (B2B_TOKEN).',
      });
      return;
    }
    if (!writes && !READS.has(req.method)) {
      res.set('WWW-Authenticate', `${REALM}, error="insufficient_scope"`);
      res.status(403).json({
        message: `Failed to ${req.method} ${req.originalUrl}: this token may only read. Use a token with write access.`,
      });
      return;
    }
    next();
  };
}
