/**
 * The web service endpoints the mock serves: which entities each exposes, with which fields, keys, linked
 * entities and detail rows. Records live once in the store; an endpoint is a view of them, as in Acumatica.
 * The Default endpoint is in default-endpoint.ts; the KensiumCommerce extension is read from the customization
 * project when it is published (../customization/endpoint-loader.ts).
 */
export type FieldType =
  | 'StringValue'
  | 'IntValue'
  | 'ShortValue'
  | 'LongValue'
  | 'BooleanValue'
  | 'DecimalValue'
  | 'DoubleValue'
  | 'DateTimeValue'
  | 'GuidValue'
  | 'ByteValue';

/** The `type` Acumatica gives a value in the `custom` object. */
export type CustomFieldType =
  | 'CustomStringField'
  | 'CustomIntField'
  | 'CustomBooleanField'
  | 'CustomDecimalField'
  | 'CustomDoubleField'
  | 'CustomDateTimeField'
  | 'CustomGuidField'
  | 'CustomShortField'
  | 'CustomLongField'
  | 'CustomByteField';

/** A field of the screen's graph that `$custom` and `cf.<Type>(f='View.Field')` reach without the contract. */
export interface CustomFieldDefinition {
  type: CustomFieldType;
  /** The contract field (path) holding the same value, when the graph field is one the endpoint maps. */
  field?: string;
}

export interface EntityDefinition {
  fields: Record<string, FieldType>;
  /** Linked entities: field name → entity definition name (a shape, or a top-level entity of the endpoint). */
  linked?: Record<string, string>;
  /** Detail rows: field name → entity definition name. */
  details?: Record<string, string>;
  /** Key fields in the order of the form (top-level entities); a PUT without `id` matches on them. */
  keys?: string[];
  /** A key field the mock numbers itself when a new record leaves it empty. */
  autoNumber?: { field: string; type: 'IntValue' | 'StringValue' };
  /** Fields Acumatica fills and a client cannot write. */
  readOnly?: string[];
  /** The form the entity maps to (AR303000), shown in swagger.json. */
  screen?: string;
  /** The graph and primary view behind the form (`PX.Objects.AR.CustomerMaint/BAccount`), used in `_links`. */
  graph?: string;
  /** Graph fields reachable through `$custom` by `View.Field`. */
  custom?: Record<string, CustomFieldDefinition>;
  /** Views of the graph; a customization's own fields (named `Usr…`) in these views are accepted as custom fields. */
  views?: string[];
  /**
   * Paths (from this entity) of fields that a linked entity or detail row lists but that the contract does not
   * map in that place, such as `MainContact/LastModifiedDateTime`: they are always empty and writes are ignored.
   */
  unmapped?: string[];
  /**
   * Fields mapped to the same database field as another path (`Email` and `MainContact/Email` are both the
   * default contact's email): field path → the path its value is kept under. Reads, writes and filters of
   * either reach the one value.
   */
  sameField?: Record<string, string>;
  /** The view each field is mapped to (for a linked or detail field: the view of its rows), from the endpoint's mappings. */
  fieldViews?: Record<string, string>;
  /**
   * Views of the form's graph a list request cannot be optimised over: a PXFilter, or a view with a delegate
   * (read from the package's code; ../customization/graph-views.ts).
   */
  delegateViews?: string[];
  /** The customization's table the mapped fields live in (an entity or shape a project adds). */
  table?: ProjectTable;
}

/** A table of a customization project behind an entity: its name, columns, and the column of each mapped field. */
export interface ProjectTable {
  name: string;
  columns: string[];
  fieldColumns: Record<string, string>;
}

export interface EndpointDefinition {
  name: string;
  version: string;
  /** Top-level entities by name, and the linked/detail entity shapes they refer to. */
  topLevel: Record<string, EntityDefinition>;
  shapes: Record<string, EntityDefinition>;
}

/** An entity of the base endpoint with more fields, linked entities or details (what an endpoint extension does). */
export const withFields = (
  entity: EntityDefinition | undefined,
  extra: Partial<EntityDefinition>,
): EntityDefinition => ({
  ...entity,
  ...extra,
  fields: { ...entity?.fields, ...extra.fields },
  linked: { ...entity?.linked, ...extra.linked },
  details: { ...entity?.details, ...extra.details },
});

export function findEndpoint(
  endpoints: EndpointDefinition[],
  name: string,
  version: string,
): EndpointDefinition | undefined {
  return endpoints.find((e) => e.name.toLowerCase() === name.toLowerCase() && e.version === version);
}

/** The definition of a linked or detail field's entity: a shape, or a top-level entity of the same endpoint. */
export function shapeOf(endpoint: EndpointDefinition, name: string): EntityDefinition {
  const shape = endpoint.shapes[name] ?? endpoint.topLevel[name];
  if (!shape) throw new Error(`The endpoint ${endpoint.name}/${endpoint.version} has no entity ${name}`);
  return shape;
}

/** Where a field's value is kept: the path `sameField` names for it, or its own. */
export function storedPathOf(entity: EntityDefinition, path: string): string {
  return entity.sameField?.[path] ?? path;
}

/** Whether the contract leaves the field at that path (from the top-level entity) unmapped. */
export function isUnmapped(entity: EntityDefinition, path: string): boolean {
  return entity.unmapped?.includes(path) ?? false;
}
