import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { parseConfig, type Config } from '../../src/config';
import { createDependencies, syncOptions } from '../../src/dependencies';
import { createLogger } from '../../src/logger';
import { runSync } from '../../src/sync/engine';
import type { SyncReport } from '../../src/sync/report';
import type { Selection } from '../../src/sync/source';
import { AcumaticaView } from './acumatica-view';
import { B2BView } from './b2b-view';

export interface WorldParameters {
  /** Run against the endpoints in the environment instead of in-process mocks. */
  live?: boolean;
}

/**
 * The state of one scenario: where the two systems are, a view of each as a tester sees it, and the
 * report of the last sync the scenario ran.
 */
export class SyncWorld extends World<WorldParameters> {
  config!: Config;
  acumatica!: AcumaticaView;
  b2b!: B2BView;
  lastReport: SyncReport | undefined;
  /** The connector log row a previous step found, for "that row …" steps. */
  logRow: Record<string, string> | undefined;
  /** The connector log rows that existed before the scenario's sync ran (so live runs see only theirs). */
  logRowsBefore = 0;

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options);
  }

  get live(): boolean {
    return Boolean(this.parameters.live);
  }

  /** Points the scenario at the two systems: the in-process mocks, or the environment's endpoints when live. */
  connect(urls?: { acumatica: string; b2b: string }): void {
    this.config = parseConfig({
      ...(this.live ? pickEnv() : {}),
      ...(urls ? { ACUMATICA_URL: urls.acumatica, B2B_URL: urls.b2b } : {}),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      HTTP_TIMEOUT_MS: process.env.HTTP_TIMEOUT_MS ?? 5000,
    });
    this.acumatica = new AcumaticaView(this.config.ACUMATICA_URL, {
      name: this.config.ACUMATICA_USERNAME,
      password: this.config.ACUMATICA_PASSWORD,
      tenant: this.config.ACUMATICA_TENANT,
    });
    this.b2b = new B2BView(this.config.B2B_URL, this.config.B2B_TOKEN);
  }

  /** Runs the real sync module, in-process, against the two systems. */
  async sync(selection: Selection, extra: { dryRun?: boolean } = {}): Promise<SyncReport> {
    this.logRowsBefore = (await this.acumatica.connectorLog()).length;
    const deps = createDependencies(this.config, createLogger(this.config.LOG_LEVEL), { backoffMs: 10 });
    this.lastReport = await runSync(deps, syncOptions(this.config, selection, extra));
    return this.lastReport;
  }

  /** The connector log rows written since the scenario's last sync started. */
  async newLogRows(): Promise<Record<string, string>[]> {
    return (await this.acumatica.connectorLog()).slice(this.logRowsBefore);
  }
}

function pickEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([key, value]) => /^(ACUMATICA_|B2B_|CONNECTOR_ID)/.test(key) && value)) as Record<string, string>;
}

setWorldConstructor(SyncWorld);
