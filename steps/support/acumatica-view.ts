import axios, { type AxiosInstance } from 'axios';

/**
 * What a tester sees in Acumatica, read and written through its contract-based REST API as a person's
 * tools would: written apart from the product's client so that both are not wrong in the same way.
 */
export class AcumaticaView {
  private readonly http: AxiosInstance;
  private cookie: string | undefined;
  /** The Acumatica server's clock (its Date header) at the last answer, to choose times on its scale. */
  serverTime: Date | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly credentials: { name: string; password: string; tenant: string },
    readonly endpoint = '/entity/KensiumCommerce/24.200.001',
  ) {
    this.http = axios.create({ baseURL: baseUrl, validateStatus: () => true, timeout: 10_000 });
  }

  private async signIn(): Promise<void> {
    const response = await this.http.post('/entity/auth/login', this.credentials);
    this.noteServerTime(response.headers.date);
    if (response.status !== 204)
      throw new Error(
        `Failed to sign in to Acumatica at ${this.baseUrl}: HTTP ${response.status} ${JSON.stringify(response.data)}`,
      );
    this.cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  }

  async signOut(): Promise<void> {
    if (!this.cookie) return;
    await this.http.post('/entity/auth/logout', undefined, { headers: { Cookie: this.cookie } });
    this.cookie = undefined;
  }

  /** GET or PUT on an entity; signs in (again) when needed. Returns status and body. */
  async request(
    method: 'GET' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    params?: Record<string, string>,
  ): Promise<{ status: number; data: any }> {
    if (!this.cookie) await this.signIn();
    let response = await this.http.request({
      method,
      url: `${this.endpoint}/${path}`,
      data: body,
      params,
      headers: { Cookie: this.cookie },
    });
    if (response.status === 401) {
      await this.signIn();
      response = await this.http.request({
        method,
        url: `${this.endpoint}/${path}`,
        data: body,
        params,
        headers: { Cookie: this.cookie },
      });
    }
    this.noteServerTime(response.headers.date);
    return { status: response.status, data: response.data };
  }

  private noteServerTime(header: unknown): void {
    const time = typeof header === 'string' ? new Date(header) : undefined;
    if (time && !Number.isNaN(time.getTime())) this.serverTime = time;
  }

  async put(entity: string, record: Record<string, unknown>, params?: Record<string, string>): Promise<any> {
    const { status, data } = await this.request('PUT', entity, wrap(record), params);
    if (status !== 200)
      throw new Error(`Failed to save ${entity} in Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
    return data;
  }

  async list(entity: string, params: Record<string, string> = {}): Promise<any[]> {
    const { status, data } = await this.request('GET', entity, undefined, params);
    if (status !== 200)
      throw new Error(`Failed to read ${entity} from Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
    return data;
  }

  /** Deletes a record by its id or key (`Customer/C000000012`); a record that is already gone is fine. */
  async delete(entity: string, key: string): Promise<void> {
    const { status, data } = await this.request(
      'DELETE',
      `${entity}/${key.split('/').map(encodeURIComponent).join('/')}`,
    );
    if (
      status !== 204 &&
      status !== 200 &&
      !(status === 500 && /NoEntitySatisfiesTheCondition/.test(JSON.stringify(data)))
    ) {
      throw new Error(`Failed to delete ${entity} ${key} in Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
    }
  }

  async customer(customerId: string, expand = 'MainContact,MainContact/Address,SiteAssociations'): Promise<any> {
    const [customer] = await this.list('Customer', {
      $filter: `CustomerID eq ${literal(customerId)}`,
      $expand: expand,
    });
    if (!customer) throw new Error(`Customer ${customerId} does not exist in Acumatica`);
    return customer;
  }

  /** The contacts of a customer, as plain values, with their Site Association rows. */
  async contactsOf(customerId: string): Promise<Record<string, any>[]> {
    return (
      await this.list('Contact', { $filter: `BusinessAccount eq ${literal(customerId)}`, $expand: 'SiteAssociations' })
    ).map(unwrap);
  }

  /** Every connector log row, oldest first, as plain values (the Logs screen unfiltered). */
  async connectorLog(): Promise<Record<string, string>[]> {
    const rows = await this.list('ConnectorLog');
    return rows
      .map(unwrap)
      .sort((a, b) => Date.parse(String(a.CreatedDateTime)) - Date.parse(String(b.CreatedDateTime)));
  }

  /** The locations of a customer, as plain values, with their Site Association rows. */
  async locationsOf(customerId: string): Promise<Record<string, any>[]> {
    return (
      await this.list('CustomerLocation', {
        $filter: `Customer eq ${literal(customerId)}`,
        $expand: 'SiteAssociations',
      })
    ).map(unwrap);
  }
}

/** An OData string literal. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Plain values into Acumatica's `{ value }` wire format (nested objects stay linked entities, arrays detail rows). */
export function wrap(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      if (key === 'id' || key === 'delete') return [key, value];
      if (Array.isArray(value)) return [key, value.map((row) => wrap(row as Record<string, unknown>))];
      if (value !== null && typeof value === 'object') return [key, wrap(value as Record<string, unknown>)];
      return [key, { value }];
    }),
  );
}

/** A wire record into plain values (one level, plus detail rows and linked entities). */
export function unwrap(record: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || key === 'rowNumber' || key === '_links' || key === 'custom') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.map(unwrap);
    else if (value && typeof value === 'object' && 'value' in value) out[key] = value.value;
    else if (value && typeof value === 'object' && Object.keys(value).length > 0) out[key] = unwrap(value);
    else out[key] = undefined;
  }
  return out;
}
