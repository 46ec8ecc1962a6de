import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, q, signedInMock, wire } from '../test-support';

describe('detail rows: updated by their id, inserted without one', () => {
  const suite = signedInMock({}, { reset: true });
  const rows = async () =>
    (await suite.client.get(`${KENSIUM}/Customer/C000000012${q({ $expand: 'SiteAssociations' })}`)).body
      .SiteAssociations as Array<Record<string, any>>;

  it('updates the row whose id is sent', async () => {
    const [row] = await rows();
    const answer = await suite.client.put(`${KENSIUM}/Customer`, {
      ...wire({ CustomerID: 'C000000012' }),
      SiteAssociations: [{ id: row!.id, CommerceReferenceID: { value: '901' } }],
    });
    assert.equal(answer.status, 200);
    const after = await rows();
    assert.equal(after.length, 1);
    assert.equal(after[0]!.CommerceReferenceID.value, '901');
  });

  it('inserts a row sent without its id, and refuses it when a row with the same key fields exists', async () => {
    const before = await rows();
    const duplicate = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({
        CustomerID: 'C000000012',
        SiteAssociations: [
          { ConfigSite: before[0]!.ConfigSite.value, ConnectorType: 'KNB', CommerceReferenceID: '902' },
        ],
      }),
    );
    assert.equal(duplicate.status, 500);
    assert.match(duplicate.body.exceptionMessage, /Another process has added the 'SiteAssociation' record/);
    assert.deepEqual(await rows(), before, 'the existing row is not updated by its key fields');
    const added = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', SiteAssociations: [{ ConfigSite: 'OTHERSTORE', ConnectorType: 'KNB' }] }),
    );
    assert.equal(added.status, 200);
    assert.equal((await rows()).length, before.length + 1);
  });
});
