import { shapeOf, type EndpointDefinition, type EntityDefinition, type FieldType } from '../endpoints/definitions';

/**
 * The endpoint's `swagger.json`, an OpenAPI 3.0 document shaped as Acumatica serves it (held against the
 * real Default/24.200.001 document by endpoints/real-contract.test.ts): `info.version` is the system
 * contract version; one tag per top-level entity; operations `<Entity>_GetList`, `_PutEntity`, `_GetById`,
 * `_GetByKeys`, `_DeleteById`, `_DeleteByKeys`, `_GetAdHocSchema`; one schema per entity (`allOf` the common
 * `Entity` and its fields, each field a `$ref` to its value type); answers in `application/json` and
 * `text/json`; errors as `HttpError`. Actions and file attachments are not served, so not listed.
 */
type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string): Schema => ({ $ref: `#/components/parameters/${name}` });
const response = (name: string): Schema => ({ $ref: `#/components/responses/${name}` });
/** The media types Acumatica's Web API reads and writes. */
const content = (schema: Schema) => ({ content: { 'application/json': { schema }, 'text/json': { schema } } });

/** The contract version of the endpoints this mock serves (`systemContractVersion` of the endpoint XML). */
export const SYSTEM_CONTRACT_VERSION = '4';

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

/** Every operation may answer these two; PUT adds 400, 412 and 422. */
const COMMON_ERRORS = {
  '401': response('ContractBasedControllerBase_401'),
  '500': response('ContractBasedControllerBase_500'),
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
    Object.assign(paths, entityPaths(name));
  }
  return {
    openapi: '3.0.1',
    info: { title: `${endpoint.name}/${endpoint.version}`, version: SYSTEM_CONTRACT_VERSION },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas, responses: responses(), parameters: parameters() },
    tags: Object.entries(endpoint.topLevel).map(([name, entity]) => ({
      name,
      description: entity.screen ? `${name} (${entity.screen})` : name,
    })),
  };
}

function entitySchema(
  endpoint: EndpointDefinition,
  entity: EntityDefinition,
  addSchema: (name: string, entity: EntityDefinition) => void,
): Schema {
  const properties: Record<string, Schema> = {};
  for (const [field, type] of Object.entries(entity.fields)) properties[field] = ref(type);
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

/** The paths of one entity, in the order Acumatica lists them. */
function entityPaths(name: string): Record<string, Schema> {
  const op = (id: string, summary: string, extra: Schema) => ({
    tags: [name],
    summary,
    operationId: `${name}_${id}`,
    ...extra,
  });
  const one = (description: string) => ({ ...COMMON_ERRORS, '200': { description, ...content(ref(name)) } });
  const reading = ['select', 'filter', 'expand', 'custom'].map(param);
  return {
    [`/${name}/$adHocSchema`]: {
      get: op('GetAdHocSchema', 'Retrieves the custom fields of the entity with their views and types.', {
        responses: one('The entity with every custom field it can have, each with its type and no value.'),
      }),
    },
    [`/${name}/{ids}`]: {
      get: op('GetByKeys', 'Retrieves a record by the values of its key fields, separated by slashes.', {
        parameters: [param('ids'), ...reading],
        responses: one('The record.'),
      }),
      delete: op('DeleteByKeys', 'Deletes a record by the values of its key fields.', {
        parameters: [param('ids')],
        responses: { ...COMMON_ERRORS, '204': response('DeleteByKeys_204') },
      }),
    },
    [`/${name}/{id}`]: {
      get: op('GetById', 'Retrieves a record by its id.', {
        parameters: [param('id'), ...reading],
        responses: one('The record.'),
      }),
      delete: op('DeleteById', 'Deletes a record by its id.', {
        parameters: [param('id')],
        responses: { ...COMMON_ERRORS, '204': response('DeleteById_204') },
      }),
    },
    [`/${name}`]: {
      get: op('GetList', 'Retrieves the records that satisfy the conditions.', {
        parameters: [...reading, param('skip'), param('top')],
        responses: {
          ...COMMON_ERRORS,
          '200': { description: 'The records.', ...content({ type: 'array', items: ref(name) }) },
        },
      }),
      put: op('PutEntity', 'Creates a record or updates the one its key fields, id or $filter find.', {
        parameters: reading,
        requestBody: { description: 'The record.', ...content(ref(name)), required: true, 'x-bodyName': 'entity' },
        responses: {
          ...one('The whole record as saved.'),
          '400': response('PutEntity_400'),
          '412': response('PutEntity_412'),
          '422': { description: 'The record sent, with an error beside each field in error.', ...content(ref(name)) },
        },
      }),
    },
  };
}

function responses(): Record<string, Schema> {
  const error = (description: string) => ({ description, ...content(ref('HttpError')) });
  return {
    ContractBasedControllerBase_401: error('Not signed in.'),
    ContractBasedControllerBase_500: error('An error on the server.'),
    PutEntity_400: error('The request is invalid.'),
    PutEntity_412: error('If-None-Match: * and the record exists, or If-Match: * and it does not.'),
    DeleteById_204: { description: 'Deleted.' },
    DeleteByKeys_204: { description: 'Deleted.' },
  };
}

function commonSchemas(): Record<string, Schema> {
  const withError = (value: Schema) => ({ value, error: { type: 'string' } });
  const values = Object.fromEntries(
    Object.entries(VALUE_TYPES).map(([name, value]) => [name, { type: 'object', properties: withError(value) }]),
  );
  const customFields = Object.fromEntries(
    Object.entries(VALUE_TYPES).map(([name, value]) => [
      `Custom${name.replace(/Value$/, '')}Field`,
      { allOf: [ref('CustomField'), { type: 'object', properties: withError(value) }] },
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
        custom: { type: 'object', additionalProperties: { type: 'object', additionalProperties: ref('CustomField') } },
        error: { type: 'string' },
        files: { type: 'array', items: ref('FileLink') },
      },
    },
    CustomField: {
      required: ['type'],
      type: 'object',
      properties: { type: { type: 'string' } },
      discriminator: { propertyName: 'type' },
    },
    ...customFields,
    FileLink: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        filename: { type: 'string' },
        href: { type: 'string', format: 'uri' },
        comment: { type: 'string', nullable: true },
      },
    },
    HttpError: {
      type: 'object',
      properties: {
        message: { type: 'string' },
        exceptionMessage: { type: 'string', nullable: true },
        exceptionType: { type: 'string', nullable: true },
        stackTrace: { type: 'string', nullable: true },
        modelState: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        messageDetail: { type: 'string' },
      },
      additionalProperties: { type: 'object' },
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
  const int32 = { type: 'integer', format: 'int32' };
  return {
    ids: {
      name: 'ids',
      in: 'path',
      description: "The record's key fields in the form's order, separated by slashes.",
      required: true,
      schema: { type: 'string' },
    },
    select: query('select', 'The fields to return.'),
    filter: query('filter', 'The conditions the records must satisfy (OData v3).'),
    expand: query('expand', 'The linked and detail entities to return.'),
    custom: query('custom', 'Fields outside the contract to return, as View.Field.'),
    id: {
      name: 'id',
      in: 'path',
      description: "The record's id.",
      required: true,
      schema: { type: 'string', format: 'uuid' },
    },
    skip: query('skip', 'How many records to skip.', int32),
    top: query('top', 'How many records to return.', int32),
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
          requestBody: { required: true, ...content(ref('Credentials')) },
          responses: { '204': { description: 'Signed in; the answer sets the session cookies.' }, ...COMMON_ERRORS },
        },
      },
      '/entity/auth/logout': {
        post: {
          tags: ['Auth'],
          operationId: 'Auth_Logout',
          responses: { '204': { description: 'Signed out.' }, ...COMMON_ERRORS },
        },
      },
      '/entity': {
        get: {
          tags: ['Version'],
          operationId: 'Version_Get',
          responses: { '200': { description: 'The version and the endpoints.' }, ...COMMON_ERRORS },
        },
      },
    },
    components: {
      responses: responses(),
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
