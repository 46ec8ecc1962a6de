import express, { Router, type Request, type Response } from 'express';
import { validate, type FieldError } from './business-rules';
import { findEndpoint, shapeOf, type EndpointDefinition, type EntityDefinition } from './endpoints';
import { sendBadRequest, sendNoEntity, sendNoResource } from './errors';
import { evaluate, FilterError, parseFilter, type FilterNode } from './filter';
import type { AcumaticaStore, StoredRecord } from './store';
import { applyBody, BodyError, parseBody, toWire, type Projection } from './wire-format';

export interface EntityRouteDeps {
  store: AcumaticaStore;
  endpoints: () => EndpointDefinition[];
  /** Called after a top-level record is saved or deleted (push notifications listen here). */
  onChange?: (entity: string, before: StoredRecord | undefined, after: StoredRecord | undefined) => void;
}

interface Target {
  endpoint: EndpointDefinition;
  entity: string;
  definition: EntityDefinition;
  base: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The contract-based REST routes under /entity/{endpoint}/{version}/{entity}. */
export function entityRouter(deps: EntityRouteDeps): Router {
  const router = Router();
  const resolve = (req: Request, res: Response): Target | undefined => {
    const { endpoint: name, version, entity } = req.params as Record<string, string>;
    const endpoint = findEndpoint(deps.endpoints(), name, version);
    const definition = endpoint?.topLevel[entity];
    if (!endpoint || !definition) {
      sendNoResource(res, `${req.protocol}://${req.get('host')}${req.originalUrl}`);
      return undefined;
    }
    return { endpoint, entity, definition, base: `${req.baseUrl}/entity/${name}/${version}/${entity}` };
  };

  router.get('/entity/:endpoint/:version/:entity', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const query = readQuery(req, res, target);
    if (!query) return;
    let records = sorted(deps.store.all(target.entity), target.definition);
    if (query.filter) {
      const filter = query.filter;
      records = records.filter((record) => evaluate(filter, (node) => resolveNode(record, node)));
    }
    const skip = query.skip ?? 0;
    records = records.slice(skip, query.top === undefined ? undefined : skip + query.top);
    res.json(records.map((record, index) => toWire(record, target.definition, target.endpoint, query.projection, { rowNumber: index + 1, selfUrl: `${target.base}/${record.id}` })));
  });

  router.get('/entity/:endpoint/:version/:entity/*keys', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const query = readQuery(req, res, target);
    if (!query) return;
    const record = findByPath(deps.store, target, (req.params as { keys: string[] }).keys);
    if (!record) return sendNoEntity(res);
    res.json(toWire(record, target.definition, target.endpoint, query.projection, { rowNumber: 1, selfUrl: `${target.base}/${record.id}` }));
  });

  router.delete('/entity/:endpoint/:version/:entity/*keys', (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const record = findByPath(deps.store, target, (req.params as { keys: string[] }).keys);
    if (!record) return sendNoEntity(res);
    deps.store.delete(target.entity, record.id);
    deps.onChange?.(target.entity, record, undefined);
    res.status(204).end();
  });

  router.put('/entity/:endpoint/:version/:entity', express.json({ limit: '20mb' }), (req, res) => {
    const target = resolve(req, res);
    if (!target) return;
    const query = readQuery(req, res, target);
    if (!query) return;
    let body;
    try {
      body = parseBody(req.body, target.definition, target.endpoint, target.entity);
    } catch (error) {
      if (error instanceof BodyError) return sendBadRequest(res, `The request is invalid: ${error.message}.`);
      throw error;
    }
    const existing = findForPut(deps.store, target, body.id, body.fields, query.filter);
    if (existing === 'none') return sendNoEntity(res);
    if (existing && req.get('If-None-Match') === '*') return void res.status(412).json({ message: `The ${target.entity} record already exists.` });
    if (!existing && req.get('If-Match') === '*') return void res.status(412).json({ message: `The ${target.entity} record does not exist.` });

    const record: StoredRecord = existing ? structuredClone(existing) : { id: body.id ?? deps.store.newId() };
    applyBody(record, body, target.definition, target.endpoint, () => deps.store.newId());
    const auto = target.definition.autoNumber;
    if (!existing && auto && (record[auto.field] === undefined || record[auto.field] === null)) {
      const next = deps.store.nextNumber(target.entity, auto.field);
      record[auto.field] = auto.type === 'IntValue' ? next : String(next).padStart(6, '0');
    }
    const errors = validate(target.entity, record, deps.store);
    if (errors.length > 0) return void res.status(422).json(echoWithErrors(req.body, errors, target.entity, Boolean(existing)));
    const changed = !existing || JSON.stringify(existing) !== JSON.stringify(record);
    if (changed) {
      const now = deps.store.now();
      if ('LastModifiedDateTime' in target.definition.fields) record.LastModifiedDateTime = now;
      if (!existing && 'CreatedDateTime' in target.definition.fields) record.CreatedDateTime = now;
      deps.store.save(target.entity, record);
      deps.onChange?.(target.entity, existing, record);
    }
    const expand = new Set([...query.projection.expand, ...Object.keys(body.linked), ...Object.keys(body.details)]);
    res.json(toWire(record, target.definition, target.endpoint, { ...query.projection, expand }, { rowNumber: 1, selfUrl: `${target.base}/${record.id}` }));
  });

  return router;
}

interface ParsedQuery {
  filter?: FilterNode;
  projection: Projection;
  top?: number;
  skip?: number;
}

/** Reads $filter, $expand, $select, $top and $skip; answers 400 and returns undefined when one is malformed. */
function readQuery(req: Request, res: Response, target: Target): ParsedQuery | undefined {
  const param = (name: string): string | undefined => {
    const value = req.query[name];
    return typeof value === 'string' ? value : undefined;
  };
  try {
    const expand = new Set(splitList(param('$expand')));
    for (const path of expand) checkPath(target, path.split('/'), 'expand', true);
    const selectList = splitList(param('$select'));
    for (const path of selectList) checkPath(target, path.split('/'), 'select', false);
    const filterText = param('$filter');
    const filter = filterText ? parseFilter(filterText) : undefined;
    if (filter) checkFilterPaths(target, filter);
    return { filter, projection: { expand, select: selectList.length ? new Set(selectList) : undefined }, top: count(param('$top'), '$top'), skip: count(param('$skip'), '$skip') };
  } catch (error) {
    if (error instanceof FilterError) sendBadRequest(res, `The $filter parameter is invalid: ${error.message}.`);
    else if (error instanceof QueryError) sendBadRequest(res, error.message);
    else throw error;
    return undefined;
  }
}

class QueryError extends Error {}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new QueryError(`The ${name} parameter is invalid: expected a whole number, got '${value}'.`);
  return Number(value);
}

/** Checks that a path names fields of the entity; `expand` paths must end on a linked or detail entity. */
function checkPath(target: Target, path: string[], option: string, mustBeEntity: boolean): void {
  let definition: EntityDefinition = target.definition;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const shapeName = definition.linked?.[segment] ?? definition.details?.[segment];
    if (shapeName) {
      definition = shapeOf(target.endpoint, shapeName);
      return;
    }
    if (last && !mustBeEntity && definition.fields[segment]) return;
    throw new QueryError(`The $${option} parameter is invalid: ${path.slice(0, index + 1).join('/')} is not ${mustBeEntity ? 'a linked or detail entity' : 'a field'} of ${target.entity} in ${target.endpoint.name}/${target.endpoint.version}.`);
  });
}

function checkFilterPaths(target: Target, node: FilterNode): void {
  if (node.kind === 'path') {
    if (node.path.some((segment) => segment in (target.definition.details ?? {}))) {
      throw new QueryError(`The $filter parameter is invalid: filtering on detail entities (${node.path.join('/')}) is not supported.`);
    }
    checkPath(target, node.path, 'filter', false);
  } else if (node.kind === 'compare' || node.kind === 'logical') {
    checkFilterPaths(target, node.left);
    checkFilterPaths(target, node.right);
  } else if (node.kind === 'not') checkFilterPaths(target, node.operand);
  else if (node.kind === 'call') node.args.forEach((arg) => checkFilterPaths(target, arg));
}

function resolveNode(record: StoredRecord, node: Extract<FilterNode, { kind: 'path' } | { kind: 'custom' }>): unknown {
  if (node.kind === 'custom') {
    const custom = record.custom as Record<string, Record<string, unknown>> | undefined;
    return custom?.[node.view]?.[node.field];
  }
  let value: unknown = record;
  for (const segment of node.path) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value;
}

/** Records in key order, as Acumatica lists them. */
function sorted(records: StoredRecord[], definition: EntityDefinition): StoredRecord[] {
  const keys = definition.keys ?? [];
  return [...records].sort((a, b) => {
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x ?? '').localeCompare(String(y ?? ''));
    }
    return 0;
  });
}

function findByPath(store: AcumaticaStore, target: Target, segments: string[]): StoredRecord | undefined {
  const parts = segments.flatMap((segment) => segment.split('|'));
  if (parts.length === 1 && GUID.test(parts[0] as string)) return store.get(target.entity, parts[0] as string);
  const keyFields = target.definition.keys ?? [];
  if (parts.length !== keyFields.length) return undefined;
  const keys = Object.fromEntries(keyFields.map((field, index) => [field, coerceKey(target.definition, field, parts[index] as string)]));
  return store.findByKeys(target.entity, keyFields, keys);
}

function coerceKey(definition: EntityDefinition, field: string, value: string): unknown {
  return definition.fields[field] === 'IntValue' ? Number(value) : value;
}

/** The record a PUT updates: by $filter, by id, or by key fields; undefined to insert, 'none' when an id or filter matched nothing. */
function findForPut(store: AcumaticaStore, target: Target, id: string | undefined, fields: Record<string, unknown>, filter: FilterNode | undefined): StoredRecord | undefined | 'none' {
  if (filter) {
    const match = sorted(store.all(target.entity), target.definition).find((record) => evaluate(filter, (node) => resolveNode(record, node)));
    return match ?? 'none';
  }
  if (id) return store.get(target.entity, id) ?? 'none';
  const keyFields = (target.definition.keys ?? []).filter((field) => field !== target.definition.autoNumber?.field || fields[field] !== undefined);
  if (keyFields.length === 0 || !keyFields.every((field) => fields[field] !== undefined && fields[field] !== null)) return undefined;
  return store.findByKeys(target.entity, keyFields, fields);
}

/** Acumatica's 422: the entity sent, with a top-level `error` and an `error` beside each bad field's value. */
function echoWithErrors(body: unknown, errors: FieldError[], entity: string, updating: boolean): Record<string, unknown> {
  const echo = structuredClone((body ?? {}) as Record<string, unknown>);
  echo.error = `${updating ? 'Updating' : 'Inserting'} '${entity}' record raised at least one error. Please review the errors.`;
  for (const { path, message } of errors) {
    const segments = path.split('/');
    let node = echo;
    for (const segment of segments.slice(0, -1)) {
      node[segment] = (node[segment] as Record<string, unknown> | undefined) ?? {};
      node = node[segment] as Record<string, unknown>;
    }
    const field = segments[segments.length - 1] as string;
    const current = (node[field] as Record<string, unknown> | undefined) ?? {};
    node[field] = { value: current.value ?? null, ...current, error: message };
  }
  return echo;
}
