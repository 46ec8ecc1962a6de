import { Router, type Request } from 'express';
import type { EndpointDefinition } from '../endpoints/definitions';
import { sendNoResource, sendUnauthorized } from '../errors';
import type { Sessions } from '../auth/sessions';
import { endpointSwagger, instanceSwagger } from './swagger';

export const BUILD_VERSION = '24.210.0012';

/**
 * What a client learns about the instance: `GET /entity` (version and endpoints with absolute hrefs, under
 * the site's virtual directory when it has one; system endpoints only before sign-in), `GET /entity/swagger.json` and each endpoint's `swagger.json` (signed in, or `?company=`).
 */
export function discoveryRouter(
  sessions: Sessions,
  endpoints: () => readonly EndpointDefinition[],
  basePath = '',
): Router {
  const router = Router();
  const site = (req: Request) => `${origin(req)}${basePath}`;
  router.get('/entity/swagger.json', (req, res) => {
    res.json(instanceSwagger(site(req)));
  });
  router.get('/entity', (req, res) => {
    const signedIn = Boolean(sessions.find(req));
    res.json({
      version: { acumaticaBuildVersion: BUILD_VERSION, databaseVersion: BUILD_VERSION },
      endpoints: endpoints()
        .filter((endpoint) => endpoint.name === 'Default' || signedIn)
        .map((endpoint) => ({
          name: endpoint.name,
          version: endpoint.version,
          href: `${site(req)}/entity/${endpoint.name}/${endpoint.version}/`,
        })),
    });
  });
  router.get('/entity/:endpoint/:version/swagger.json', (req, res) => {
    const company = typeof req.query.company === 'string' ? req.query.company : undefined;
    if (!sessions.find(req) && !(company && sessions.tenant(company))) return sendUnauthorized(res);
    const endpoint = endpoints().find(
      (e) => e.name.toLowerCase() === req.params.endpoint.toLowerCase() && e.version === req.params.version,
    );
    if (!endpoint) return sendNoResource(res, `${origin(req)}${req.originalUrl}`);
    res.json(endpointSwagger(endpoint, `${site(req)}/entity/${endpoint.name}/${endpoint.version}`));
  });
  return router;
}

export function origin(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}
