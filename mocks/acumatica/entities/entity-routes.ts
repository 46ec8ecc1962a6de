import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { findEndpoint, type EndpointDefinition } from '../endpoints/definitions';
import { sendBadRequest, sendException, sendNoEntity, sendNoResource, sendValidationErrors } from '../errors';
import { CANNOT_OPTIMIZE, cannotOptimizeMessage, unoptimizableFields, type OptimizerOptions } from '../query/optimizer';
import { findByPath, findForPut, query } from './lookup';
import { BodyError, parseBody } from './put-body';
import { putRecord } from './put-record';
import { QueryError, readQuery, type Target } from '../query/query-parameters';
import type { RecordWriter } from './record-writer';
import { hydrate } from './relations';
import type { StoredRecord } from './store';
import { linksOf, toWire, type Projection } from '../query/wire-format';

export interface EntityRouteDeps {
  records: RecordWriter;
  endpoints: () => EndpointDefinition[];
  /** How list requests are optimised (the strict mode refuses expanded details). */
  optimizer: () => OptimizerOptions;
}

/** The contract-based REST routes under /entity/{endpoint}/{version}/{entity}: list, get, put, delete. */
export function entityRouter(deps: EntityRouteDeps): Router {
  const router = Router();
  const { records } = deps;
  const store = records.store;
  const resolve = (req: Request, res: Response): Target | undefined => {
    const { endpoint: name, version, entity } = req.params as Record<string, string>;
    const endpoint = findEndpoint(deps.endpoints(), name, version);
    const definition = endpoint?.topLevel[entity];
    if (!endpoint || !definition) {
      sendNoResource(res, `${req.protocol}://${req.get('host')}${req.originalUrl}`);
      return undefined;
    }
    return { endpoint, entity, definition, base: `/entity/${endpoint.name}/${endpoint.version}/${entity}` };
  };
  const wire = (target: Target, record: StoredRecord, projection: Projection, rowNumber: number) => {
    const files = `/entity/${target.endpoint.name}/${target.endpoint.version}/files/${target.definition.graph ?? target.entity}`;
    return toWire(hydrate(target.entity, record, store), target.definition, target.endpoint, projection, {
      rowNumber,
      links: linksOf(target.base, files, record),
    });
  };

  router.get('/entity/:endpoint/:version/:entity', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const { filter, projection, top, skip = 0 } = readQuery(req, target);
    const refused = unoptimizableFields(target, projection, deps.optimizer());
    if (refused.length > 0) return sendException(res, 500, CANNOT_OPTIMIZE, cannotOptimizeMessage(refused));
    const page = query(store, target, filter).slice(skip, top === undefined ? undefined : skip + top);
    res.json(page.map((record, index) => wire(target, record, projection, index + 1)));
  });

  router.get('/entity/:endpoint/:version/:entity/*keys', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const { projection } = readQuery(req, target);
    const record = findByPath(store, target, (req.params as { keys: string[] }).keys);
    if (!record) return sendNoEntity(res);
    res.json(wire(target, record, projection, 1));
  });

  router.delete('/entity/:endpoint/:version/:entity/*keys', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const record = findByPath(store, target, (req.params as { keys: string[] }).keys);
    if (!record) return sendNoEntity(res);
    records.delete(target.entity, record);
    res.status(204).end();
  });

  router.put('/entity/:endpoint/:version/:entity', express.json({ limit: '20mb' }), (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const { filter, projection } = readQuery(req, target);
    const body = parseBody(req.body, target.definition, target.endpoint, target.entity, target.entity);
    const existing = findForPut(store, target, body.id, body.fields, filter);
    if (existing === 'none') return sendNoEntity(res);
    if (existing && req.get('If-None-Match') === '*')
      return void res.status(412).json({ message: `The ${target.entity} record already exists.` });
    if (!existing && req.get('If-Match') === '*')
      return void res.status(412).json({ message: `The ${target.entity} record does not exist.` });
    const result = putRecord(records, target, body, existing);
    if ('errors' in result) return sendValidationErrors(res, req.body, result.errors, target.entity, Boolean(existing));
    res.json(wire(target, result.saved, answerProjection(req.body, projection), 1));
  });

  router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof QueryError) return sendBadRequest(res, error.message);
    if (error instanceof BodyError) return sendBadRequest(res, `The request is invalid: ${error.message}.`);
    next(error);
  });
  return router;
}

/**
 * A PUT answers with the fields the request sent or asked for ($select, $expand, $custom), not the whole
 * record: Acumatica's documentation of the 200 answer says so.
 */
function answerProjection(body: unknown, asked: Projection): Projection {
  const select = new Set(asked.select ?? []);
  const expand = new Set(asked.expand);
  const walk = (node: unknown, prefix: string) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [name, value] of Object.entries(node)) {
      if (['id', 'rowNumber', 'note', 'custom', '_links', 'delete', 'error', 'files'].includes(name)) continue;
      const path = `${prefix}${name}`;
      if (Array.isArray(value)) {
        expand.add(path);
        value.forEach((row) => walk(row, `${path}/`));
      } else if (typeof value === 'object' && value !== null && !('value' in value) && Object.keys(value).length > 0) {
        expand.add(path);
        walk(value, `${path}/`);
      } else select.add(path);
    }
  };
  walk(body, '');
  return { expand, select, custom: asked.custom };
}
