import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import {
  formatSummary,
  parseConfig,
  syncFromSettings,
  type Config,
  type ConfigInput,
  type Selection,
  type SyncReport,
} from '../../src';
import { AcumaticaView } from './acumatica-view';
import { B2BView } from './b2b-view';
import { Aliases, isLive } from './live';
import { LogsScreen, type LogRow, type LogSnapshot } from './logs-screen';
import { MockControl } from './mock-control';
import type { PushConnector } from './push-connector';

export interface WorldParameters {
  /** Run against the endpoints in the environment instead of in-process mocks. */
  live?: boolean | string;
}

/** One sync the scenario ran, with what it wrote to the Logs screen and what steps have checked of it. */
export interface SyncRun {
  report: SyncReport;
  startedAt: Date;
  finishedAt: Date;
  logRows: LogRow[];
  /** The Logs screen rows that existed just before it started. */
  snapshot: LogSnapshot;
  /** Customer IDs whose failure a step checked, and "problem" once a step checked why the run could not start. */
  checked: Set<string>;
  /** Exit code, when the run was a CLI command. */
  exitCode?: number;
}

/**
 * The state of one scenario: where the two systems are, a view of each as a tester sees it, the names the
 * scenario's records have there, its own sync state folder, and the syncs it ran.
 */
export class SyncWorld extends World<WorldParameters> {
  readonly live: boolean;
  readonly aliases: Aliases;
  config!: Config;
  acumatica!: AcumaticaView;
  b2b!: B2BView;
  logs!: LogsScreen;
  /** Tags of the running scenario (its feature's included). */
  tags: string[] = [];
  /** The scenario's sync state folder (a fresh temporary folder; "the sync state is lost" makes another). */
  stateDir = '';
  /** Every state folder the scenario made, removed after it. */
  readonly stateDirs: string[] = [];
  /** Settings a scenario changed (time limit, attempts). */
  settings: ConfigInput = {};
  /** The connector the scenario configured (its name in the systems). */
  connectorId: string | undefined;
  /** Its Config Site, the Site Association rows the sync writes Commerce Reference IDs into. */
  configSite: string | undefined;
  runs: SyncRun[] = [];
  lastReport: SyncReport | undefined;
  /** What the Logs screen shows after the last filter a step applied. */
  shownLogRows: LogRow[] | undefined;
  /** The Better B2B role a step is viewing. */
  viewedRole: { id: number; name: string; type: string; permissions: string[] } | undefined;
  /** Better B2B's answer to a change a step expects it to refuse. */
  lastB2BAnswer: { status: number; data: any } | undefined;
  /** Acumatica's answer to a save a step expects it to refuse. */
  lastAnswer: { status: number; data: unknown } | undefined;
  /** ContactIDs of the contacts the scenario created, by customer and name. */
  readonly contactIds = new Map<string, number>();
  /** The running `serve` receiver, when the scenario started one. */
  pushConnector: PushConnector | undefined;
  private baseInput: ConfigInput = {};
  private control: MockControl | undefined;

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options);
    this.live = isLive(this.parameters);
    this.aliases = new Aliases(this.live);
  }

  /** Points the scenario at the two systems: the in-process mocks, or the environment's endpoints when live. */
  connect(urls?: { acumatica: string; b2b: string }): void {
    this.baseInput = {
      ...(this.live ? pickEnv() : {}),
      ...(urls ? { ACUMATICA_URL: urls.acumatica, B2B_URL: urls.b2b } : {}),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      HTTP_TIMEOUT_MS: process.env.HTTP_TIMEOUT_MS ?? 5000,
    };
    this.config = parseConfig(this.baseInput);
    this.acumatica = new AcumaticaView(this.config.ACUMATICA_URL, {
      name: this.config.ACUMATICA_USERNAME,
      password: this.config.ACUMATICA_PASSWORD,
      tenant: this.config.ACUMATICA_TENANT,
    });
    this.b2b = new B2BView(this.config.B2B_URL, this.config.B2B_TOKEN);
    this.logs = new LogsScreen(this.acumatica);
  }

  /** The settings of the next sync: the systems, the scenario's connector, state folder and changed settings. */
  syncConfig(): Config {
    return parseConfig({
      ...this.baseInput,
      ...this.settings,
      STATE_DIR: this.stateDir,
      ...(this.connectorId ? { CONNECTOR_ID: this.connectorId } : {}),
    });
  }

  /** The mocks' control API; only for scenarios tagged @mock-control, which the live profile leaves out. */
  get mockControl(): MockControl {
    if (!this.tags.includes('@mock-control')) {
      throw new Error(
        "This step uses the mocks' control API: tag its scenario or feature @mock-control, so that live runs leave it out.",
      );
    }
    this.control ??= new MockControl({ acumatica: this.config.ACUMATICA_URL, b2b: this.config.B2B_URL });
    return this.control;
  }

  /** Runs the real sync module, in-process, as `npm run sync` would, and records what it did. */
  async sync(
    selection: Selection,
    extra: { dryRun?: boolean; verify?: boolean } = {},
    attach = true,
  ): Promise<SyncReport> {
    const snapshot = await this.logs.snapshot();
    const startedAt = new Date();
    const report = await syncFromSettings(this.syncConfig(), { selection, ...extra, retryBackoffMs: 10 });
    await this.record(report, startedAt, snapshot, attach);
    return report;
  }

  /** Keeps a finished run, with the Logs screen rows it wrote; its summary goes into the report of the scenario. */
  async record(
    report: SyncReport,
    startedAt: Date,
    snapshot: LogSnapshot,
    attach: boolean,
    exitCode?: number,
  ): Promise<SyncRun> {
    const run: SyncRun = {
      report,
      startedAt,
      finishedAt: new Date(),
      logRows: await this.logs.rowsAfter(snapshot),
      snapshot,
      checked: new Set(),
      exitCode,
    };
    this.runs.push(run);
    this.lastReport = report;
    if (attach) await this.attachSummary(run);
    return run;
  }

  async attachSummary(run: SyncRun): Promise<void> {
    await this.attach(formatSummary(run.report), 'text/plain');
  }

  /** The last sync of the scenario. */
  get lastRun(): SyncRun {
    const run = this.runs.at(-1);
    if (!run)
      throw new Error(
        'No sync has run in this scenario yet: add a step such as "When the customer sync runs for customer …".',
      );
    return run;
  }

  /** The connector log rows the scenario's last sync wrote. */
  async newLogRows(): Promise<Record<string, string>[]> {
    return this.lastRun.logRows;
  }

  /** A new, empty sync state folder for the next syncs (a new machine). */
  newStateDir(): void {
    this.stateDir = mkdtempSync(join(tmpdir(), 'cucumber-sync-state-'));
    this.stateDirs.push(this.stateDir);
  }

  /** The key under which a contact's ContactID is kept. */
  contactKey(customerId: string, name: string): string {
    return `${customerId.toLowerCase()}/${name}`;
  }
}

function pickEnv(): ConfigInput {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key, value]) => /^(ACUMATICA_|B2B_|CONNECTOR_ID$|HTTP_)/.test(key) && value),
  );
}

setWorldConstructor(SyncWorld);
