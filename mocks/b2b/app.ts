import type { Express, RequestHandler } from 'express';
import jsonServer from 'json-server';
import { mockApp } from '../control/mock-app';
import { FaultInjector } from '../control/faults';
import { UI_PATH } from '../control/harness-paths';
import { Journal } from '../control/journal';
import { MockServer } from '../control/mock-server';
import { addressRoutes } from './address-routes';
import { bearerAuth } from './auth';
import { companyRoutes } from './company-routes';
import { b2bControlRouter } from './control-routes';
import { errorHandler, notFoundRoute } from './errors';
import { fillFromFixture, type B2BFixture } from './fixture';
import { JsonCollections } from './json-collections';
import { roleRoutes } from './role-routes';
import { B2BStore } from './store';
import { b2bScreens } from './ui/screens';
import { userRoutes } from './user-routes';

export type { B2BFixture } from './fixture';

export interface B2BMockOptions {
  /** The fixture loaded at start and on every reset (the format of fixtures/b2b.json); an empty store when absent. */
  fixture?: B2BFixture;
  /** Bearer tokens that may read and write. */
  tokens?: string[];
  /** Bearer tokens that may only read (GET); a write with one is answered 403. */
  readOnlyTokens?: string[];
  /** Chance source of fault rules with a probability. */
  random?: () => number;
  /** The folder `POST /__mock/seed/{file}` reads from. */
  fixturesDir?: string;
}

export const DEFAULT_TOKEN = 'b2b-mock-token';
export const DEFAULT_READ_ONLY_TOKEN = 'b2b-mock-read-token';

/** An Express app that emulates the Better B2B REST API under /api/v1, with the shared /__mock control API. */
export class B2BMock {
  readonly store = new B2BStore();
  readonly journal = new Journal();
  readonly faults: FaultInjector;
  readonly app: Express;
  private readonly server: MockServer;
  private fixture: unknown;

  constructor(private readonly options: B2BMockOptions = {}) {
    this.fixture = options.fixture ?? {};
    this.faults = new FaultInjector(options.random);
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

  /** Back to the last fixture; the journal and the faults are emptied. */
  reset(): void {
    this.store.replaceWith((staging) => fillFromFixture(staging, this.fixture));
    this.journal.clear();
    this.faults.clear();
  }

  /** Replaces the data with another fixture (kept for later resets); a bad one throws and changes nothing. */
  seed(fixture: unknown): void {
    this.store.replaceWith((staging) => fillFromFixture(staging, fixture));
    this.fixture = fixture;
  }

  private buildApp(): Express {
    const hooks = {
      reset: () => this.reset(),
      seed: (fixture: unknown) => this.seed(fixture),
      state: () => this.store.snapshot(),
      fixturesDir: this.options.fixturesDir,
    };
    const app = mockApp(this.journal, this.faults, hooks, b2bControlRouter(this.store));
    app.use(UI_PATH, b2bScreens(this));
    app.use(this.faults.middleware());
    const deps = { store: this.store, collections: new JsonCollections(() => this.store.collections) };
    app.use(
      '/api/v1',
      bearerAuth({
        readWrite: this.options.tokens ?? [DEFAULT_TOKEN],
        readOnly: this.options.readOnlyTokens ?? [DEFAULT_READ_ONLY_TOKEN],
      }),
      // json-server's own JSON parser, not express.json(): the router skips a body it has parsed, while
      // a body parsed by Express 5's parser makes it fail with "stream is not readable".
      jsonServer.bodyParser[0] as RequestHandler,
      companyRoutes(deps),
      addressRoutes(deps),
      userRoutes(deps),
      roleRoutes(deps),
    );
    app.use(notFoundRoute);
    app.use(errorHandler);
    return app;
  }
}
