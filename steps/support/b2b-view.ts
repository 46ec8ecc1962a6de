import axios, { type AxiosInstance } from 'axios';

/** What a tester sees in Better B2B, read through its REST API: companies, address books, users, roles. */
export class B2BView {
  private readonly http: AxiosInstance;

  constructor(
    readonly baseUrl: string,
    token: string,
  ) {
    this.http = axios.create({
      baseURL: `${baseUrl}/api/v1`,
      headers: { Authorization: `Bearer ${token}` },
      validateStatus: () => true,
      timeout: 10_000,
    });
  }

  async get(path: string, params?: Record<string, string>): Promise<any> {
    const response = await this.http.get(path, { params });
    if (response.status !== 200)
      throw new Error(
        `Failed to read ${path} from Better B2B: HTTP ${response.status} ${JSON.stringify(response.data)}`,
      );
    return response.data.data;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; data: any }> {
    const response = await this.http.request({ method, url: path, data: body });
    return { status: response.status, data: response.data };
  }

  /** The companies whose name is `name`, as the Companies list shows them. */
  async companiesNamed(name: string): Promise<any[]> {
    const companies: any[] = await this.get('/company', { q: name, limit: '100' });
    return companies.filter((company) => company.company_name === name);
  }

  async company(name: string): Promise<any> {
    const matches = await this.companiesNamed(name);
    if (matches.length !== 1)
      throw new Error(`Expected one company named "${name}" in Better B2B, found ${matches.length}`);
    return matches[0];
  }

  /** The companies of an Acumatica customer (one, or none before it syncs; more would be duplicates). */
  async companiesFor(customerId: string): Promise<any[]> {
    return this.get('/company', { acumatica_customer_id: customerId, limit: '100' });
  }

  /** The one company of an Acumatica customer. */
  async companyFor(customerId: string): Promise<any> {
    const matches = await this.companiesFor(customerId);
    if (matches.length !== 1)
      throw new Error(
        `Expected one company for Acumatica customer ${customerId} in Better B2B, found ${matches.length}`,
      );
    return matches[0];
  }

  async addresses(companyId: number): Promise<any[]> {
    return this.get(`/address/${companyId}`);
  }

  async users(companyId: number): Promise<any[]> {
    return this.get(`/company/${companyId}/users`);
  }

  async roles(): Promise<any[]> {
    return this.get('/roles');
  }

  /** A role as its View page shows it: name, type and the granted permissions as "Group: Permission" (or the permission alone). */
  async role(name: string): Promise<{ id: number; name: string; type: string; permissions: string[] }> {
    const found = (await this.roles()).find((role) => role.name === name);
    if (!found) throw new Error(`Better B2B has no role named "${name}"`);
    const role = await this.get(`/roles/${found.id}`);
    const permissions: string[] = [];
    for (const node of role.permission_tree ?? []) {
      if (Array.isArray(node.children))
        for (const child of node.children) child.granted && permissions.push(`${node.label}: ${child.label}`);
      else if (node.granted) permissions.push(node.label);
    }
    return { id: role.id, name: role.name, type: role.type, permissions };
  }
}
