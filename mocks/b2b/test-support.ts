import { after, before, beforeEach } from 'node:test';
import { TestClient, type Answer } from '../acumatica/test-support';
import { b2bFixture } from '../fixtures';
import { B2BMock, DEFAULT_TOKEN, type B2BMockOptions } from './app';

export type { Answer } from '../acumatica/test-support';

/**
 * Registers the hooks of a suite against one Better B2B mock: seeded from fixtures/b2b.json on a free
 * port before the tests, back to that fixture before each (even when a test seeded another), stopped after them. The client sends the
 * default read-write token.
 */
export function b2bSuite(options: B2BMockOptions = {}): { mock: B2BMock; api: B2BTestClient } {
  const suite = {} as { mock: B2BMock; api: B2BTestClient };
  const fixture = options.fixture ?? b2bFixture();
  before(async () => {
    suite.mock = new B2BMock({ ...options, fixture });
    suite.api = new B2BTestClient(await suite.mock.start());
  });
  beforeEach(() => {
    suite.mock.seed(fixture); // a test may have seeded another one
    suite.mock.reset();
  });
  after(() => suite.mock.stop());
  return suite;
}

/** Real HTTP to the mock, paths relative to /api/v1 (a path starting with /__mock is sent as is). */
export class B2BTestClient {
  private readonly http: TestClient;

  constructor(readonly baseUrl: string) {
    this.http = new TestClient(baseUrl);
    this.http.bearer = DEFAULT_TOKEN;
  }

  /** The same mock with another token (undefined: none). */
  as(token: string | undefined): B2BTestClient {
    const other = new B2BTestClient(this.baseUrl);
    other.http.bearer = token;
    return other;
  }

  request(method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<Answer> {
    return this.http.request(method, path.startsWith('/__mock') ? path : `/api/v1${path}`, { json, headers });
  }

  get(path: string): Promise<Answer> {
    return this.request('GET', path);
  }

  post(path: string, json: unknown): Promise<Answer> {
    return this.request('POST', path, json);
  }

  put(path: string, json: unknown): Promise<Answer> {
    return this.request('PUT', path, json);
  }

  delete(path: string): Promise<Answer> {
    return this.request('DELETE', path);
  }

  /** Creates a record and returns it, failing loudly when the mock refuses. */
  async create(path: string, json: unknown): Promise<any> {
    const answer = await this.post(path, json);
    if (answer.status !== 201)
      throw new Error(
        `Failed to create ${path} in the test's setup: HTTP ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    return answer.body.data;
  }
}

/** Bodies the API accepts, with the documents' examples; a test overrides what it is about. */
export const body = {
  company: (overrides: Record<string, unknown> = {}) => ({
    company_name: 'John Kenny',
    acumatica_customer_id: 'C000000012',
    company_email: 'johnkenny@test.com',
    company_phone: '3333333333',
    business_type: 'Default',
    customer_class: 'Domestic Customers',
    price_class: null,
    ...overrides,
  }),
  address: (overrides: Record<string, unknown> = {}) => ({
    address_label: 'Primary Address',
    first_name: 'John',
    last_name: 'Kenny',
    address_line1: '156 10th Ave',
    address_line2: null,
    city: 'New York',
    state: 'NY',
    zip_code: '10011',
    country: 'US',
    phone: '3333333333',
    is_billing: true,
    is_shipping: false,
    is_default_billing: true,
    is_default_shipping: false,
    external_id: 'MAIN',
    ...overrides,
  }),
  user: (overrides: Record<string, unknown> = {}) => ({
    email: 'markz@test.com',
    first_name: 'Mark',
    last_name: 'Z',
    phone: '4444444444',
    role_id: 1,
    is_primary_admin: true,
    external_id: '288001',
    ...overrides,
  }),
};

export const ADMIN_ROLE = 1;
export const SENIOR_BUYER_ROLE = 2;
