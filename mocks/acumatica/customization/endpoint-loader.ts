import { withFields, type EndpointDefinition, type EntityDefinition, type FieldType } from '../endpoints/definitions';
import type { SqlTable } from './sql-tables';
import { attr, elements, PackageError, type Element } from './xml';

const VALUE_TYPES = new Set<string>([
  'StringValue',
  'IntValue',
  'ShortValue',
  'LongValue',
  'BooleanValue',
  'DecimalValue',
  'DoubleValue',
  'DateTimeValue',
  'GuidValue',
  'ByteValue',
]);
/** Columns the database fills: a client's value is ignored. */
const AUDIT_COLUMNS = new Set(['createddatetime', 'lastmodifieddatetime', 'lastmodifiedbyscreenid']);

/**
 * The definition the mock serves for an `<Endpoint>` of an EntityEndpoint item. An extension
 * (`<ExtendsEndpoint>`) starts from the endpoint it extends and adds fields, linked entities and details to
 * its entities. The XML does not name key fields: for an entity the extension adds, they are the mapped
 * columns of the primary key of the project's table that holds its mapped fields (an identity column is
 * numbered by the database), as Acumatica takes them from the DAC behind the screen.
 */
export function loadEndpoint(
  xml: Element,
  tables: SqlTable[],
  existing: (name: string, version: string) => EndpointDefinition | undefined,
): EndpointDefinition {
  const name = attr(xml, 'name');
  const version = attr(xml, 'version');
  if (!name || !version) throw new PackageError('an Endpoint has no name or version');
  const extendsNode = elements(xml, 'ExtendsEndpoint')[0];
  let base: EndpointDefinition | undefined;
  if (extendsNode) {
    base = existing(attr(extendsNode, 'name') ?? '', attr(extendsNode, 'version') ?? '');
    if (!base)
      throw new PackageError(
        `the endpoint ${name}/${version} extends ${attr(extendsNode, 'name')}/${attr(extendsNode, 'version')}, which this instance does not have`,
      );
  }
  const endpoint: EndpointDefinition = { name, version, topLevel: { ...base?.topLevel }, shapes: { ...base?.shapes } };
  const storedIn = (entity: Element): Map<string, Mapping> => new Map(mappings(entity).map((m) => [m.field, m]));
  for (const kind of ['Detail', 'LinkedEntity']) {
    for (const shape of elements(xml, kind)) {
      const shapeName = attr(shape, 'name') ?? '';
      const owner = ownerMappings(xml, shapeName);
      endpoint.shapes[shapeName] = withFields(endpoint.shapes[shapeName], {
        ...declared(shape),
        ...(endpoint.shapes[shapeName] ? {} : storage(declared(shape), owner, tables)),
      });
    }
  }
  for (const entity of elements(xml, 'TopLevelEntity')) {
    const entityName = attr(entity, 'name') ?? '';
    const known = endpoint.topLevel[entityName];
    const screen = attr(entity, 'screen');
    endpoint.topLevel[entityName] = withFields(known, {
      ...declared(entity),
      fieldViews: { ...known?.fieldViews, ...fieldViews(mappings(entity)) },
      ...(known ? {} : { ...storage(declared(entity), storedIn(entity), tables), ...(screen ? { screen } : {}) }),
    });
  }
  checkTypes(endpoint);
  return endpoint;
}

interface Mapping {
  field: string;
  object?: string;
  column?: string;
  children: Element;
}

function mappings(entity: Element | undefined): Mapping[] {
  return elements(elements(entity, 'Mappings')[0], 'Mapping').map(toMapping);
}

function toMapping(mapping: Element): Mapping {
  const to = elements(mapping, 'To')[0];
  return {
    field: attr(mapping, 'field') ?? '',
    object: attr(to, 'object'),
    column: attr(to, 'field'),
    children: mapping,
  };
}

/** The view of each mapped field; for a linked or detail field, the view its nested mappings name. */
function fieldViews(list: Mapping[]): Record<string, string> {
  const views: Record<string, string> = {};
  for (const mapping of list) {
    const view = mapping.object ?? elements(mapping.children, 'Mapping').map(toMapping)[0]?.object;
    // "CurrentDocument: 1" names the view and which of its records; the view is the part before the colon.
    if (view) views[mapping.field] = view.split(':')[0] as string;
  }
  return views;
}

/** The mappings of a detail or linked shape's fields, nested under the field of an entity that uses it. */
function ownerMappings(xml: Element, shape: string): Map<string, Mapping> {
  for (const entity of elements(xml, 'TopLevelEntity')) {
    const field = fieldsOf(entity).find((f) => attr(f, 'type') === `${shape}[]` || attr(f, 'type') === shape);
    const holder = field && mappings(entity).find((m) => m.field === attr(field, 'name'));
    if (holder)
      return new Map(
        elements(holder.children, 'Mapping')
          .map(toMapping)
          .map((m) => [m.field, m]),
      );
  }
  return new Map();
}

function fieldsOf(entity: Element): Element[] {
  return elements(elements(entity, 'Fields')[0], 'Field');
}

/** Fields, linked entities (`Contact`) and details (`SiteAssociation[]`) as the entity's Fields declare them. */
function declared(entity: Element): Pick<EntityDefinition, 'fields' | 'linked' | 'details'> {
  const result = {
    fields: {} as Record<string, FieldType>,
    linked: {} as Record<string, string>,
    details: {} as Record<string, string>,
  };
  for (const field of fieldsOf(entity)) {
    const name = attr(field, 'name') ?? '';
    const type = attr(field, 'type') ?? '';
    if (type.endsWith('[]')) result.details[name] = type.slice(0, -2);
    else if (VALUE_TYPES.has(type)) result.fields[name] = type as FieldType;
    else result.linked[name] = type;
  }
  return result;
}

/** Keys, numbering, read-only fields and views of an entity the project adds, from the table behind it. */
function storage(
  shape: Pick<EntityDefinition, 'fields'>,
  mapped: Map<string, Mapping>,
  tables: SqlTable[],
): Partial<EntityDefinition> {
  const columnOf = new Map(
    [...mapped.values()]
      .filter((m) => m.column && shape.fields[m.field])
      .map((m) => [m.field, (m.column as string).toLowerCase()]),
  );
  const table = tables.find(
    (t) => columnOf.size > 0 && [...columnOf.values()].every((c) => t.columns.some((col) => col.toLowerCase() === c)),
  );
  const views = [...new Set([...mapped.values()].map((m) => m.object).filter((o): o is string => Boolean(o)))];
  if (!table) return views.length > 0 ? { views } : {};
  const fieldOf = (column: string) => [...columnOf].find(([, c]) => c === column.toLowerCase())?.[0];
  const keys = table.primaryKey.map(fieldOf).filter((f): f is string => Boolean(f));
  const identity = table.identity ? fieldOf(table.identity) : undefined;
  const readOnly = [...columnOf].filter(([, column]) => AUDIT_COLUMNS.has(column)).map(([field]) => field);
  return {
    keys,
    ...(identity && shape.fields[identity] === 'IntValue'
      ? { autoNumber: { field: identity, type: 'IntValue' as const } }
      : {}),
    ...(readOnly.length > 0 ? { readOnly } : {}),
    views,
    table: {
      name: table.name,
      columns: table.columns,
      fieldColumns: Object.fromEntries(
        [...columnOf].map(([field, column]) => [
          field,
          table.columns.find((c) => c.toLowerCase() === column) ?? column,
        ]),
      ),
    },
  };
}

function checkTypes(endpoint: EndpointDefinition): void {
  for (const [entityName, entity] of Object.entries({ ...endpoint.topLevel, ...endpoint.shapes })) {
    for (const [field, type] of Object.entries({ ...entity.linked, ...entity.details })) {
      if (!endpoint.shapes[type] && !endpoint.topLevel[type])
        throw new PackageError(
          `${entityName}.${field} is of type ${type}, which the endpoint ${endpoint.name}/${endpoint.version} does not define`,
        );
    }
  }
}
