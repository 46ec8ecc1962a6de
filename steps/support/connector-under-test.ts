import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatSummary,
  parseConfig,
  syncFromSettings,
  type Config,
  type ConfigInput,
  type Selection,
  type SyncReport,
} from '../../src';
import type { LogRow, LogSnapshot, LogsScreen } from './logs-screen';
import { PushConnector } from './push-connector';

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
 * The connector as a scenario runs it: the product's sync, in-process, with the scenario's settings (the
 * systems, the connector it configured, the settings it changed, a state folder of its own), the syncs it
 * ran with the Logs screen rows each wrote, and `serve` once a scenario starts it.
 */
export class ConnectorUnderTest {
  /** The connector the scenario configured (its name in the systems). */
  id: string | undefined;
  /** Its Config Site, the Site Association rows the sync writes Commerce Reference IDs into. */
  configSite: string | undefined;
  /** Settings a scenario changed (time limit, attempts). */
  readonly settings: ConfigInput = {};
  readonly runs: SyncRun[] = [];
  /** The `serve` receiver, once the scenario started one. */
  private receiver: PushConnector | undefined;
  /** The scenario's sync state folder, and every one it made (removed after it). */
  private stateDir = '';
  private readonly stateDirs: string[] = [];
  private systems: ConfigInput = {};
  private logs: LogsScreen | undefined;

  constructor(private readonly attach: (text: string, fileName: string) => void | Promise<void>) {}

  /** Points the syncs at the two systems (their settings) and at the Logs screen that shows their rows. */
  connect(systems: ConfigInput, logs: LogsScreen): void {
    this.systems = systems;
    this.logs = logs;
  }

  /** The settings of the next sync: the systems, the scenario's connector, state folder and changed settings. */
  config(): Config {
    return parseConfig({
      ...this.systems,
      ...this.settings,
      STATE_DIR: this.stateDir,
      ...(this.id ? { CONNECTOR_ID: this.id } : {}),
    });
  }

  /** A new, empty sync state folder for the next syncs (a new machine). */
  newStateDir(): void {
    this.stateDir = mkdtempSync(join(tmpdir(), 'cucumber-sync-state-'));
    this.stateDirs.push(this.stateDir);
  }

  /** Runs the real sync, in-process, as `npm run sync` would, and records what it did. */
  async sync(
    selection: Selection,
    extra: { dryRun?: boolean; verify?: boolean } = {},
    attach = true,
  ): Promise<SyncReport> {
    const snapshot = await this.screen.snapshot();
    const startedAt = new Date();
    const report = await syncFromSettings(this.config(), { selection, ...extra, retryBackoffMs: 10 });
    await this.record(report, startedAt, snapshot, attach);
    return report;
  }

  /** The rows the Logs screen has now, to tell apart those a run writes after. */
  snapshot(): Promise<LogSnapshot> {
    return this.screen.snapshot();
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
      logRows: await this.screen.rowsAfter(snapshot),
      snapshot,
      checked: new Set(),
      exitCode,
    };
    this.runs.push(run);
    if (attach) await this.attachSummary(run);
    return run;
  }

  /** The run's summary, as `npm run sync` prints it, attached as `sync-N-summary.txt`. */
  async attachSummary(run: SyncRun): Promise<void> {
    await this.attach(formatSummary(run.report), `sync-${this.runs.indexOf(run) + 1}-summary.txt`);
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

  /** Sync number n of the scenario, counting from 1. */
  run(n: number): SyncRun {
    const run = this.runs[n - 1];
    if (!run) throw new Error(`There is no sync ${n} in this scenario; it ran ${this.runs.length}.`);
    return run;
  }

  /** Starts `serve` (again, when it already runs): each batch it receives is synced and recorded as a run. */
  async serve(secret: string, quietMs: number): Promise<PushConnector> {
    await this.receiver?.stop();
    this.receiver = new PushConnector({
      secret,
      quietMs,
      sync: async (customerIds) => void (await this.sync({ kind: 'customers', customerIds }, {}, false)),
    });
    await this.receiver.start();
    return this.receiver;
  }

  /** The running `serve` receiver. */
  get serving(): PushConnector {
    if (!this.receiver)
      throw new Error(
        'The connector is not serving: add "Given the connector serves push notifications with the secret …".',
      );
    return this.receiver;
  }

  /** After the scenario: `serve` stops (syncing what is pending) and the state folders are removed. */
  async cleanUp(): Promise<void> {
    await this.receiver?.stop();
    for (const dir of this.stateDirs) rmSync(dir, { recursive: true, force: true });
  }

  private get screen(): LogsScreen {
    if (!this.logs) throw new Error('The scenario is not connected to the systems yet.');
    return this.logs;
  }
}
