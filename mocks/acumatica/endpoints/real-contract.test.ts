import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { endpointSwagger } from '../discovery/swagger';
import { DEFAULT_ENDPOINT, ENDPOINTS } from './default-endpoint';
import { shapeOf, type EntityDefinition } from './definitions';

/**
 * The mock's Default endpoint held against facts read from the real contract (real-contract-facts.json names
 * its source): every field the mock serves exists there with the same value type; a field the contract does
 * not map in a linked entity is empty in the mock too; fields that are one database field are one field in
 * the mock; the older Default versions lack what they lack; swagger.json has the real document's shape.
 */
interface FieldFact {
  type: string;
  mapsTo?: string[] | null;
}
interface EntityFact {
  fields: Record<string, FieldFact>;
  linked?: Record<string, Record<string, string[] | null>>;
  details?: Record<string, Record<string, string[] | null>>;
}
interface Facts {
  contract: { endpoint: string; version: string; systemContractVersion: string };
  entities: Record<string, EntityFact>;
  sameDatabaseField: Array<{ entity: string; fields: string[]; column: string }>;
  olderVersions: Record<string, { absent: Record<string, string[]> }>;
  swagger: any;
}

const facts = JSON.parse(readFileSync(join(__dirname, 'real-contract-facts.json'), 'utf8')) as Facts;
const entityOf = (name: string): EntityDefinition => DEFAULT_ENDPOINT.topLevel[name] ?? shapeOf(DEFAULT_ENDPOINT, name);

/** Every field of an entity definition with its type as the contract writes it (`Contact`, `CustomerContact[]`). */
function contractTypes(entity: EntityDefinition): Record<string, string> {
  return {
    ...entity.fields,
    ...entity.linked,
    ...Object.fromEntries(Object.entries(entity.details ?? {}).map(([name, shape]) => [name, `${shape}[]`])),
  };
}

describe('the Default endpoint against the real contract (real-contract-facts.json)', () => {
  it('is the version the facts describe', () => {
    assert.equal(DEFAULT_ENDPOINT.name, facts.contract.endpoint);
    assert.equal(DEFAULT_ENDPOINT.version, facts.contract.version);
  });

  for (const [name, fact] of Object.entries(facts.entities)) {
    it(`serves ${name} with the contract's field names and value types`, () => {
      const served = contractTypes(entityOf(name));
      const wrong = Object.entries(served)
        .filter(([field, type]) => fact.fields[field]?.type !== type)
        .map(([field, type]) => `${field}: mock ${type}, contract ${fact.fields[field]?.type ?? 'no such field'}`);
      assert.deepEqual(wrong, []);
    });
  }

  for (const [name, fact] of Object.entries(facts.entities)) {
    const places = { ...fact.linked, ...fact.details };
    if (Object.keys(places).length === 0) continue;
    it(`leaves empty the fields of ${name}'s linked entities and details that the contract does not map`, () => {
      const unmapped = new Set(entityOf(name).unmapped ?? []);
      const expected = Object.entries(places).flatMap(([place, fields]) =>
        Object.entries(fields)
          .filter(([, mapsTo]) => mapsTo === null)
          .map(([field]) => `${place}/${field}`),
      );
      assert.deepEqual([...unmapped].sort(), expected.sort());
    });
  }

  it('keeps as one field the fields that map to one database field', () => {
    // Rows of a detail (Contacts/ContactID and Contacts/Contact/ContactID) are derived from one stored
    // value by the mock, so only groups outside details are declared.
    const groups = facts.sameDatabaseField.filter(
      (group) => !group.fields.some((path) => path.split('/')[0]! in (entityOf(group.entity).details ?? {})),
    );
    assert.ok(groups.length > 0);
    for (const group of groups) {
      const [first, ...others] = group.fields.map((path) => storedPath(entityOf(group.entity), path));
      for (const other of others) assert.equal(other, first, `${group.entity}: ${group.fields.join(' = ')}`);
    }
  });

  for (const [version, { absent }] of Object.entries(facts.olderVersions)) {
    it(`serves Default/${version} without the fields that version does not have`, () => {
      const endpoint = ENDPOINTS.find((e) => e.name === 'Default' && e.version === version);
      assert.ok(endpoint, `Default/${version} is served`);
      for (const [name, fields] of Object.entries(absent)) {
        const served = contractTypes(endpoint.topLevel[name] ?? shapeOf(endpoint, name));
        assert.deepEqual(
          fields.filter((field) => field in served),
          [],
          `${name} in ${version}`,
        );
        const current = contractTypes(entityOf(name));
        assert.deepEqual(
          Object.keys(current).filter((field) => !fields.includes(field) && !(field in served)),
          [],
          `${name} in ${version} keeps the rest`,
        );
      }
    });
  }
});

describe("the Default endpoint's swagger.json against the real one", () => {
  const real = facts.swagger;
  const swagger = endpointSwagger(DEFAULT_ENDPOINT, 'http://localhost/entity/Default/24.200.001') as any;
  const schemas = swagger.components.schemas;

  it('names the contract version in info.version', () => {
    assert.equal(swagger.openapi, real.openapi);
    assert.equal(swagger.info.title, real.infoTitle);
    assert.equal(swagger.info.version, real.infoVersion);
  });

  it('has the base Entity, the value types with their error, and HttpError as the real document', () => {
    assert.deepEqual(schemas.Entity.properties, real.entityBase);
    for (const [name, properties] of Object.entries(real.valueTypes))
      assert.deepEqual(schemas[name]?.properties, properties, name);
    assert.deepEqual(schemas.HttpError, real.httpError);
    assert.deepEqual(schemas.FileLink.properties, real.fileLink);
  });

  it('has the custom field types, told apart by their type discriminator', () => {
    assert.deepEqual(schemas.CustomField, real.customField);
    for (const [name, properties] of Object.entries(real.customFieldTypes)) {
      assert.deepEqual(
        schemas[name]?.allOf,
        [{ $ref: '#/components/schemas/CustomField' }, { type: 'object', properties }],
        name,
      );
    }
  });

  it('refers each field to its value type directly, a linked entity to its schema, a detail as an array', () => {
    const properties = schemas.Customer.allOf[1].properties;
    for (const [field, type] of Object.entries(contractTypes(DEFAULT_ENDPOINT.topLevel.Customer!))) {
      const expected = type.endsWith('[]')
        ? { type: 'array', items: { $ref: `#/components/schemas/${type.slice(0, -2)}` } }
        : { $ref: `#/components/schemas/${type}` };
      assert.deepEqual(properties[field], expected, field);
    }
    assert.deepEqual(schemas.Customer.allOf[0], { $ref: '#/components/schemas/Entity' });
  });

  it('has the operations, parameters, body names and media types of the real paths', () => {
    for (const [path, operations] of Object.entries(real.paths as Record<string, Record<string, any>>)) {
      if (path.includes('{actionName}') || path.includes('/files/')) continue; // actions and files are not emulated
      for (const [method, operation] of Object.entries(operations)) {
        const served = swagger.paths[path]?.[method];
        assert.ok(served, `${method.toUpperCase()} ${path} is listed`);
        assert.equal(served.operationId, operation.operationId);
        assert.deepEqual(
          (served.parameters ?? []).map((p: { $ref: string }) => p.$ref.split('/').pop()),
          operation.parameters,
          `${served.operationId} parameters`,
        );
        assert.deepEqual(Object.keys(served.responses).sort(), operation.responses, `${served.operationId} responses`);
        if (operation['x-bodyName']) {
          assert.equal(served.requestBody['x-bodyName'], operation['x-bodyName']);
          assert.deepEqual(Object.keys(served.requestBody.content).sort(), operation.requestMediaTypes);
        }
      }
    }
    for (const [name, parameter] of Object.entries(real.parameters as Record<string, Record<string, unknown>>)) {
      if (name === 'actionName' || name === 'filename') continue;
      const { description: _text, ...served } = swagger.components.parameters[name] ?? {};
      assert.deepEqual(served, parameter, `parameter ${name}`);
    }
  });

  it('answers in application/json and text/json', () => {
    const list = swagger.paths['/Customer'].get.responses['200'].content;
    assert.deepEqual(Object.keys(list).sort(), real.mediaTypes);
    for (const [name, media] of Object.entries(real.responses as Record<string, string[] | null>)) {
      if (name === 'PutFile_204') continue; // files are not emulated
      const response = swagger.components.responses[name];
      assert.ok(response, `response ${name}`);
      assert.deepEqual(response.content ? Object.keys(response.content).sort() : null, media, name);
    }
  });
});

/** Where the mock keeps a field: the path it names itself, or the field it is declared the same as. */
function storedPath(entity: EntityDefinition, path: string): string {
  return entity.sameField?.[path] ?? path;
}
