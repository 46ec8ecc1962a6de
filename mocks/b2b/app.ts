import express, { Router, type Express, type NextFunction, type Request, type Response } from 'express';
import type { z } from 'zod';
import { controlRouter } from '../control/control-router';
import { FaultInjector } from '../control/faults';
import { Journal } from '../control/journal';
import { MockServer } from '../control/mock-server';
import { addressInput, companyInput, userInput } from './schemas';
import { B2BStore, type B2BFixture, type UserRecord } from './store';

export interface B2BMockOptions {
  fixture?: B2BFixture;
  /** Bearer tokens the API accepts. */
  tokens?: string[];
}

export const DEFAULT_TOKEN = 'b2b-mock-token';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }
}

/** An Express app that emulates the Better B2B REST API under /api/v1, with the shared /__mock control API. */
export class B2BMock {
  readonly store = new B2BStore();
  readonly journal = new Journal();
  readonly faults = new FaultInjector();
  readonly app: Express;
  private readonly server: MockServer;
  private fixture: B2BFixture;
  private readonly tokens: string[];

  constructor(options: B2BMockOptions = {}) {
    this.fixture = options.fixture ?? {};
    this.tokens = options.tokens ?? [DEFAULT_TOKEN];
    this.app = this.buildApp();
    this.server = new MockServer('Better B2B', this.app);
    this.reset();
  }

  get url(): string {
    return this.server.url;
  }

  start(port = 0, host?: string): Promise<string> {
    return this.server.start(port, host);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  reset(): void {
    this.store.load(this.fixture);
    this.journal.clear();
    this.faults.clear();
  }

  seed(fixture: unknown): void {
    this.fixture = fixture as B2BFixture;
    this.store.load(this.fixture);
  }

  private buildApp(): Express {
    const app = express();
    app.disable('x-powered-by');
    app.set('etag', false);
    app.use(this.journal.middleware());
    app.use('/__mock', controlRouter({ reset: () => this.reset(), seed: (f) => this.seed(f), state: () => this.store.snapshot() }, this.journal, this.faults));
    app.use(this.faults.middleware());
    app.use('/api/v1', (req, res, next) => {
      const header = req.get('authorization') ?? '';
      const token = /^Bearer (.+)$/i.exec(header)?.[1];
      if (!token || !this.tokens.includes(token)) return void res.status(401).json({ message: 'Unauthorized: a valid bearer token is required.' });
      next();
    });
    app.use('/api/v1', express.json({ limit: '5mb' }), this.api());
    app.use((req, res) => void res.status(404).json({ message: `No route for ${req.method} ${req.path}` }));
    app.use((error: Error & { type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      if (error instanceof HttpError) return void res.status(error.status).json({ message: error.message, ...(error.errors ? { errors: error.errors } : {}) });
      if (error.type === 'entity.parse.failed') return void res.status(400).json({ message: 'The body is not valid JSON.' });
      res.status(500).json({ message: `The mock failed: ${error.message}` });
    });
    return app;
  }

  private api(): Router {
    const store = this.store;
    const router = Router();
    const company = (id: string | string[] | undefined) => {
      const found = store.companies.find((c) => c.id === Number(id));
      if (!found) throw new HttpError(404, `Company ${String(id)} does not exist.`);
      return found;
    };

    router.get('/company', (req, res) => {
      const { acumatica_customer_id: customerId, q } = req.query as Record<string, string | undefined>;
      let list = store.companies;
      if (customerId) list = list.filter((c) => c.acumatica_customer_id.toLowerCase() === customerId.toLowerCase());
      if (q) list = list.filter((c) => c.company_name.toLowerCase().includes(q.toLowerCase()) || c.acumatica_customer_id.toLowerCase().includes(q.toLowerCase()));
      const limit = Number(req.query.limit ?? 20);
      const offset = Number(req.query.offset ?? 0);
      res.json({ data: list.slice(offset, offset + limit), meta: { total: list.length, limit, offset } });
    });
    router.post('/company', (req, res) => {
      const input = parse(companyInput, req.body);
      if (store.companies.some((c) => c.acumatica_customer_id.toLowerCase() === input.acumatica_customer_id.toLowerCase())) {
        throw new HttpError(409, `A company with Acumatica customer id ${input.acumatica_customer_id} already exists.`);
      }
      const created = store.newCompany(input);
      store.companies.push(created);
      res.status(201).json({ data: created });
    });
    router.get('/company/:id', (req, res) => {
      res.json({ data: company(req.params.id) });
    });
    router.put('/company/:id', (req, res) => {
      const current = company(req.params.id);
      const input = parse(companyInput, req.body);
      if (store.companies.some((c) => c !== current && c.acumatica_customer_id.toLowerCase() === input.acumatica_customer_id.toLowerCase())) {
        throw new HttpError(409, `A company with Acumatica customer id ${input.acumatica_customer_id} already exists.`);
      }
      Object.assign(current, clearMissing(companyInput, input), { updated_at: new Date().toISOString() });
      res.json({ data: current });
    });

    router.get('/address/:companyId', (req, res) => {
      const owner = company(req.params.companyId);
      res.json({ data: store.addresses.filter((a) => a.company_id === owner.id) });
    });
    router.post('/address/:companyId', (req, res) => {
      const owner = company(req.params.companyId);
      const created = store.newAddress(owner.id, parse(addressInput, req.body));
      keepOneDefault(created);
      store.addresses.push(created);
      res.status(201).json({ data: created });
    });
    router.put('/address/:companyId/:addressId', (req, res) => {
      const current = address(req.params.companyId, req.params.addressId);
      Object.assign(current, clearMissing(addressInput, parse(addressInput, req.body)));
      keepOneDefault(current);
      res.json({ data: current });
    });
    router.delete('/address/:companyId/:addressId', (req, res) => {
      const current = address(req.params.companyId, req.params.addressId);
      store.addresses = store.addresses.filter((a) => a !== current);
      res.status(204).end();
    });
    const address = (companyId: string | string[] | undefined, addressId: string | string[] | undefined) => {
      const owner = company(companyId);
      const found = store.addresses.find((a) => a.company_id === owner.id && a.id === Number(addressId));
      if (!found) throw new HttpError(404, `Address ${String(addressId)} does not exist in company ${owner.id}.`);
      return found;
    };
    /** One default billing and one default shipping address per company: a new default replaces the old. */
    const keepOneDefault = (changed: { id: number; company_id: number; is_default_billing: boolean; is_default_shipping: boolean }) => {
      for (const other of store.addresses.filter((a) => a.company_id === changed.company_id && a.id !== changed.id)) {
        if (changed.is_default_billing) other.is_default_billing = false;
        if (changed.is_default_shipping) other.is_default_shipping = false;
      }
    };

    const withRole = (user: UserRecord) => ({ ...user, role_name: store.roles.find((r) => r.id === user.role_id)?.name });
    const checkUser = (companyId: number, input: z.infer<typeof userInput>, self?: UserRecord) => {
      if (!store.roles.some((r) => r.id === input.role_id)) throw new HttpError(422, 'The user is invalid.', [{ field: 'role_id', message: `role ${input.role_id} does not exist` }]);
      if (store.users.some((u) => u !== self && u.email.toLowerCase() === input.email.toLowerCase())) throw new HttpError(409, `A user with email ${input.email} already exists.`);
      if (input.is_primary_admin && store.users.some((u) => u !== self && u.company_id === companyId && u.is_primary_admin)) {
        throw new HttpError(409, `Company ${companyId} already has a Primary Admin; demote that user first.`);
      }
    };
    router.get('/company/:id/users', (req, res) => {
      const owner = company(req.params.id);
      res.json({ data: store.users.filter((u) => u.company_id === owner.id).map(withRole) });
    });
    router.post('/company/:id/users', (req, res) => {
      const owner = company(req.params.id);
      const input = parse(userInput, req.body);
      checkUser(owner.id, input);
      const created = store.newUser(owner.id, input);
      store.users.push(created);
      res.status(201).json({ data: withRole(created) });
    });
    const user = (companyId: string | string[] | undefined, userId: string | string[] | undefined) => {
      const owner = company(companyId);
      const found = store.users.find((u) => u.company_id === owner.id && u.id === Number(userId));
      if (!found) throw new HttpError(404, `User ${String(userId)} does not exist in company ${owner.id}.`);
      return found;
    };
    router.put('/company/:id/users/:userId', (req, res) => {
      const current = user(req.params.id, req.params.userId);
      const input = parse(userInput, req.body);
      checkUser(current.company_id, input, current);
      Object.assign(current, clearMissing(userInput, input));
      res.json({ data: withRole(current) });
    });
    router.delete('/company/:id/users/:userId', (req, res) => {
      const current = user(req.params.id, req.params.userId);
      store.users = store.users.filter((u) => u !== current);
      res.status(204).end();
    });

    router.get('/roles', (_req, res) => {
      res.json({ data: store.roles });
    });
    return router;
  }
}

/** Validates a body; a bad one is a 422 naming each failing field, and nothing is stored. */
function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new HttpError(
    422,
    'The request body is invalid.',
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(body)'), message: issue.message })),
  );
}

/** A PUT replaces the record: optional fields it leaves out are cleared. */
function clearMissing<S extends z.ZodObject>(schema: S, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, input[key] ?? null]));
}
