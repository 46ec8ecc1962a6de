import axios, { type AxiosInstance } from 'axios';
import { unwrap, wrap, type Plain } from './wire';

export type { Plain } from './wire';

/**
 * What a tester sees in Acumatica, read and written through its contract-based REST API as a person's
 * tools would: written apart from the product's client so that both are not wrong in the same way.
 */
export class AcumaticaView {
  private readonly http: AxiosInstance;
  private cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly credentials: { name: string; password: string; tenant: string },
    readonly endpoint = '/entity/KensiumCommerce/24.200.001',
  ) {
    this.http = axios.create({ baseURL: baseUrl, validateStatus: () => true, timeout: 10_000 });
  }

  private async signIn(): Promise<void> {
    const response = await this.send({ method: 'POST', url: '/entity/auth/login', data: this.credentials });
    if (response.status !== 204) throw new Error(`Failed to sign in to Acumatica at ${this.baseUrl}: HTTP ${response.status} ${JSON.stringify(response.data)}`);
    this.cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  }

  async signOut(): Promise<void> {
    if (!this.cookie) return;
    await this.http.post('/entity/auth/logout', undefined, { headers: { Cookie: this.cookie } }).catch(() => undefined);
    this.cookie = undefined;
  }

  private async send(config: Parameters<AxiosInstance['request']>[0]) {
    try {
      return await this.http.request(config);
    } catch (error) {
      throw new Error(`Failed to reach Acumatica at ${this.baseUrl}: ${(error as Error).message}. Start it (npm run mocks) or set ACUMATICA_URL.`);
    }
  }

  /** A request on an entity of the endpoint; signs in (again) when needed. Returns status and body. */
  async request(method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown, params?: Record<string, string>): Promise<{ status: number; data: any }> {
    if (!this.cookie) await this.signIn();
    const call = () => this.send({ method, url: `${this.endpoint}/${path}`, data: body, params, headers: { Cookie: this.cookie } });
    let response = await call();
    if (response.status === 401) {
      await this.signIn();
      response = await call();
    }
    return { status: response.status, data: response.data };
  }

  /** Saves a record given in plain values; answers with Acumatica's status and the saved record, plain. */
  async save(entity: string, record: Plain, params?: Record<string, string>): Promise<{ status: number; data: any }> {
    const { status, data } = await this.request('PUT', entity, wrap(record), params);
    return { status, data: status === 200 ? unwrap(data) : data };
  }

  async put(entity: string, record: Plain, params?: Record<string, string>): Promise<Plain> {
    const { status, data } = await this.save(entity, record, params);
    if (status !== 200) throw new Error(`Failed to save ${entity} in Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
    return data;
  }

  async list(entity: string, params: Record<string, string> = {}): Promise<Plain[]> {
    const { status, data } = await this.request('GET', entity, undefined, params);
    if (status !== 200) throw new Error(`Failed to read ${entity} from Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
    return (data as Plain[]).map(unwrap);
  }

  /** Deletes a record by its key values (`Customer/C000000012`, `CustomerLocation/C000000012/MAIN`). */
  async delete(entity: string, keys: Array<string | number>): Promise<void> {
    const { status, data } = await this.request('DELETE', `${entity}/${keys.map((key) => encodeURIComponent(String(key))).join('/')}`);
    if (status !== 204 && status !== 200) throw new Error(`Failed to delete ${entity} ${keys.join('/')} in Acumatica: HTTP ${status} ${JSON.stringify(data)}`);
  }

  async findCustomer(customerId: string): Promise<Plain | undefined> {
    const [customer] = await this.list('Customer', { $filter: `CustomerID eq ${literal(customerId)}`, $expand: 'MainContact,MainContact/Address,SiteAssociations' });
    return customer;
  }

  async customer(customerId: string): Promise<Plain> {
    const customer = await this.findCustomer(customerId);
    if (!customer) throw new Error(`Customer ${customerId} does not exist in Acumatica`);
    return customer;
  }

  /** The contacts of a customer (its Contacts tab). */
  async contacts(customerId: string): Promise<Plain[]> {
    return this.list('Contact', { $filter: `BusinessAccount eq ${literal(customerId)}`, $expand: 'SiteAssociations' });
  }

  async contact(contactId: number): Promise<Plain> {
    const [contact] = await this.list('Contact', { $filter: `ContactID eq ${contactId}`, $expand: 'SiteAssociations' });
    if (!contact) throw new Error(`Contact ${contactId} does not exist in Acumatica`);
    return contact;
  }

  /** The locations of a customer (its Locations tab). */
  async locations(customerId: string): Promise<Plain[]> {
    return this.list('CustomerLocation', { $filter: `Customer eq ${literal(customerId)}`, $expand: 'LocationContact,LocationContact/Address,SiteAssociations' });
  }

  /** Rows of the connector Logs screen, optionally narrowed by a `$filter`, oldest first. */
  async connectorLog(filter?: string): Promise<Plain[]> {
    const rows = await this.list('ConnectorLog', filter ? { $filter: filter } : {});
    return rows.sort((a, b) => String(a.CreatedDateTime).localeCompare(String(b.CreatedDateTime)));
  }
}

/** A string literal of a `$filter`, quotes doubled. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
