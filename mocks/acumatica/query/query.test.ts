import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, q, signedInMock } from '../test-support';

const ids = (list: Array<{ CustomerID: { value: string } }>) => list.map((c) => c.CustomerID.value.slice(-3));

describe('Acumatica queries: $filter, $expand, $select, $top, $skip', () => {
  const suite = signedInMock();
  const list = (params: Record<string, string>) => suite.client.get(`${KENSIUM}/Customer${q(params)}`);

  const filters: Array<[string, string[]]> = [
    ["CustomerID eq 'C000000012'", ['012']],
    ["CustomerID ne 'C000000012'", ['288', '300']],
    ["CustomerClass eq 'LOCAL' and CustomerType eq 'B2B'", ['012', '288']],
    ["CustomerType eq 'B2C' or CustomerName eq 'Facebook'", ['288', '300']],
    ["not (CustomerClass eq 'LOCAL')", ['300']],
    ["(CustomerID eq 'C000000012' or CustomerID eq 'C000000300') and CustomerType eq 'B2B'", ['012']],
    ['KensiumCommerceEnabled eq true', ['012', '288', '300']],
    ['PrimaryContactID gt 1000', ['288']],
    ['PrimaryContactID ge 288001', ['288']],
    ['PrimaryContactID lt 288001', []],
    ['PrimaryContactID le 288001', ['288']],
    ['CreditLimit eq null', ['012', '288', '300']],
    ["LastModifiedDateTime gt datetimeoffset'2000-01-01T00:00:00+02:00'", ['012', '288', '300']],
    ["CreatedDateTime lt date'2000-01-01'", []],
    ["substringof('Kenny', CustomerName)", ['012']],
    ["startswith(CustomerName, 'walk')", ['300']],
    ["endswith(CustomerID, '88')", ['288']],
    ["MainContact/Email eq 'accounts@facebook.test'", ['288']],
    ["MainContact/Address/City eq 'New York'", ['012']],
    ["PrimaryContact/Email eq 'markz@test.com'", ['288']],
    ["cf.String(f='BAccount.AcctName') eq 'Facebook'", ['288']],
  ];
  for (const [filter, expected] of filters) {
    it(`$filter=${filter} → ${expected.join(', ') || 'nothing'}`, async () => {
      const answer = await list({ $filter: filter });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(ids(answer.body), expected);
    });
  }

  it('expands nothing linked unless listed, and a nested entity only with its path listed', async () => {
    const [bare] = (await list({ $filter: "CustomerID eq 'C000000012'" })).body;
    assert.equal(bare.MainContact, undefined);
    assert.equal(bare.SiteAssociations, undefined);
    const [contactOnly] = (await list({ $filter: "CustomerID eq 'C000000012'", $expand: 'MainContact' })).body;
    assert.deepEqual(contactOnly.MainContact.Email, { value: 'johnkenny@test.com' });
    assert.equal(contactOnly.MainContact.Address, undefined);
    const [nestedOnly] = (await list({ $filter: "CustomerID eq 'C000000012'", $expand: 'MainContact/Address' })).body;
    assert.equal(nestedOnly.MainContact, undefined, 'the parent must be listed too');
    const [both] = (await list({ $filter: "CustomerID eq 'C000000012'", $expand: 'MainContact,MainContact/Address' }))
      .body;
    assert.deepEqual(both.MainContact.Address.City, { value: 'New York' });
  });

  it('pages with $top and $skip, in key order', async () => {
    assert.deepEqual(ids((await list({ $top: '2' })).body), ['012', '288']);
    assert.deepEqual(ids((await list({ $skip: '1', $top: '1' })).body), ['288']);
    assert.deepEqual(ids((await list({ $skip: '5' })).body), []);
    assert.deepEqual(ids((await list({ $top: '0' })).body), []);
  });

  const malformed: Array<[Record<string, string> | string, RegExp]> = [
    [{ $filter: 'CustomerID eq' }, /\$filter parameter is invalid: the filter ends where a value was expected/],
    [{ $filter: "CustomerID eq 'open" }, /unterminated string starting at position 15/],
    [{ $filter: "Nickname eq 'x'" }, /Nickname is not a field of Customer in KensiumCommerce\/24.200.001/],
    [
      { $filter: "SiteAssociations/ConfigSite eq 'X'" },
      /filtering on detail entities \(SiteAssociations\/ConfigSite\) is not supported/,
    ],
    [{ $filter: "tolower(CustomerID) eq 'x'" }, /unknown function "tolower"/],
    [{ $filter: "cf.String(f='Nowhere.Field') eq 'x'" }, /Nowhere.Field is not a field of the Customer screen/],
    [{ $filter: `${'('.repeat(80)}CustomerID eq 'x'${')'.repeat(80)}` }, /nests deeper than 50 levels/],
    [
      "$filter=LastModifiedDateTime%20gt%20datetimeoffset'2026-01-01T00:00:00+03:00'",
      /datetimeoffset'2026-01-01T00:00:00 03:00' at position 25 is not a valid date/,
    ],
    [{ $top: '-1' }, /\$top parameter is invalid: expected a whole number/],
    [{ $skip: 'ten' }, /\$skip parameter is invalid/],
    [{ $expand: 'CustomerName' }, /CustomerName is not a linked or detail entity of Customer/],
    [{ $expand: 'Salespersons' }, /Salespersons is not a linked or detail entity/],
    [{ $select: 'Nickname' }, /\$select parameter is invalid: Nickname is not a field/],
    [
      '$filter=CustomerID%20eq%20%27A%27&$filter=CustomerID%20eq%20%27B%27',
      /\$filter parameter is invalid: it is given more than once/,
    ],
  ];
  for (const [params, message] of malformed) {
    it(`answers 400, never a crash, to ${typeof params === 'string' ? params : JSON.stringify(params)}`, async () => {
      const answer =
        typeof params === 'string' ? await suite.client.get(`${KENSIUM}/Customer?${params}`) : await list(params);
      assert.equal(answer.status, 400);
      assert.match(answer.body.message, message);
    });
  }
});
