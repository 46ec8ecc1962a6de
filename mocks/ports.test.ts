import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fixedMockPorts } from './ports';

describe('the fixed ports of the mocks', () => {
  it('are 8081 and 8082 unless ACUMATICA_MOCK_PORT and B2B_MOCK_PORT say otherwise', () => {
    assert.deepEqual(fixedMockPorts({}), { acumatica: 8081, b2b: 8082 });
    assert.deepEqual(fixedMockPorts({ ACUMATICA_MOCK_PORT: '9001', B2B_MOCK_PORT: '' }), {
      acumatica: 9001,
      b2b: 8082,
    });
    assert.deepEqual(fixedMockPorts({ ACUMATICA_MOCK_PORT: '0', B2B_MOCK_PORT: '0' }), { acumatica: 0, b2b: 0 });
  });

  it('refuse a value that is not a port, naming the variable', () => {
    for (const bad of ['80a', '-1', '65536', '1.5', ' '])
      assert.throws(
        () => fixedMockPorts({ B2B_MOCK_PORT: bad }),
        new RegExp(`B2B_MOCK_PORT must be a port number from 0 to 65535, got "${bad.replace('.', '\\.')}"`),
        bad,
      );
  });
});
