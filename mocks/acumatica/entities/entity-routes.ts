import { randomUUID } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { findEndpoint, type EndpointDefinition } from '../endpoints/definitions';
import {
  EXCEPTION,
  sendBadRequest,
  sendException,
  sendModelState,
  sendNoEntity,
  sendNoResource,
  sendValidationErrors,
} from '../errors';
import { findByPath, findForPut, matches, query } from './lookup';
import { BodyError, DuplicateRowError, normalizeBody, parseBody } from './put-body';
import type { InsertOptions } from './insert-defaults';
import { CANNOT_OPTIMIZE, cannotOptimizeMessage, unoptimizableFields, type OptimizerOptions } from '../query/optimizer';
import { putRecord } from './put-record';
import { QueryError, readQuery, type Target } from '../query/query-parameters';
import type { RecordWriter } from './record-writer';
import { hydrate } from './relations';
import type { StoredRecord } from './store';
import { linksOf, toWire, type Projection } from '../query/wire-format';

export interface EntityRouteDeps {
  records: RecordWriter;
  endpoints: () => EndpointDefinition[];
  /** How new records are numbered (the tenant's numbering sequences). */
  insert?: InsertOptions;
  /** The site's virtual directory (`/AcumaticaERP`), or '' at the server root; `_links` start with it. */
  basePath?: string;
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
    const root = `${deps.basePath ?? ''}/entity/${endpoint.name}/${endpoint.version}`;
    return { endpoint, entity, definition, base: `${root}/${entity}` };
  };
  const links = (target: Target, record: StoredRecord) => {
    const files = `${target.base.slice(0, -target.entity.length)}files/${target.definition.graph ?? target.entity}`;
    return linksOf(target.base, files, record);
  };
  const wire = (target: Target, record: StoredRecord, projection: Projection, rowNumber: number) =>
    toWire(hydrate(target.entity, record, store), target.definition, target.endpoint, projection, {
      rowNumber,
      links: links(target, record),
    });

  router.get('/entity/:endpoint/:version/:entity', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const { filter, projection, top, skip = 0 } = readQuery(req, target);
    const refused = unoptimizableFields(target, projection, deps.optimizer());
    if (refused.length > 0) return sendException(res, 500, CANNOT_OPTIMIZE, cannotOptimizeMessage(refused));
    const page = query(store, target, filter).slice(skip, top === undefined ? undefined : skip + top);
    res.json(page.map((record, index) => wire(target, record, projection, index + 1)));
  });

  // Before the keys route: `$adHocSchema` is no key.
  router.get('/entity/:endpoint/:version/:entity/$adHocSchema', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    res.json(adHocSchema(target));
  });

  router.get('/entity/:endpoint/:version/:entity/*keys', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const { filter, projection } = readQuery(req, target);
    const record = findByPath(store, target, (req.params as { keys: string[] }).keys);
    // A $filter beside the keys narrows further: a record that does not satisfy it is not found.
    if (!record || (filter && !matches(hydrate(target.entity, record, store), filter, target.definition)))
      return sendNoEntity(res);
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
    if (req.body === undefined) return sendModelState(res, { '': ['The request body should not be empty.'] });
    const { filter, projection } = readQuery(req, target);
    const body = normalizeBody(
      parseBody(req.body, target.definition, target.endpoint, target.entity, target.entity),
      target.definition,
    );
    const existing = findForPut(store, target, body.id, body.fields, filter);
    if (existing === 'none') return sendNoEntity(res);
    if (existing && req.get('If-None-Match') === '*')
      return void res.status(412).json({ message: `The ${target.entity} record already exists.` });
    if (!existing && req.get('If-Match') === '*')
      return void res.status(412).json({ message: `The ${target.entity} record does not exist.` });
    const result = putRecord(records, target, body, existing, deps.insert);
    if ('errors' in result)
      return sendValidationErrors(res, req.body, result.errors, target.entity, {
        id: result.record.id,
        note: result.record.note as string | undefined,
        links: links(target, result.record),
        updating: Boolean(existing),
      });
    res.json(wire(target, result.saved, answerProjection(req.body, projection), 1));
  });

  router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof QueryError) return sendBadRequest(res, error.message);
    if (error instanceof BodyError) return sendBadRequest(res, `The request is invalid: ${error.message}.`);
    if (error instanceof DuplicateRowError) return sendException(res, 500, EXCEPTION.lockViolation, error.message);
    next(error);
  });
  return router;
}

/**
 * A PUT answers with the whole record as saved, defaults included (every top-level field unless $select
 * narrows it, as recorded traffic shows), with the linked and detail entities the body sent or $expand asked for.
 */
function answerProjection(body: unknown, asked: Projection): Projection {
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
      }
    }
  };
  walk(body, '');
  return { expand, select: asked.select, custom: asked.custom };
}

/** `GET …/{Entity}/$adHocSchema`: the entity with every field empty and each custom field it knows with its type. */
function adHocSchema(target: Target): Record<string, unknown> {
  const custom: Record<string, Record<string, { type: string }>> = {};
  for (const [name, field] of Object.entries(target.definition.custom ?? {})) {
    const [view, fieldName] = name.split('.') as [string, string];
    (custom[view] ??= {})[fieldName] = { type: field.type };
  }
  const empty = toWire(
    { id: randomUUID() },
    target.definition,
    target.endpoint,
    { expand: new Set() },
    { rowNumber: 1 },
  );
  return { ...empty, custom };
}
