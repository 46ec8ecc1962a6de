import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bSuite, body } from './test-support';

const billing = body.address();
const shipping = body.address({
  address_label: 'Primary Location',
  is_billing: false,
  is_shipping: true,
  is_default_billing: false,
  is_default_shipping: true,
  external_id: 'MAIN-LOC',
});

describe('Better B2B address book', () => {
  const suite = b2bSuite();
  const company = () => suite.api.create('/company', body.company());

  it('adds addresses with every field, and lists them with the default billing and shipping ids', async () => {
    const { id } = await company();
    const created = await suite.api.post(`/address/${id}`, billing);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), `/api/v1/address/${id}/${created.body.data.id}`);
    assert.deepEqual(
      { ...created.body.data, created_at: undefined, updated_at: undefined },
      { id: 1, company_id: id, ...billing, created_at: undefined, updated_at: undefined },
    );
    const second = await suite.api.create(`/address/${id}`, shipping);
    const list = await suite.api.get(`/address/${id}`);
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.data.map((a: { address_label: string }) => a.address_label),
      ['Primary Address', 'Primary Location'],
    );
    assert.deepEqual(list.body.meta, { total: 2, default_billing_id: 1, default_shipping_id: second.id });
    assert.deepEqual((await suite.api.get(`/address/${id}/${second.id}`)).body.data, second);
  });

  it('keeps one default billing and one default shipping address: a new default takes the flag', async () => {
    const { id } = await company();
    const first = await suite.api.create(`/address/${id}`, billing);
    const firstShipping = await suite.api.create(`/address/${id}`, shipping);
    const next = await suite.api.create(
      `/address/${id}`,
      body.address({ address_label: 'Head Office', is_shipping: true, is_default_shipping: true, external_id: 'HQ' }),
    );
    const list = (await suite.api.get(`/address/${id}`)).body;
    assert.deepEqual(list.meta, { total: 3, default_billing_id: next.id, default_shipping_id: next.id });
    const byId = new Map(list.data.map((a: { id: number }) => [a.id, a]));
    assert.deepEqual(
      byId.get(first.id),
      { ...first, is_default_billing: false },
      'still a billing address, no longer the default',
    );
    assert.equal((byId.get(firstShipping.id) as { is_default_shipping: boolean }).is_default_shipping, false);
    await suite.api.put(`/address/${id}/${first.id}`, billing);
    assert.equal(
      (await suite.api.get(`/address/${id}`)).body.meta.default_billing_id,
      first.id,
      'an update may take the flag back',
    );
  });

  it('refuses a default billing address that is not a billing address, and the same for shipping', async () => {
    const { id } = await company();
    const answer = await suite.api.post(
      `/address/${id}`,
      body.address({ is_billing: false, is_shipping: false, is_default_shipping: true }),
    );
    assert.equal(answer.status, 422);
    assert.deepEqual(
      answer.body.errors.map((e: { field: string }) => e.field),
      ['is_default_billing', 'is_default_shipping'],
    );
    assert.deepEqual(suite.mock.store.addresses, []);
  });

  it('replaces an address on PUT (optional fields left out are cleared) and deletes it', async () => {
    const { id } = await company();
    const address = await suite.api.create(`/address/${id}`, body.address({ address_line2: 'Suite 5' }));
    const { phone: _phone, address_line2: _line2, ...rest } = body.address({ city: 'Brooklyn' });
    const updated = await suite.api.put(`/address/${id}/${address.id}`, rest);
    assert.equal(updated.status, 200);
    assert.deepEqual(
      [updated.body.data.city, updated.body.data.phone, updated.body.data.address_line2],
      ['Brooklyn', null, null],
    );
    assert.equal((await suite.api.delete(`/address/${id}/${address.id}`)).status, 204);
    assert.deepEqual((await suite.api.get(`/address/${id}`)).body, {
      data: [],
      meta: { total: 0, default_billing_id: null, default_shipping_id: null },
    });
    assert.equal((await suite.api.delete(`/address/${id}/${address.id}`)).status, 404);
  });

  it("refuses a second address with the same external id in one company with 409, but not in another's", async () => {
    const first = await company();
    const other = await suite.api.create('/company', body.company({ acumatica_customer_id: 'C000000288' }));
    await suite.api.create(`/address/${first.id}`, billing);
    const twin = await suite.api.post(`/address/${first.id}`, body.address({ address_label: 'Copy' }));
    assert.equal(twin.status, 409);
    assert.deepEqual(twin.body.errors, [{ field: 'external_id', message: 'is taken by address 1' }]);
    assert.equal((await suite.api.post(`/address/${other.id}`, billing)).status, 201);
    assert.equal(
      (await suite.api.post(`/address/${first.id}`, body.address({ external_id: null, address_label: 'Hand-made' })))
        .status,
      201,
      'addresses without an external id never clash',
    );
  });

  it('answers 404 for an unknown company, and for an address of another company', async () => {
    const first = await company();
    const other = await suite.api.create('/company', body.company({ acumatica_customer_id: 'C000000288' }));
    const address = await suite.api.create(`/address/${first.id}`, billing);
    for (const [method, path] of [
      ['GET', '/address/999'],
      ['POST', '/address/999'],
      ['GET', `/address/${other.id}/${address.id}`],
      ['PUT', `/address/${other.id}/${address.id}`],
      ['DELETE', `/address/${other.id}/${address.id}`],
    ] as const) {
      const answer = await suite.api.request(
        method,
        path,
        method === 'GET' || method === 'DELETE' ? undefined : billing,
      );
      assert.equal(answer.status, 404, `${method} ${path}`);
      assert.match(answer.body.message, /^There is no (company|address) with id \d+/);
    }
    assert.equal(suite.mock.store.addresses.length, 1);
  });
});
