import axios, { type AxiosInstance } from 'axios';

export type B2BRecord = Record<string, any>;

/** What a tester sees in Better B2B, read through its REST API: companies, address books, users, roles. */
export class B2BView {
  private readonly http: AxiosInstance;

  constructor(
    readonly baseUrl: string,
    token: string,
  ) {
    this.http = axios.create({ baseURL: `${baseUrl}/api/v1`, headers: { Authorization: `Bearer ${token}` }, validateStatus: () => true, timeout: 10_000 });
  }

  async get(path: string, params?: Record<string, string>): Promise<any> {
    let response;
    try {
      response = await this.http.get(path, { params });
    } catch (error) {
      throw new Error(`Failed to reach Better B2B at ${this.baseUrl}: ${(error as Error).message}. Start it (npm run mocks) or set B2B_URL.`);
    }
    if (response.status !== 200) throw new Error(`Failed to read ${path} from Better B2B: HTTP ${response.status} ${JSON.stringify(response.data)}`);
    return response.data.data;
  }

  /** The companies whose name is `name`, as the Companies list shows them. */
  async companiesNamed(name: string): Promise<B2BRecord[]> {
    const companies: B2BRecord[] = await this.get('/company', { q: name, limit: '100' });
    return companies.filter((company) => company.company_name === name);
  }

  /** The company of an Acumatica customer, if Better B2B has one. */
  async companyOf(customerId: string): Promise<B2BRecord | undefined> {
    const companies: B2BRecord[] = await this.get('/company', { acumatica_customer_id: customerId });
    if (companies.length > 1) throw new Error(`Better B2B has ${companies.length} companies for Acumatica customer ${customerId}; expected at most one`);
    return companies[0];
  }

  async addresses(companyId: number): Promise<B2BRecord[]> {
    return this.get(`/address/${companyId}`);
  }

  async users(companyId: number): Promise<B2BRecord[]> {
    return this.get(`/company/${companyId}/users`);
  }

  async roles(): Promise<B2BRecord[]> {
    return this.get('/roles');
  }
}
