import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { findEndpoint, type EndpointDefinition } from '../endpoints/definitions';
import { EXCEPTION, sendBadRequest, sendException, sendNoEntity, sendValidationErrors } from '../errors';
import type { FilterNode } from '../query/filter';
import { QueryError, readQuery, type Target } from '../query/query-parameters';
import { linksOf, toWire, type Projection } from '../query/wire-format';
import { matches, sorted } from './lookup';
import { BodyError, parseBody } from './put-body';
import { putRecord } from './put-record';
import { applyRowBatch, heldRows, projectEntityKind, rowRecord, type ProjectEntityKind } from './project-rows';
import type { RecordWriter } from './record-writer';
import type { StoredRecord } from './store';

export interface ProjectRowsDeps {
  records: RecordWriter;
  endpoints: () => EndpointDefinition[];
}

/**
 * The entities over a customization's own table rows (project-rows.ts): the row view lists and reads them, a
 * row batch writes a customer's rows in one request, a record batch adds many records in one request. Other
 * requests go on to the entity routes.
 */
export function projectRowsRouter(deps: ProjectRowsDeps): Router {
  const router = Router();
  const store = deps.records.store;
  const resolve = (req: Request): { target: Target; kind: ProjectEntityKind } | undefined => {
    const { endpoint: name, version, entity } = req.params as Record<string, string>;
    const endpoint = findEndpoint(deps.endpoints(), name, version);
    const definition = endpoint?.topLevel[entity];
    const kind = endpoint && definition ? projectEntityKind(endpoint, entity) : undefined;
    if (!endpoint || !definition || !kind) return undefined;
    return {
      target: { endpoint, entity, definition, base: `/entity/${endpoint.name}/${endpoint.version}/${entity}` },
      kind,
    };
  };
  const wire = (target: Target, record: StoredRecord, projection: Projection, rowNumber: number) =>
    toWire(record, target.definition, target.endpoint, projection, {
      rowNumber,
      links: linksOf(
        target.base,
        `/entity/${target.endpoint.name}/${target.endpoint.version}/files/${target.entity}`,
        record,
      ),
    });
  const rowsOf = (target: Target, kind: Extract<ProjectEntityKind, { kind: 'rowView' }>, filter?: FilterNode) =>
    sorted(
      heldRows(store, kind.holders, filter ? customersNamed(filter) : undefined)
        .map((held) => rowRecord(target.definition, held))
        .filter((record) => !filter || matches(record, filter, target.definition)),
      target.definition,
    );

  router.get('/entity/:endpoint/:version/:entity', (req, res, next) => {
    const found = resolve(req);
    if (found?.kind.kind !== 'rowView') return next();
    const { target } = found;
    const { filter, projection, top, skip = 0 } = readQuery(req, target);
    const page = rowsOf(target, found.kind, filter).slice(skip, top === undefined ? undefined : skip + top);
    res.json(page.map((record, index) => wire(target, record, projection, index + 1)));
  });

  router.get('/entity/:endpoint/:version/:entity/:id', (req, res, next) => {
    const found = resolve(req);
    if (found?.kind.kind !== 'rowView') return next();
    const { projection } = readQuery(req, found.target);
    const record = rowsOf(found.target, found.kind).find((r) => r.id.toLowerCase() === req.params.id?.toLowerCase());
    if (!record) return sendNoEntity(res);
    res.json(wire(found.target, record, projection, 1));
  });

  router.all('/entity/:endpoint/:version/:entity{/*rest}', (req, res, next) => {
    const found = resolve(req);
    if (found?.kind.kind !== 'rowView' || !['PUT', 'DELETE', 'PATCH'].includes(req.method)) return next();
    sendException(
      res,
      500,
      EXCEPTION.pxException,
      `${found.target.entity} is read-only: its form ${found.target.definition.screen ?? ''} allows no insert, update or delete.`,
    );
  });

  router.put('/entity/:endpoint/:version/:entity', express.json({ limit: '20mb' }), (req, res, next) => {
    const found = resolve(req);
    if (!found || found.kind.kind === 'rowView') return next();
    const { target, kind } = found;
    const { projection } = readQuery(req, target);
    const body = parseBody(req.body, target.definition, target.endpoint, target.entity, target.entity);
    const rows = body.details[kind.field] ?? [];
    const header: StoredRecord = { id: store.newId(), ...body.fields };
    if (kind.kind === 'rowBatch') {
      const customerId = typeof body.fields.CustomerID === 'string' ? body.fields.CustomerID : undefined;
      const customer = customerId
        ? store.findByKeys('Customer', ['CustomerID'], { CustomerID: customerId })
        : undefined;
      if (!customerId || !customer) {
        const message = customerId ? "'Customer' cannot be found in the system." : "'Customer' cannot be empty.";
        return sendValidationErrors(res, req.body, [{ path: 'CustomerID', message }], target.entity, echoOf(customer));
      }
      const result = applyRowBatch(store, kind, customer.CustomerID as string, rows, target.definition.screen);
      if (result.errors.length > 0)
        return sendValidationErrors(res, req.body, result.errors, target.entity, echoOf(customer));
      // The rows are another table: saving them leaves their records as they were (no LastModifiedDateTime).
      for (const { entity, record } of result.owners) store.save(entity, record);
      if (projection.expand.has(kind.field))
        header[kind.field] = heldRows(store, kind.holders, new Set([customerId])).map((held) =>
          rowRecord(kind.rows, held),
        );
    } else {
      const definition = target.endpoint.topLevel[kind.entity];
      if (!definition) return next();
      const rowTarget: Target = { ...target, entity: kind.entity, definition };
      if (rows.some((row) => row.id || row.delete))
        return sendValidationErrors(
          res,
          req.body,
          [{ path: `${kind.field}/id`, message: `A ${kind.entity} row is added here, never changed or deleted.` }],
          target.entity,
          echoOf(undefined),
        );
      const saved: StoredRecord[] = [];
      for (const row of rows) {
        const result = putRecord(deps.records, rowTarget, row, undefined);
        if ('errors' in result)
          return sendValidationErrors(res, req.body, result.errors, target.entity, echoOf(undefined));
        saved.push(result.saved);
      }
      if (projection.expand.has(kind.field)) header[kind.field] = saved;
    }
    res.json(
      wire(target, header, { ...projection, select: projection.select ?? new Set(Object.keys(body.fields)) }, 1),
    );
  });

  router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof QueryError) return sendBadRequest(res, error.message);
    if (error instanceof BodyError) return sendBadRequest(res, `The request is invalid: ${error.message}.`);
    next(error);
  });
  return router;
}

/** The customers a filter names with `CustomerID eq '…'` (alone, or-ed, or and-ed with other conditions). */
function customersNamed(node: FilterNode): Set<string> | undefined {
  if (node.kind === 'compare' && node.op === 'eq' && node.left.kind === 'path' && node.right.kind === 'literal') {
    return node.left.path.length === 1 && node.left.path[0] === 'CustomerID' && typeof node.right.value === 'string'
      ? new Set([node.right.value])
      : undefined;
  }
  if (node.kind !== 'logical') return undefined;
  const left = customersNamed(node.left);
  const right = customersNamed(node.right);
  if (node.op === 'and') return left ?? right;
  return left && right ? new Set([...left, ...right]) : undefined;
}

/** What a refused batch echoes of its header record: its id when there is one (a batch always updates). */
function echoOf(record: StoredRecord | undefined): { id: string; links: Record<string, string>; updating: boolean } {
  return { id: (record?.id as string | undefined) ?? '', links: {}, updating: true };
}
