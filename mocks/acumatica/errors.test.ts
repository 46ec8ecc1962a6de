import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KENSIUM, signedInMock, wire } from './test-support';

describe("Acumatica's error shapes", () => {
  const suite = signedInMock();

  it('answers 422 to a B2B customer without an account email, echoing the entity with the errors beside the fields', async () => {
    const body = wire({
      CustomerID: 'C000000600',
      CustomerName: 'No Mail Inc',
      CustomerClass: 'LOCAL',
      CustomerType: 'B2B',
      MainContact: { Phone1: '1234567890' },
    });
    const answer = await suite.client.put(`${KENSIUM}/Customer`, body);
    assert.equal(answer.status, 422);
    assert.equal(answer.body.error, "Inserting 'Customer' record raised at least one error. Please review the errors.");
    assert.deepEqual(answer.body.MainContact.Email, {
      value: null,
      error: 'Account Email cannot be empty for a customer of type B2B.',
    });
    assert.deepEqual(answer.body.CustomerName, { value: 'No Mail Inc' }, 'fields without an error come back as sent');
    assert.deepEqual(answer.body.MainContact.Phone1, { value: '1234567890' });
    assert.equal(
      suite.mock.store.findByKeys('Customer', ['CustomerID'], { CustomerID: 'C000000600' }),
      undefined,
      'nothing was saved',
    );
  });

  it('applies the rule to an update that empties the account email of a B2B customer', async () => {
    const answer = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000012', MainContact: { Email: '' } }),
    );
    assert.equal(answer.status, 422);
    assert.match(answer.body.error, /^Updating 'Customer' record/);
    assert.deepEqual(answer.body.MainContact.Email, {
      value: '',
      error: 'Account Email cannot be empty for a customer of type B2B.',
    });
  });

  it('reports every bad field at once', async () => {
    const answer = await suite.client.put(
      `${KENSIUM}/Customer`,
      wire({ CustomerID: 'C000000601', CustomerClass: 'NOPE' }),
    );
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.CustomerName, { value: null, error: "'Customer Name' cannot be empty." });
    assert.deepEqual(answer.body.CustomerClass, {
      value: 'NOPE',
      error: "'Customer Class' cannot be found in the system.",
    });
  });

  it('answers 500 with message, exceptionMessage, exceptionType and stackTrace when a record does not exist', async () => {
    const answer = await suite.client.get(`${KENSIUM}/Contact/999`);
    assert.equal(answer.status, 500);
    assert.deepEqual(Object.keys(answer.body).sort(), ['exceptionMessage', 'exceptionType', 'message', 'stackTrace']);
  });

  it('answers a URL that no route matches as ASP.NET Web API does', async () => {
    const answer = await suite.client.get('/entity/Nowhere/1.0/Customer');
    assert.equal(answer.status, 404);
    assert.equal(
      answer.body.message,
      `No HTTP resource was found that matches the request URI '${suite.mock.url}/entity/Nowhere/1.0/Customer'.`,
    );
  });
});
