import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_ENDPOINT } from '../endpoints/default-endpoint';
import { loadEndpoint } from './endpoint-loader';
import { repositoryEndpoints } from './repository-project';
import type { SqlTable } from './sql-tables';
import { elements, parseDocument, PackageError } from './xml';

const system = (name: string, version: string) =>
  name === 'Default' && version === '24.200.001' ? DEFAULT_ENDPOINT : undefined;

describe('the endpoint of a published project', () => {
  const [kensium] = repositoryEndpoints([DEFAULT_ENDPOINT]);
  if (!kensium) throw new Error('the repository project defines no endpoint');

  it('is KensiumCommerce/24.200.001, the Default entities with the Kensium fields added', () => {
    assert.equal(`${kensium.name}/${kensium.version}`, 'KensiumCommerce/24.200.001');
    assert.deepEqual(Object.keys(kensium.topLevel).sort(), [
      'CommerceReferences',
      'ConnectorConfiguration',
      'ConnectorLog',
      'ConnectorLogBatch',
      'Contact',
      'Customer',
      'CustomerClass',
      'CustomerLocation',
      'SiteAssociationRecord',
    ]);
    const customer = kensium.topLevel.Customer;
    assert.equal(customer?.fields.CustomerType, 'StringValue');
    assert.equal(customer?.fields.KensiumCommerceEnabled, 'BooleanValue');
    assert.equal(customer?.fields.CustomerName, 'StringValue', 'a Default field is kept');
    assert.deepEqual(customer?.keys, ['CustomerID'], 'the keys of the extended entity are the Default ones');
    assert.equal(customer?.linked?.MainContact, 'Contact');
    assert.equal(customer?.details?.SiteAssociations, 'SiteAssociation');
    assert.equal(kensium.topLevel.Contact?.details?.SiteAssociations, 'SiteAssociation');
    assert.equal(kensium.topLevel.CustomerLocation?.details?.SiteAssociations, 'SiteAssociation');
  });

  const storage: Array<[string, string[], unknown, string[] | undefined]> = [
    ['ConnectorLog', ['LogID'], { field: 'LogID', type: 'IntValue' }, ['CreatedDateTime']],
    ['ConnectorConfiguration', ['ConnectorID'], undefined, ['CreatedDateTime', 'LastModifiedDateTime']],
  ];
  for (const [entity, keys, autoNumber, readOnly] of storage) {
    it(`takes the keys of ${entity} from the primary key of its table (an identity is numbered, audit columns are read-only)`, () => {
      const definition = kensium.topLevel[entity];
      assert.deepEqual(definition?.keys, keys);
      assert.deepEqual(definition?.autoNumber, autoNumber);
      assert.deepEqual(definition?.readOnly, readOnly);
    });
  }

  it('reads the table and views behind the entities the project adds: site associations as records of their own', () => {
    const record = kensium.topLevel.SiteAssociationRecord;
    assert.deepEqual(record?.keys, ['RefNoteID', 'ConfigSite', 'ConnectorType']);
    assert.equal(record?.table?.name, 'KNSiteAssociation');
    assert.equal(record?.table?.fieldColumns.CustomerID, 'BAccountID');
    assert.deepEqual(record?.readOnly, ['CreatedDateTime', 'LastModifiedDateTime', 'LastModifiedByScreenID']);
    assert.equal(record?.fieldViews?.ConfigSite, 'Associations');
    assert.equal(kensium.topLevel.CommerceReferences?.details?.Associations, 'SiteAssociationRecord');
    assert.equal(kensium.topLevel.CommerceReferences?.fieldViews?.CustomerID, 'Filter');
    assert.equal(kensium.topLevel.ConnectorLogBatch?.fieldViews?.Rows, 'Logs');
    assert.equal(kensium.topLevel.Customer?.fieldViews?.SiteAssociations, 'SiteAssociations');
  });

  it('keys the SiteAssociation rows by the mapped columns of their primary key', () => {
    assert.deepEqual(kensium.shapes.SiteAssociation?.keys, ['ConfigSite', 'ConnectorType']);
    assert.deepEqual(Object.keys(kensium.shapes.SiteAssociation?.fields ?? {}), [
      'ConfigSite',
      'Active',
      'ConnectorType',
      'CommerceReferenceID',
    ]);
  });

  const table: SqlTable = { name: 'T', columns: ['CompanyID', 'A'], primaryKey: ['CompanyID', 'A'] };
  const refused: Array<[string, string, RegExp]> = [
    ['no name', '<Endpoint version="1.0.0" />', /no name or version/],
    [
      'a base the instance lacks',
      '<Endpoint name="X" version="1.0.0"><ExtendsEndpoint name="Default" version="9.9.9" /></Endpoint>',
      /extends Default\/9\.9\.9, which this instance does not have/,
    ],
    [
      'a field of an undefined type',
      '<Endpoint name="X" version="1.0.0"><TopLevelEntity name="E"><Fields><Field name="Rows" type="Row[]" /></Fields></TopLevelEntity></Endpoint>',
      /E\.Rows is of type Row, which the endpoint X\/1\.0\.0 does not define/,
    ],
  ];
  for (const [what, xml, reason] of refused) {
    it(`refuses an endpoint with ${what}`, () => {
      const node = elements(parseDocument(xml, 'test'), 'Endpoint')[0] ?? {};
      assert.throws(
        () => loadEndpoint(node, [table], system),
        (error: Error) => error instanceof PackageError && reason.test(error.message),
      );
    });
  }
});
