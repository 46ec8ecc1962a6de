import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  connectorConfigurationSchema,
  contactSchema,
  customerSchema,
  locationSchema,
  siteAssociationSchema,
} from '../acumatica/entity-schemas';
import { KENSIUM_CONTRACT } from './endpoint-contract';

/** The fields of the sync's record schemas that only the Kensium extension has, by entity. */
const KENSIUM_FIELDS_READ: Array<[string, string[]]> = [
  [
    'Customer',
    Object.keys(customerSchema.shape).filter((f) =>
      ['CustomerType', 'KensiumCommerceEnabled', 'SiteAssociations'].includes(f),
    ),
  ],
  [
    'Contact',
    Object.keys(contactSchema.shape).filter((f) => ['KensiumCommerceEnabled', 'SiteAssociations'].includes(f)),
  ],
  ['CustomerLocation', Object.keys(locationSchema.shape).filter((f) => f === 'SiteAssociations')],
  ['ConnectorConfiguration', Object.keys(connectorConfigurationSchema.shape)],
];

describe('the endpoint contract the build checks', () => {
  for (const [entity, fields] of KENSIUM_FIELDS_READ) {
    it(`covers the Kensium fields of ${entity} the sync reads (${fields.join(', ')})`, () => {
      assert.ok(fields.length > 0);
      assert.deepEqual(
        fields.filter((field) => !(field in (KENSIUM_CONTRACT.entities[entity] ?? {}))),
        [],
      );
    });
  }

  it('covers every field of a site association row the sync reads', () => {
    const fields = Object.keys(siteAssociationSchema.shape).filter((field) => field !== 'id');
    assert.deepEqual(
      fields.filter((field) => !(field in (KENSIUM_CONTRACT.details.SiteAssociation ?? {}))),
      [],
    );
  });
});
