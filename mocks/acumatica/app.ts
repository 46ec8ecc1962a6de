import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { controlRouter } from '../control/control-router';
import { FaultInjector } from '../control/faults';
import { Journal } from '../control/journal';
import { MockServer } from '../control/mock-server';
import { Sessions, type AcumaticaUser } from './auth';
import { ENDPOINTS, KENSIUM_ENDPOINT, type EndpointDefinition } from './endpoints';
import { entityRouter } from './entity-routes';
import { EXCEPTION, sendException, sendNoResource } from './errors';
import { seedStore } from './seed';
import { AcumaticaStore } from './store';

export interface AcumaticaMockOptions {
  /** The fixture document loaded at start and on every reset. */
  fixture?: unknown;
  users?: AcumaticaUser[];
  tenants?: string[];
  sessionTimeoutMinutes?: number;
}

export const DEFAULT_USERS: AcumaticaUser[] = [{ name: 'admin', password: 'admin' }];
export const DEFAULT_TENANTS = ['Company'];

/** An Express app that emulates Acumatica's contract-based REST API, with the shared /__mock control API. */
export class AcumaticaMock {
  readonly store = new AcumaticaStore();
  readonly journal = new Journal();
  readonly faults = new FaultInjector();
  readonly sessions: Sessions;
  readonly app: Express;
  private readonly server: MockServer;
  private fixture: unknown;
  private endpoints: EndpointDefinition[] = ENDPOINTS;

  constructor(options: AcumaticaMockOptions = {}) {
    this.sessions = new Sessions({
      users: options.users ?? DEFAULT_USERS,
      tenants: options.tenants ?? DEFAULT_TENANTS,
      sessionTimeoutMinutes: options.sessionTimeoutMinutes ?? 20,
    });
    this.fixture = options.fixture;
    this.app = this.buildApp();
    this.server = new MockServer('Acumatica', this.app);
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

  /** Back to the fixture the mock was created with; sessions, journal and faults are cleared. */
  reset(): void {
    this.store.clear();
    this.sessions.clear();
    this.journal.clear();
    this.faults.clear();
    if (this.fixture !== undefined) seedStore(this.store, this.fixture, KENSIUM_ENDPOINT);
  }

  /** Replaces the data with another fixture (kept for later resets). */
  seed(fixture: unknown): void {
    const store = new AcumaticaStore();
    seedStore(store, fixture, KENSIUM_ENDPOINT); // validate fully before touching the live data
    this.fixture = fixture;
    this.store.clear();
    seedStore(this.store, fixture, KENSIUM_ENDPOINT);
  }

  private buildApp(): Express {
    const app = express();
    app.disable('x-powered-by');
    app.set('etag', false);
    app.use(this.journal.middleware());
    app.use(
      '/__mock',
      controlRouter(
        { reset: () => this.reset(), seed: (fixture) => this.seed(fixture), state: () => this.store.snapshot() },
        this.journal,
        this.faults,
      ),
    );
    app.use(this.faults.middleware());
    app.get('/entity', (req, res) => {
      res.json({
        version: { acumaticaBuildVersion: '24.210.0012', databaseVersion: '24.210.0012' },
        endpoints: this.endpoints
          .filter((endpoint) => endpoint.name === 'Default' || this.sessions.find(req))
          .map((endpoint) => ({ name: endpoint.name, version: endpoint.version, href: `/entity/${endpoint.name}/${endpoint.version}/` })),
      });
    });
    app.use(this.sessions.router());
    app.use('/entity', this.sessions.guard());
    app.use(entityRouter({ store: this.store, endpoints: () => this.endpoints }));
    app.use((req, res) => sendNoResource(res, `${req.protocol}://${req.get('host')}${req.originalUrl}`));
    app.use((error: Error & { type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      if (error.type === 'entity.parse.failed') return sendException(res, 400, EXCEPTION.argument, `The request body is not valid JSON: ${error.message}`);
      sendException(res, 500, 'System.Exception', `The mock failed: ${error.message}`);
    });
    return app;
  }
}
