import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { sendNoResource, sendUnauthorized } from '../errors';
import type { Session, Sessions } from '../auth/sessions';
import type { Customizations } from './customizations';
import { CustomizationRequestError, PublishLog } from './publish-log';

const tenantMode = z.enum(['Current', 'All', 'List'], { message: 'expected Current, All or List' });
const schemas = {
  import: z.object({
    projectName: z.string().min(1, 'required'),
    projectDescription: z.string().optional(),
    projectLevel: z.number().int().optional(),
    isReplaceIfExists: z.boolean().optional(),
    projectContentBase64: z.string().optional(),
  }),
  publishbegin: z.object({
    projectNames: z.array(z.string().min(1)).min(1, 'name at least one project'),
    isMergeWithExistingPackages: z.boolean().optional(),
    isOnlyValidation: z.boolean().optional(),
    isOnlyDbUpdates: z.boolean().optional(),
    isReplayPreviouslyExecutedScripts: z.boolean().optional(),
    tenantMode: tenantMode.optional(),
    tenantLoginNames: z.array(z.string()).optional(),
  }),
  projectName: z.object({ projectName: z.string().min(1, 'required'), IsAutoResolveConflicts: z.boolean().optional() }),
  unpublishall: z.object({ tenantMode, tenantLoginNames: z.array(z.string()).optional() }),
};

export interface CustomizationRouteDeps {
  sessions: Sessions;
  customizations: Customizations;
  tenants: string[];
  now: () => number;
}

/**
 * Acumatica's Customization Web API: `POST /CustomizationApi/{method}`, method names without regard to
 * case, for a user signed in with cookies (an OAuth token is not accepted: 401). A refused request is a
 * 400 whose log holds the reason as an error entry.
 */
export function customizationRouter(deps: CustomizationRouteDeps): Router {
  const router = Router();
  const { customizations } = deps;
  router.post(
    '/CustomizationApi/:method',
    express.json({ limit: '50mb', type: ['application/json', 'text/json'] }),
    async (req, res) => {
      const session = deps.sessions.find(req);
      if (!session || session.kind !== 'cookie') return sendUnauthorized(res);
      const body: unknown = req.body ?? {};
      const method = req.params.method.toLowerCase();
      try {
        switch (method) {
          case 'import':
            return void res.json({ log: customizations.import(parse(schemas.import, body)) });
          case 'publishbegin': {
            const request = parse(schemas.publishbegin, body);
            tenantsOf(request.tenantMode ?? 'Current', request.tenantLoginNames, session, deps.tenants);
            return void res.json({ log: customizations.publishBegin(request) });
          }
          case 'publishend': {
            // A publication that failed answers 400 with its whole state and log, as real servers do.
            const state = await customizations.publishEnd();
            return void res.status(state.isFailed ? 400 : 200).json(state);
          }
          case 'getpublished':
            return void res.json(customizations.getPublished());
          case 'getproject':
            return void res.json(customizations.getProject(parse(schemas.projectName, body).projectName));
          case 'delete':
            return void res.json({ log: customizations.delete(parse(schemas.projectName, body).projectName) });
          case 'unpublishall': {
            const request = parse(schemas.unpublishall, body);
            return void res.json({
              log: customizations.unpublishAll(
                tenantsOf(request.tenantMode, request.tenantLoginNames, session, deps.tenants),
              ),
            });
          }
          default:
            return sendNoResource(res, `${req.protocol}://${req.get('host')}${req.originalUrl}`);
        }
      } catch (error) {
        if (error instanceof CustomizationRequestError) return refuse(res, error.message, deps.now);
        throw error;
      }
    },
  );
  return router;
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new CustomizationRequestError(
    `The request is invalid: ${result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}.`,
  );
}

/** The tenants a publication or an unpublication applies to. */
function tenantsOf(
  mode: z.infer<typeof tenantMode>,
  names: string[] | undefined,
  session: Session,
  tenants: string[],
): string[] {
  if (mode === 'Current') return [session.tenant];
  if (mode === 'All') return tenants;
  const unknown = (names ?? []).filter((name) => !tenants.some((t) => t.toLowerCase() === name.toLowerCase()));
  if (!names?.length || unknown.length > 0)
    throw new CustomizationRequestError(
      `tenantMode List needs tenantLoginNames of this instance's tenants (${tenants.join(', ')})${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
    );
  return names;
}

function refuse(res: Response, message: string, now: () => number): void {
  res.status(400).json({ log: new PublishLog(now).error(message).entries });
}
