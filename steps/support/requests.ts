/** The requests fault steps name, and the method and path (a glob of the control API) they stand for. */
export interface RequestPattern {
  method: string;
  path: string;
}

export const B2B_REQUESTS: Record<string, RequestPattern> = {
  'create a company': { method: 'POST', path: '/api/v1/company' },
  'update a company': { method: 'PUT', path: '/api/v1/company/*' },
  'read the companies': { method: 'GET', path: '/api/v1/company*' },
  'add an address': { method: 'POST', path: '/api/v1/address/*' },
  'create a user': { method: 'POST', path: '/api/v1/company/*/users' },
  'read the roles': { method: 'GET', path: '/api/v1/roles' },
};

export const ACUMATICA_REQUESTS: Record<string, RequestPattern> = {
  'read customers': { method: 'GET', path: '/entity/*/Customer' },
  'read contacts': { method: 'GET', path: '/entity/*/Contact' },
  'read locations': { method: 'GET', path: '/entity/*/CustomerLocation' },
  'save a customer': { method: 'PUT', path: '/entity/*/Customer' },
  'write back the Commerce Reference IDs': { method: 'PUT', path: '/entity/*/CommerceReferences' },
  // The rows go many per request (ConnectorLogBatch); a single row, as a tester writes one, is ConnectorLog.
  'write a connector log row': { method: 'PUT', path: '/entity/*/ConnectorLog*' },
  'sign in': { method: 'POST', path: '/entity/auth/login' },
  'ask whether the publication has completed': { method: 'POST', path: '/CustomizationApi/publishEnd' },
};
