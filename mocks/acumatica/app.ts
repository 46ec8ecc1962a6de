import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { mockApp } from '../control/mock-app';
import { FaultInjector } from '../control/faults';
import { UI_PATH } from '../control/harness-paths';
import { Journal } from '../control/journal';
import { MockServer } from '../control/mock-server';
import { acumaticaControlRouter } from './control-routes';
import { customizationRouter } from './customization/customization-routes';
import { Customizations } from './customization/customizations';
import { REPOSITORY_PROJECT_NAME, repositoryEndpoints, repositoryPackage } from './customization/repository-project';
import { withoutUnpublishedFields } from './customization/unpublished-fields';
import { ENDPOINTS } from './endpoints/default-endpoint';
import type { EndpointDefinition } from './endpoints/definitions';
import { entityRouter } from './entities/entity-routes';
import { projectRowsRouter } from './entities/project-rows-routes';
import { LENIENT_OPTIMIZER, type OptimizerOptions } from './query/optimizer';
import { discoveryRouter, origin } from './discovery/discovery-routes';
import { EXCEPTION, lengthRequired, sendException, sendNoResource } from './errors';
import { NO_LIMITS, RequestLimiter, type LicenseLimits, type LimiterClock } from './license-limits';
import { loginRouter } from './auth/login-routes';
import { oauthRouter, type OAuthClient } from './auth/oauth-routes';
import { PushNotifier } from './push/push-notifier';
import { RecordWriter } from './entities/record-writer';
import { mergeEndpoints, seedStore } from './entities/seed';
import { Sessions, type AcumaticaUser } from './auth/sessions';
import { AcumaticaStore } from './entities/store';
import { acumaticaScreens } from './ui/screens';

export type { AcumaticaUser } from './auth/sessions';
export { BUILD_VERSION } from './discovery/discovery-routes';

export interface AcumaticaMockOptions {
  /** The fixture document loaded at start and on every reset. */
  fixture?: unknown;
  users?: AcumaticaUser[];
  tenants?: string[];
  /** Idle minutes after which a session ends (Acumatica's default: 20). */
  sessionTimeoutMinutes?: number;
  /** The system endpoints served; Default/24.200.001 when absent. Published customizations add theirs. */
  endpoints?: EndpointDefinition[];
  /**
   * A tenant without the Kensium Commerce customization: nothing is published at start, so the
   * KensiumCommerce endpoint answers 404 until a package is published through the Customization API, and
   * seeding keeps only the fields of the served endpoints. Otherwise the repository's customization/ project
   * is published at start, as on a configured tenant.
   */
  bare?: boolean;
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
  /**
   * The site's virtual directory, as IIS serves Acumatica (`/AcumaticaERP`): every route, the control API
   * included, is under it, and `url` ends with it. Default: the server root.
   */
  basePath?: string;
  /**
   * New customers get the next number of the tenant's numbering sequence as their CustomerID, whatever ID
   * the request sent (a tenant whose customer segment is auto-numbered). Off by default.
   */
  autoNumberCustomers?: boolean;
  /** How list requests are optimised; `{ refuseDetails: true }` refuses every one that expands a detail (assumed). */
  optimizer?: Partial<OptimizerOptions>;
}

export const DEFAULT_USERS: AcumaticaUser[] = [{ name: 'admin', password: 'admin' }];
export const DEFAULT_TENANTS = ['Company'];
export const DEFAULT_OAUTH_CLIENTS: OAuthClient[] = [{ clientId: 'mock-client@Company', secret: 'mock-secret' }];

const realClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** An Express app that emulates Acumatica's contract-based REST API, with the shared /__mock control API. */
export class AcumaticaMock {
  /** How far the server's clock (record stamps, the Date header) is ahead of real time; `advanceClock` moves it. */
  private clockShiftMs = 0;
  readonly store = new AcumaticaStore(() => this.serverTime());
  readonly journal = new Journal();
  readonly faults: FaultInjector;
  readonly sessions: Sessions;
  readonly limiter: RequestLimiter;
  readonly records: RecordWriter;
  readonly push: PushNotifier;
  readonly customizations: Customizations;
  /** How list requests are optimised; tests may change it (`mock.optimizer.refuseDetails = true`). */
  readonly optimizer: OptimizerOptions;
  readonly app: Express;
  private readonly server: MockServer;
  private fixture: unknown;
  private systemEndpoints: EndpointDefinition[];
  private readonly initialLimits: LicenseLimits;
  private repositoryEndpoints: EndpointDefinition[] | undefined;
  private readonly basePath: string;

  constructor(private readonly options: AcumaticaMockOptions = {}) {
    const clock = options.clock ?? realClock;
    this.systemEndpoints = [...(options.endpoints ?? ENDPOINTS)];
    this.customizations = new Customizations(
      () => this.systemEndpoints,
      clock.now,
      () => this.sessions.expireAll(),
    );
    if (!options.bare) {
      const { files, zip } = repositoryPackage();
      this.customizations.publishNow(REPOSITORY_PROJECT_NAME, files, zip);
    }
    this.customizations.remember();
    this.faults = new FaultInjector(options.random, { endSessions: () => this.sessions.expireAll() });
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
    this.records = new RecordWriter(this.store, (entity) => {
      const fields = this.allEndpoints().topLevel[entity]?.fields ?? {};
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
    this.basePath = normalizeBasePath(options.basePath);
    this.optimizer = { ...LENIENT_OPTIMIZER, ...options.optimizer };
    this.app = this.buildApp();
    this.server = new MockServer('Acumatica', this.site(this.app));
    this.reset();
  }

  /** The server's time: real time, plus what `advanceClock` added since the last reset. */
  serverTime(): number {
    return Date.now() + this.clockShiftMs;
  }

  /** Moves the server's clock forward, as time passing would (record stamps and the Date header follow it). */
  advanceClock(ms: number): void {
    this.clockShiftMs += ms;
  }

  /** Where the site is: the server and its virtual directory, if any. */
  get url(): string {
    return `${this.server.url}${this.basePath}`;
  }

  private merged?: { from: EndpointDefinition[]; value: EndpointDefinition };

  /** The endpoints served, in the order `GET /entity` lists them: the system ones, then those of published customizations. */
  get endpoints(): EndpointDefinition[] {
    return [...this.systemEndpoints, ...this.customizations.endpoints()];
  }

  /** Every entity and field of the endpoints served, merged once per change of the endpoints (saves ask on each write). */
  private allEndpoints(): EndpointDefinition {
    const served = this.endpoints;
    const cached = this.merged;
    if (cached && cached.from.length === served.length && cached.from.every((endpoint, i) => endpoint === served[i]))
      return cached.value;
    this.merged = { from: served, value: mergeEndpoints(served) };
    return this.merged.value;
  }

  /** Serves another system endpoint (or replaces the one with the same name and version). */
  addEndpoint(endpoint: EndpointDefinition): void {
    this.systemEndpoints = [
      ...this.systemEndpoints.filter((e) => !(e.name === endpoint.name && e.version === endpoint.version)),
      endpoint,
    ];
  }

  async start(port = 0, host?: string): Promise<string> {
    await this.server.start(port, host);
    return this.url;
  }

  async stop(): Promise<void> {
    this.push.clear();
    await this.server.stop();
  }

  /** Back to how the mock started: its customizations, the fixture; sessions, journal, faults, limits and push subscribers are reset. */
  reset(): void {
    this.customizations.restore();
    this.store.clear();
    this.sessions.clear();
    this.journal.clear();
    this.faults.clear();
    this.push.clear();
    this.limiter.limits = { ...this.initialLimits };
    this.clockShiftMs = 0;
    this.limiter.resetWindow();
    if (this.fixture !== undefined) seedStore(this.store, this.seedable(this.fixture), this.endpoints);
  }

  /** Replaces the data with another fixture (kept for later resets). */
  seed(fixture: unknown): void {
    seedStore(new AcumaticaStore(), this.seedable(fixture), this.endpoints); // validate fully before touching the live data
    this.fixture = fixture;
    this.store.clear();
    seedStore(this.store, this.seedable(fixture), this.endpoints);
  }

  /** The fixture without the fields of the repository's customization when it is not published (a bare tenant). */
  private seedable(fixture: unknown): unknown {
    const served = this.endpoints;
    this.repositoryEndpoints ??= repositoryEndpoints(this.systemEndpoints);
    return withoutUnpublishedFields(
      fixture,
      mergeEndpoints(served),
      mergeEndpoints([...served, ...this.repositoryEndpoints]),
    );
  }

  /** What IIS does in front of the site: refuses a body without a length, serves the site under its virtual directory. */
  private site(app: Express): Express {
    const iis = express();
    iis.disable('x-powered-by');
    iis.set('etag', false);
    iis.use((_req, res, next) => {
      res.setHeader('Date', new Date(this.serverTime()).toUTCString());
      next();
    });
    iis.use(lengthRequired);
    iis.use(this.basePath || '/', app);
    iis.use((req, res) => sendNoResource(res, `${origin(req)}${req.originalUrl}`));
    return iis;
  }

  private buildApp(): Express {
    const hooks = {
      reset: () => this.reset(),
      seed: (fixture: unknown) => this.seed(fixture),
      state: () => this.store.snapshot(),
      fixturesDir: this.options.fixturesDir,
    };
    const app = mockApp(
      this.journal,
      this.faults,
      hooks,
      acumaticaControlRouter({
        limiter: this.limiter,
        sessions: this.sessions,
        push: this.push,
        entities: () => Object.keys(this.allEndpoints().topLevel),
        clock: { now: () => this.serverTime(), advance: (ms) => this.advanceClock(ms) },
      }),
    );
    app.use(UI_PATH, acumaticaScreens(this));
    app.use(this.limiter.middleware());
    app.use(this.faults.middleware());
    app.use(discoveryRouter(this.sessions, () => this.endpoints, this.basePath));
    app.use(loginRouter(this.sessions));
    app.use(
      oauthRouter(this.sessions, {
        clients: this.options.oauthClients ?? DEFAULT_OAUTH_CLIENTS,
        tokenLifetimeSeconds: this.options.tokenLifetimeSeconds ?? 3600,
      }),
    );
    app.use('/entity', this.sessions.guard());
    app.use(
      customizationRouter({
        sessions: this.sessions,
        customizations: this.customizations,
        tenants: this.options.tenants ?? DEFAULT_TENANTS,
        now: Date.now,
      }),
    );
    app.use(projectRowsRouter({ records: this.records, endpoints: () => this.endpoints }));
    app.use(
      entityRouter({
        records: this.records,
        endpoints: () => this.endpoints,
        basePath: this.basePath,
        insert: { autoNumberCustomers: this.options.autoNumberCustomers ?? false },
        optimizer: () => this.optimizer,
      }),
    );
    app.use((req, res) => sendNoResource(res, `${origin(req)}${req.originalUrl}`));
    app.use((error: Error & { type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      if (error.type === 'entity.parse.failed')
        return sendException(res, 400, EXCEPTION.argument, `The request body is not valid JSON: ${error.message}`);
      sendException(res, 500, 'System.Exception', `The mock failed: ${error.message}`);
    });
    return app;
  }
}

/** `AcumaticaERP/` → `/AcumaticaERP`; '' for the server root. */
function normalizeBasePath(path: string | undefined): string {
  const trimmed = (path ?? '').replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[\w.-]+(\/[\w.-]+)*$/.test(trimmed))
    throw new Error(`basePath ${JSON.stringify(path)} is not a virtual directory such as /AcumaticaERP`);
  return trimmed ? `/${trimmed}` : '';
}
