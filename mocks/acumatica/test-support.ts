import { after, before, beforeEach } from 'node:test';
import { AcumaticaMock, type AcumaticaMockOptions } from './app';
import { acumaticaFixture } from '../fixtures';

/** What a test sees of one answer. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or the text when it is not JSON. */
  body: any;
}

export const KENSIUM = '/entity/KensiumCommerce/24.200.001';
export const DEFAULT = '/entity/Default/24.200.001';

/**
 * A plain HTTP client for the mock's tests: real requests with fetch, the session cookies of the last
 * sign-in kept and sent, as an integration would. Written apart from the product's client on purpose.
 */
export class TestClient {
  cookie: string | undefined;
  bearer: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (this.cookie) headers.Cookie = this.cookie;
    if (this.bearer) headers.Authorization = `Bearer ${this.bearer}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Signs in (admin/admin to Company unless told otherwise) and keeps the cookies on success. */
  async login(
    credentials: Record<string, string> = { name: 'admin', password: 'admin', tenant: 'Company' },
  ): Promise<Answer> {
    const answer = await this.request('POST', '/entity/auth/login', { json: credentials });
    if (answer.status === 204)
      this.cookie = answer.headers
        .getSetCookie()
        .map((cookie) => cookie.split(';')[0])
        .join('; ');
    return answer;
  }

  get(path: string, headers?: Record<string, string>): Promise<Answer> {
    return this.request('GET', path, { headers });
  }

  put(path: string, json: unknown, headers?: Record<string, string>): Promise<Answer> {
    return this.request('PUT', path, { json, headers });
  }

  delete(path: string): Promise<Answer> {
    return this.request('DELETE', path);
  }
}

/** A mock with the repository's fixtures on a free port, and a client signed in to it. */
export async function startSignedIn(
  options: AcumaticaMockOptions = {},
): Promise<{ mock: AcumaticaMock; client: TestClient }> {
  const mock = new AcumaticaMock({ fixture: acumaticaFixture(), ...options });
  const client = new TestClient(await mock.start());
  const answer = await client.login();
  if (answer.status !== 204)
    throw new Error(`Failed to sign in to the mock: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return { mock, client };
}

/**
 * Registers the hooks of a suite that runs against one mock: started with the fixtures and signed in before
 * the tests, stopped after them; with `reset`, back to the fixtures (and signed in again) before each test.
 */
export function signedInMock(
  options: AcumaticaMockOptions = {},
  each: { reset?: boolean } = {},
): { mock: AcumaticaMock; client: TestClient } {
  const suite = {} as { mock: AcumaticaMock; client: TestClient };
  before(async () => {
    Object.assign(suite, await startSignedIn(options));
  });
  if (each.reset) {
    beforeEach(async () => {
      suite.mock.reset();
      await suite.client.login();
    });
  }
  after(() => suite.mock.stop());
  return suite;
}

/** `{ "value": … }` for each plain value, as a PUT body wants it. */
export function wire(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      if (key === 'id' || key === 'delete' || key === 'custom') return [key, value];
      if (Array.isArray(value)) return [key, value.map((row) => wire(row as Record<string, unknown>))];
      if (value !== null && typeof value === 'object') return [key, wire(value as Record<string, unknown>)];
      return [key, { value }];
    }),
  );
}

/** A clock the test moves by hand; `sleep` moves it instead of waiting. */
export function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  const clock = {
    time: start,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
    advance: (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

export const q = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;
