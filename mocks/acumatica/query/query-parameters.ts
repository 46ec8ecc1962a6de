import type { Request } from 'express';
import { customRef, CustomFieldError } from '../entities/custom-fields';
import { shapeOf, type EndpointDefinition, type EntityDefinition } from '../endpoints/definitions';
import { FilterError, parseFilter, type FilterNode } from './filter';
import type { Projection } from './wire-format';

/** The entity a request addresses: `/entity/{endpoint}/{version}/{entity}`. */
export interface Target {
  endpoint: EndpointDefinition;
  entity: string;
  definition: EntityDefinition;
  /** The entity's URL path, such as `/entity/Default/24.200.001/Customer`. */
  base: string;
}

export interface ParsedQuery {
  filter?: FilterNode;
  projection: Projection;
  top?: number;
  skip?: number;
}

/** A malformed query parameter; the route answers 400 with the message. */
export class QueryError extends Error {}

/** Reads $filter, $expand, $select, $custom, $top and $skip, checking every path against the entity. */
export function readQuery(req: Request, target: Target): ParsedQuery {
  const param = (name: string): string | undefined => {
    const value = req.query[name];
    if (Array.isArray(value)) throw new QueryError(`The ${name} parameter is invalid: it is given more than once.`);
    return typeof value === 'string' ? value : undefined;
  };
  const expand = new Set(splitList(param('$expand')));
  for (const path of expand) checkPath(target, path.split('/'), 'expand', true);
  const selectList = splitList(param('$select'));
  for (const path of selectList) checkPath(target, path.split('/'), 'select', false);
  const custom = splitList(param('$custom')).map((name) => {
    if (name.includes('/'))
      throw new QueryError(
        `The $custom parameter is invalid: ${name}: the mock reads custom fields of the top-level entity only.`,
      );
    try {
      return customRef(target.definition, name, target.entity);
    } catch (error) {
      if (error instanceof CustomFieldError)
        throw new QueryError(`The $custom parameter is invalid: ${error.message}.`);
      throw error;
    }
  });
  const filterText = param('$filter');
  let filter: FilterNode | undefined;
  if (filterText !== undefined) {
    try {
      filter = parseFilter(filterText);
    } catch (error) {
      if (error instanceof FilterError) throw new QueryError(`The $filter parameter is invalid: ${error.message}.`);
      throw error;
    }
    checkFilterPaths(target, filter);
  }
  return {
    filter,
    projection: { expand, select: selectList.length ? new Set(selectList) : undefined, custom },
    top: count(param('$top'), '$top'),
    skip: count(param('$skip'), '$skip'),
  };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()))
    throw new QueryError(`The ${name} parameter is invalid: expected a whole number of 0 or more, got '${value}'.`);
  return Number(value);
}

/** Checks that a path names fields of the entity; `expand` paths must end on a linked or detail entity. */
function checkPath(target: Target, path: string[], option: string, mustBeEntity: boolean): void {
  let definition: EntityDefinition = target.definition;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const shapeName = definition.linked?.[segment] ?? definition.details?.[segment];
    if (shapeName && (!last || mustBeEntity)) {
      definition = shapeOf(target.endpoint, shapeName);
      return;
    }
    if (last && !mustBeEntity && definition.fields[segment]) return;
    throw new QueryError(
      `The $${option} parameter is invalid: ${path.slice(0, index + 1).join('/')} is not ${mustBeEntity ? 'a linked or detail entity' : 'a field'} of ${target.entity} in ${target.endpoint.name}/${target.endpoint.version}.`,
    );
  });
}

function checkFilterPaths(target: Target, node: FilterNode): void {
  if (node.kind === 'path') {
    if (detailOnPath(target, node.path)) {
      throw new QueryError(
        `The $filter parameter is invalid: filtering on detail entities (${node.path.join('/')}) is not supported.`,
      );
    }
    checkPath(target, node.path, 'filter', false);
  } else if (node.kind === 'custom') {
    try {
      node.ref = customRef(target.definition, `${node.view}.${node.field}`, target.entity);
    } catch (error) {
      if (error instanceof CustomFieldError)
        throw new QueryError(`The $filter parameter is invalid: ${error.message}.`);
      throw error;
    }
  } else if (node.kind === 'compare' || node.kind === 'logical') {
    checkFilterPaths(target, node.left);
    checkFilterPaths(target, node.right);
  } else if (node.kind === 'not') checkFilterPaths(target, node.operand);
  else if (node.kind === 'call') node.args.forEach((arg) => checkFilterPaths(target, arg));
}

function detailOnPath(target: Target, path: string[]): boolean {
  let definition: EntityDefinition | undefined = target.definition;
  for (const segment of path) {
    if (!definition) return false;
    if (definition.details?.[segment]) return true;
    const linked: string | undefined = definition.linked?.[segment];
    definition = linked ? shapeOf(target.endpoint, linked) : undefined;
  }
  return false;
}
