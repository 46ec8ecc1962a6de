import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { controlRouter } from '../control/control-router';
import { FaultInjector } from '../control/faults';
import { Journal } from '../control/journal';
import { MockServer } from '../control/mock-server';
import { acumaticaControlRouter } from './control-routes';
import { ENDPOINTS, type EndpointDefinition } from './endpoints';
import { entityRouter } from './entity-routes';
import { discoveryRouter, origin } from './discovery-routes';
import { EXCEPTION, sendException, sendNoResource } from './errors';
import { NO_LIMITS, RequestLimiter, type LicenseLimits, type LimiterClock } from './license-limits';
import { loginRouter } from './login-routes';
import { oauthRouter, type OAuthClient } from './oauth-routes';
import { PushNotifier } from './push-notifier';
import { Records } from './records';
import { mergeEndpoints, seedStore } from './seed';
import { Sessions, type AcumaticaUser } from './sessions';
import { AcumaticaStore } from './store';

export type { AcumaticaUser } from './sessions';
export { BUILD_VERSION } from './discovery-routes';

export interface AcumaticaMockOptions {
  /** The fixture document loaded at start and on every reset. */
  fixture?: unknown;
  users?: AcumaticaUser[];
  tenants?: string[];
  /** Idle minutes after which a session ends (Acumatica's default: 20). */
  sessionTimeoutMinutes?: number;
  /** The endpoints served; Default/24.200.001 and KensiumCommerce/24.200.001 when absent. */
  endpoints?: EndpointDefinition[];
  /** License limits; all off when absent. */
  limits?: Partial<LicenseLimits>;
  /** Connected applications allowed to ask for OAuth 2.0 tokens. */
  oauthClients?: OAuthClient[];
  tokenLifetimeSeconds?: number;
  /** Webhook deliveries: pause between attempts (default 1000 ms), attempts (5), time limit of one (10 s). */
  push?: { retryDelayMs?: number; maxAttempts?: number; timeoutMs?: number };
  /** Time as sessions and the request queue see it; tests inject one to expire sessions without waiting. */
  clock?: LimiterClock;
  /** Chance source of fault rules with a probability. */
  random?: () => number;
  /** The folder `POST /__mock/seed/{file}` reads from. */
  fixturesDir?: string;
}

export const DEFAULT_USERS: AcumaticaUser[] = [{ name: 'admin', password: 'admin' }];
export const DEFAULT_TENANTS = ['Company'];
export const DEFAULT_OAUTH_CLIENTS: OAuthClient[] = [{ clientId: 'mock-client@Company', secret: 'mock-secret' }];

const realClock: LimiterClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/** An Express app that emulates Acumatica's contract-based REST API, with the shared /__mock control API. */
export class AcumaticaMock {
  readonly store = new AcumaticaStore();
  readonly journal = new Journal();
  readonly faults: FaultInjector;
  readonly sessions: Sessions;
  readonly limiter: RequestLimiter;
  readonly records: Records;
  readonly push: PushNotifier;
  readonly app: Express;
  private readonly server: MockServer;
  private fixture: unknown;
  private endpointList: EndpointDefinition[];
  private readonly initialLimits: LicenseLimits;

  constructor(private readonly options: AcumaticaMockOptions = {}) {
    const clock = options.clock ?? realClock;
    this.endpointList = [...(options.endpoints ?? ENDPOINTS)];
    this.faults = new FaultInjector(options.random);
    this.initialLimits = { ...NO_LIMITS, ...options.limits };
    this.limiter = new RequestLimiter(this.initialLimits, clock);
    const tenants = options.tenants ?? DEFAULT_TENANTS;
    this.sessions = new Sessions({
      users: options.users ?? DEFAULT_USERS,
      tenants,
      sessionTimeoutMinutes: options.sessionTimeoutMinutes ?? 20,
      maxSessions: () => this.limiter.limits.maxSessions,
      clock: clock.now,
    });
    this.records = new Records(this.store, (entity) => {
      const fields = mergeEndpoints(this.endpointList).topLevel[entity]?.fields ?? {};
      return { created: 'CreatedDateTime' in fields, modified: 'LastModifiedDateTime' in fields };
    });
    this.push = new PushNotifier({
      tenant: () => tenants[0] ?? 'Company',
      retryDelayMs: options.push?.retryDelayMs ?? 1000,
      maxAttempts: options.push?.maxAttempts ?? 5,
      timeoutMs: options.push?.timeoutMs ?? 10_000,
    });
    this.records.onChange((change) => this.push.notify(change));
    this.fixture = options.fixture;
    this.app = this.buildApp();
    this.server = new MockServer('Acumatica', this.app);
    this.reset();
  }

  get url(): string {
    return this.server.url;
  }

  /** The endpoints served, in the order `GET /entity` lists them. */
  get endpoints(): readonly EndpointDefinition[] {
    return this.endpointList;
  }

  /** Serves another endpoint (or replaces the one with the same name and version). */
  addEndpoint(endpoint: EndpointDefinition): void {
    this.endpointList = [...this.endpointList.filter((e) => !(e.name === endpoint.name && e.version === endpoint.version)), endpoint];
  }

  start(port = 0, host?: string): Promise<string> {
    return this.server.start(port, host);
  }

  async stop(): Promise<void> {
    this.push.clear();
    await this.server.stop();
  }

  /** Back to the fixture the mock was created with; sessions, journal, faults, limits and push subscribers are reset. */
  reset(): void {
    this.store.clear();
    this.sessions.clear();
    this.journal.clear();
    this.faults.clear();
    this.push.clear();
    this.limiter.limits = { ...this.initialLimits };
    this.limiter.resetWindow();
    if (this.fixture !== undefined) seedStore(this.store, this.fixture, this.endpointList);
  }

  /** Replaces the data with another fixture (kept for later resets). */
  seed(fixture: unknown): void {
    seedStore(new AcumaticaStore(), fixture, this.endpointList); // validate fully before touching the live data
    this.fixture = fixture;
    this.store.clear();
    seedStore(this.store, fixture, this.endpointList);
  }

  private buildApp(): Express {
    const app = express();
    app.disable('x-powered-by');
    app.set('etag', false);
    app.set('query parser', 'simple');
    app.use(this.journal.middleware());
    const hooks = { reset: () => this.reset(), seed: (fixture: unknown) => this.seed(fixture), state: () => this.store.snapshot(), fixturesDir: this.options.fixturesDir };
    app.use('/__mock', controlRouter(hooks, this.journal, this.faults));
    app.use('/__mock', acumaticaControlRouter({ limiter: this.limiter, sessions: this.sessions, push: this.push, entities: () => Object.keys(mergeEndpoints(this.endpointList).topLevel) }));
    app.use(this.limiter.middleware());
    app.use(this.faults.middleware());
    app.use(discoveryRouter(this.sessions, () => this.endpointList));
    app.use(loginRouter(this.sessions));
    app.use(oauthRouter(this.sessions, { clients: this.options.oauthClients ?? DEFAULT_OAUTH_CLIENTS, tokenLifetimeSeconds: this.options.tokenLifetimeSeconds ?? 3600 }));
    app.use('/entity', this.sessions.guard());
    app.use(entityRouter({ records: this.records, endpoints: () => this.endpointList }));
    app.use((req, res) => sendNoResource(res, `${origin(req)}${req.originalUrl}`));
    app.use((error: Error & { type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      if (error.type === 'entity.parse.failed') return sendException(res, 400, EXCEPTION.argument, `The request body is not valid JSON: ${error.message}`);
      sendException(res, 500, 'System.Exception', `The mock failed: ${error.message}`);
    });
    return app;
  }
}
