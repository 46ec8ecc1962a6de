import { shapeOf, type EndpointDefinition, type EntityDefinition, type FieldType } from '../endpoints/definitions';

/**
 * The endpoint's `swagger.json`, an OpenAPI 3.0 document as Acumatica serves it: one tag per top-level
 * entity, operations named `<Entity>_GetList`, `_PutEntity`, `_GetById`, `_GetByKeys`, `_DeleteById`,
 * `_DeleteByKeys`, and one schema per entity (`allOf` the common `Entity` and its fields, each field a
 * reference to its value type such as `StringValue`). Clients generated from it work against the mock.
 */
type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string): Schema => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });

const VALUE_TYPES: Record<FieldType, Schema> = {
  StringValue: { type: 'string' },
  IntValue: { type: 'integer', format: 'int32' },
  ShortValue: { type: 'integer', format: 'int32' },
  LongValue: { type: 'integer', format: 'int64' },
  ByteValue: { type: 'integer', format: 'int32' },
  BooleanValue: { type: 'boolean' },
  DecimalValue: { type: 'number', format: 'double' },
  DoubleValue: { type: 'number', format: 'double' },
  DateTimeValue: { type: 'string', format: 'date-time' },
  GuidValue: { type: 'string', format: 'uuid' },
};

const ERRORS = {
  '400': { description: 'The data specified in the request is invalid.', ...json(ref('ErrorMessage')) },
  '401': { description: 'The user is not signed in to the system.' },
  '403': { description: 'The user has insufficient rights to access the form that corresponds to the entity.' },
  '429': { description: 'The number of requests has exceeded the limit imposed by the license.' },
  '500': { description: 'An internal server error has occurred.', ...json(ref('ErrorMessage')) },
};

export function endpointSwagger(endpoint: EndpointDefinition, serverUrl: string): Schema {
  const schemas: Record<string, Schema> = { ...commonSchemas() };
  const paths: Record<string, Schema> = {};
  const addSchema = (name: string, entity: EntityDefinition) => {
    if (schemas[name]) return;
    schemas[name] = {}; // placeholder against cycles
    schemas[name] = entitySchema(endpoint, entity, addSchema);
  };
  for (const [name, entity] of Object.entries(endpoint.topLevel)) {
    addSchema(name, entity);
    Object.assign(paths, entityPaths(name, entity));
  }
  return {
    openapi: '3.0.1',
    info: { title: `${endpoint.name}/${endpoint.version}`, version: endpoint.version },
    servers: [{ url: serverUrl }],
    paths,
    tags: Object.entries(endpoint.topLevel).map(([name, entity]) => ({
      name,
      description: entity.screen ? `${name} (${entity.screen})` : name,
    })),
    components: { schemas, parameters: parameters(), securitySchemes: securitySchemes() },
    security: [{ cookie: [] }, { oauth2: ['api'] }],
  };
}

function entitySchema(
  endpoint: EndpointDefinition,
  entity: EntityDefinition,
  addSchema: (name: string, entity: EntityDefinition) => void,
): Schema {
  const properties: Record<string, Schema> = {};
  for (const [field, type] of Object.entries(entity.fields)) properties[field] = { allOf: [ref(type)] };
  for (const [field, shape] of Object.entries(entity.linked ?? {})) {
    addSchema(shape, shapeOf(endpoint, shape));
    properties[field] = ref(shape);
  }
  for (const [field, shape] of Object.entries(entity.details ?? {})) {
    addSchema(shape, shapeOf(endpoint, shape));
    properties[field] = { type: 'array', items: ref(shape) };
  }
  return { allOf: [ref('Entity'), { type: 'object', properties }] };
}

function entityPaths(name: string, entity: EntityDefinition): Record<string, Schema> {
  const op = (id: string, summary: string, extra: Schema) => ({
    tags: [name],
    operationId: `${name}_${id}`,
    summary,
    ...extra,
  });
  const one = { '200': { description: 'Success', ...json(ref(name)) }, ...ERRORS };
  const removed = { '204': { description: 'The record has been deleted.' }, ...ERRORS };
  const keys = (entity.keys ?? []).join(', ');
  return {
    [`/${name}`]: {
      get: op('GetList', `Retrieves records of ${name} that satisfy the conditions.`, {
        parameters: ['select', 'filter', 'expand', 'custom', 'skip', 'top'].map(param),
        responses: { '200': { description: 'Success', ...json({ type: 'array', items: ref(name) }) }, ...ERRORS },
      }),
      put: op('PutEntity', `Creates a ${name} record or updates an existing one (matched by ${keys || 'id'}).`, {
        parameters: ['select', 'expand', 'custom'].map(param),
        requestBody: { required: true, ...json(ref(name)) },
        responses: {
          ...one,
          '412': { description: 'If-None-Match: * and the record exists, or If-Match: * and it does not.' },
          '422': { description: 'Validation errors, in the error fields of the echoed record.', ...json(ref(name)) },
        },
      }),
    },
    [`/${name}/{id}`]: {
      get: op('GetById', `Retrieves a ${name} record by its id.`, {
        parameters: [param('id'), ...['select', 'expand', 'custom'].map(param)],
        responses: one,
      }),
      delete: op('DeleteById', `Deletes a ${name} record by its id.`, {
        parameters: [param('id')],
        responses: removed,
      }),
    },
    [`/${name}/{ids}`]: {
      get: op('GetByKeys', `Retrieves a ${name} record by its key fields (${keys}), separated by / or |.`, {
        parameters: [param('ids'), ...['select', 'expand', 'custom'].map(param)],
        responses: one,
      }),
      delete: op('DeleteByKeys', `Deletes a ${name} record by its key fields (${keys}).`, {
        parameters: [param('ids')],
        responses: removed,
      }),
    },
  };
}

function commonSchemas(): Record<string, Schema> {
  const values = Object.fromEntries(
    Object.entries(VALUE_TYPES).map(([name, value]) => [
      name,
      { type: 'object', properties: { value: { ...value, nullable: true } } },
    ]),
  );
  return {
    ...values,
    Entity: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        rowNumber: { type: 'integer', format: 'int64' },
        note: ref('StringValue'),
        error: { type: 'string' },
        delete: { type: 'boolean' },
        custom: { type: 'object', additionalProperties: { type: 'object', additionalProperties: ref('CustomField') } },
        files: { type: 'array', items: ref('FileLink') },
        _links: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    CustomField: { type: 'object', properties: { type: { type: 'string' }, value: {} } },
    FileLink: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        filename: { type: 'string' },
        href: { type: 'string' },
        comment: { type: 'string', nullable: true },
      },
    },
    ErrorMessage: {
      type: 'object',
      properties: {
        message: { type: 'string' },
        exceptionMessage: { type: 'string' },
        exceptionType: { type: 'string' },
        stackTrace: { type: 'string' },
      },
    },
  };
}

function parameters(): Record<string, Schema> {
  const query = (name: string, description: string, schema: Schema = { type: 'string' }) => ({
    name: `$${name}`,
    in: 'query',
    description,
    schema,
  });
  return {
    select: query('select', 'The fields of the entity to be returned.'),
    filter: query('filter', 'The conditions that the records must satisfy (OData v3).'),
    expand: query('expand', 'The linked and detail entities to be expanded.'),
    custom: query('custom', 'The fields that are not defined in the contract to be returned (View.Field).'),
    skip: query('skip', 'The number of records to skip.', { type: 'integer', format: 'int32' }),
    top: query('top', 'The number of records to return.', { type: 'integer', format: 'int32' }),
    id: {
      name: 'id',
      in: 'path',
      required: true,
      description: "The record's id.",
      schema: { type: 'string', format: 'uuid' },
    },
    ids: {
      name: 'ids',
      in: 'path',
      required: true,
      description: "The record's key fields in the form's order, separated by / or |.",
      schema: { type: 'string' },
    },
  };
}

function securitySchemes(): Record<string, Schema> {
  return {
    cookie: { type: 'apiKey', in: 'cookie', name: '.ASPXAUTH', description: 'The cookies of POST /entity/auth/login.' },
    oauth2: {
      type: 'oauth2',
      flows: {
        password: {
          tokenUrl: '/identity/connect/token',
          refreshUrl: '/identity/connect/token',
          scopes: { api: 'The API', offline_access: 'Refresh tokens' },
        },
      },
    },
  };
}

/** The instance's swagger.json (`/entity/swagger.json`): sign-in, sign-out and the version. */
export function instanceSwagger(serverUrl: string): Schema {
  return {
    openapi: '3.0.1',
    info: { title: 'Acumatica ERP instance', version: '1' },
    servers: [{ url: serverUrl }],
    paths: {
      '/entity/auth/login': {
        post: {
          tags: ['Auth'],
          operationId: 'Auth_Login',
          requestBody: { required: true, ...json(ref('Credentials')) },
          responses: { '204': { description: 'Signed in; the answer sets the session cookies.' }, ...ERRORS },
        },
      },
      '/entity/auth/logout': {
        post: {
          tags: ['Auth'],
          operationId: 'Auth_Logout',
          responses: { '204': { description: 'Signed out.' }, ...ERRORS },
        },
      },
      '/entity': {
        get: {
          tags: ['Version'],
          operationId: 'Version_Get',
          responses: { '200': { description: 'The version and the endpoints.' }, ...ERRORS },
        },
      },
    },
    components: {
      schemas: {
        ...commonSchemas(),
        Credentials: {
          type: 'object',
          required: ['name', 'password'],
          properties: {
            name: { type: 'string' },
            password: { type: 'string' },
            tenant: { type: 'string' },
            branch: { type: 'string' },
            locale: { type: 'string' },
          },
        },
      },
    },
  };
}
