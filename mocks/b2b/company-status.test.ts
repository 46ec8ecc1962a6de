import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { b2bSuite, body } from './test-support';

describe('Better B2B company approval', () => {
  const suite = b2bSuite();
  const setAutoApprove = (value: unknown) => suite.api.put('/__mock/settings', { auto_approve: value });

  it('creates companies PENDING, without an approval date, when the store does not auto-approve', async () => {
    assert.deepEqual((await suite.api.get('/__mock/settings')).body, { auto_approve: true });
    assert.deepEqual((await setAutoApprove(false)).body, { auto_approve: false });
    const company = await suite.api.create('/company', body.company());
    assert.equal(company.status, 'PENDING');
    assert.equal(company.approved_at, null);
  });

  it('lets the store admin approve, reject, and put back a company; "Approved / Rejected On" follows', async () => {
    await setAutoApprove(false);
    const company = await suite.api.create('/company', body.company());
    const approved = await suite.api.put(`/company/${company.id}/status`, { status: 'APPROVED' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.data.status, 'APPROVED');
    assert.ok(Date.parse(approved.body.data.approved_at) >= Date.parse(company.created_at));
    const again = await suite.api.put(`/company/${company.id}/status`, { status: 'APPROVED' });
    assert.equal(again.body.data.approved_at, approved.body.data.approved_at, 'the same status keeps its date');
    const rejected = await suite.api.put(`/company/${company.id}/status`, { status: 'REJECTED' });
    assert.equal(rejected.body.data.status, 'REJECTED');
    assert.equal(typeof rejected.body.data.approved_at, 'string');
    const pending = await suite.api.put(`/company/${company.id}/status`, { status: 'PENDING' });
    assert.deepEqual([pending.body.data.status, pending.body.data.approved_at], ['PENDING', null]);
    assert.equal((await suite.api.get(`/company/${company.id}`)).body.data.status, 'PENDING');
  });

  it('keeps the status through a PUT of the company, which cannot set it', async () => {
    const company = await suite.api.create('/company', body.company());
    await suite.api.put(`/company/${company.id}/status`, { status: 'REJECTED' });
    assert.equal((await suite.api.put(`/company/${company.id}`, body.company())).body.data.status, 'REJECTED');
    const smuggled = await suite.api.put(`/company/${company.id}`, { ...body.company(), status: 'APPROVED' });
    assert.equal(smuggled.status, 422);
    assert.deepEqual(smuggled.body.errors, [{ field: 'status', message: 'is not a known field' }]);
  });

  it('answers 422 to an unknown status, 404 to an unknown company', async () => {
    const company = await suite.api.create('/company', body.company());
    const bad = await suite.api.put(`/company/${company.id}/status`, { status: 'INACTIVE' });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].field, 'status');
    assert.equal((await suite.api.put('/company/999/status', { status: 'APPROVED' })).status, 404);
  });

  it('refuses a bad setting with 422, and a reset restores the fixture setting', async () => {
    const bad = await setAutoApprove('yes');
    assert.equal(bad.status, 422);
    assert.match(bad.body.message, /^Failed to change the settings: auto_approve/);
    await setAutoApprove(false);
    await suite.api.post('/__mock/reset', {});
    assert.equal((await suite.api.create('/company', body.company())).status, 'APPROVED');
  });

  it('takes the setting from a seeded fixture', async () => {
    const seeded = await suite.api.post('/__mock/seed', { settings: { auto_approve: false }, roles: [] });
    assert.equal(seeded.status, 204);
    assert.equal((await suite.api.create('/company', body.company())).status, 'PENDING');
  });
});
