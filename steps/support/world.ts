import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { z } from 'zod';
import { parseConfig, type Config } from '../../src/config';
import { createDependencies, syncOptions } from '../../src/dependencies';
import { createLogger } from '../../src/logger';
import { runSync } from '../../src/sync/engine';
import type { SyncReport } from '../../src/sync/report';
import type { Selection } from '../../src/sync/source';
import { AcumaticaView, type Plain } from './acumatica-view';
import { B2BView } from './b2b-view';
import type { LogFilter } from './log-filter';
import { mocksIfRunning } from './mocks';
import { RunIds } from './run-ids';

/** `worldParameters` of a profile. `live: true` runs against the endpoints in the environment instead of in-process mocks. */
const parametersSchema = z.looseObject({
  live: z
    .union([z.boolean(), z.enum(['true', 'false'])], { message: 'worldParameters.live must be true or false' })
    .optional()
    .transform((value) => value === true || value === 'true'),
});
export type WorldParameters = z.input<typeof parametersSchema>;

/** One sync a scenario ran: its report, the Logs screen rows it wrote, and which of its problems a step checked. */
export interface SyncRun {
  report: SyncReport;
  rows: Plain[];
  checked: { everything: boolean; problem: boolean; customers: Set<string> };
  /** Against the mocks: how many requests each mock had received when the sync started. */
  requestsBefore?: { acumatica: number; b2b: number };
}

/**
 * The state of one scenario: where the two systems are, a view of each as a tester sees it, the
 * identifiers it uses, and every sync it ran.
 */
export class SyncWorld extends World<WorldParameters> {
  readonly live: boolean;
  readonly ids: RunIds;
  config!: Config;
  acumatica!: AcumaticaView;
  b2b!: B2BView;
  readonly syncs: SyncRun[] = [];
  /** Customer name → the documented customer ID the scenario gave it. */
  readonly customerNames = new Map<string, string>();
  /** Contact name → its ContactID and the documented ID of its customer. */
  readonly contacts = new Map<string, { contactId: number; customer: string }>();
  /** Ids of the Logs screen rows that existed before the scenario started. */
  logBaseline = new Set<string>();
  /** The Logs screen's filter fields as the scenario set them. */
  logFilter: LogFilter = {};
  /** The answer to the last save a step expected Acumatica might refuse. */
  lastSave: { status: number; data: any } | undefined;

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options);
    const parsed = parametersSchema.safeParse(options.parameters ?? {});
    if (!parsed.success) throw new Error(`Failed to read the Cucumber worldParameters: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    this.live = parsed.data.live;
    this.ids = new RunIds(this.live);
  }

  /** Points the scenario at the two systems: the in-process mocks, or the environment's endpoints when live. */
  async connect(urls?: { acumatica: string; b2b: string }): Promise<void> {
    this.config = parseConfig({
      ...(this.live ? pickEnv() : {}),
      ...(urls ? { ACUMATICA_URL: urls.acumatica, B2B_URL: urls.b2b } : {}),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      HTTP_TIMEOUT_MS: process.env.HTTP_TIMEOUT_MS ?? 5000,
    });
    const { ACUMATICA_USERNAME: name, ACUMATICA_PASSWORD: password, ACUMATICA_TENANT: tenant, ACUMATICA_ENDPOINT: endpoint, ACUMATICA_ENDPOINT_VERSION: version } = this.config;
    this.acumatica = new AcumaticaView(this.config.ACUMATICA_URL, { name, password, tenant }, `/entity/${endpoint}/${version}`);
    this.b2b = new B2BView(this.config.B2B_URL, this.config.B2B_TOKEN);
    this.logBaseline = new Set((await this.logRows()).map((row) => row.id as string));
  }

  /** The Logs screen's rows; none on a tenant without the customization (its endpoint answers 404 there). */
  private async logRows(): Promise<Plain[]> {
    try {
      return await this.acumatica.connectorLog();
    } catch (error) {
      if (/HTTP 404/.test((error as Error).message)) return [];
      throw error;
    }
  }

  /** Runs the real sync module, in-process, against the two systems, and keeps the Logs screen rows it wrote. */
  async sync(selection: Selection): Promise<SyncRun> {
    const before = new Set((await this.logRows()).map((row) => row.id as string));
    const mocks = this.live ? undefined : mocksIfRunning();
    const requestsBefore = mocks && { acumatica: mocks.acumatica.journal.list().length, b2b: mocks.b2b.journal.list().length };
    const deps = createDependencies(this.config, createLogger(this.config.LOG_LEVEL), { backoffMs: 10 });
    const report = await runSync(deps, syncOptions(this.config, selection));
    const rows = (await this.logRows()).filter((row) => !before.has(row.id));
    const run: SyncRun = { report, rows, checked: { everything: false, problem: false, customers: new Set() }, requestsBefore };
    this.syncs.push(run);
    return run;
  }

  /** The last sync of the scenario (or the one `index` names, from 0). */
  syncRun(index = this.syncs.length - 1): SyncRun {
    const run = this.syncs[index];
    if (!run) throw new Error(`The scenario has run ${this.syncs.length} sync(s); there is no sync number ${index + 1}. Add "When the customer sync runs for customer …" first.`);
    return run;
  }

  /** The rows the Logs screen gained since the scenario started. */
  async scenarioLogRows(filter?: string): Promise<Plain[]> {
    return (await this.acumatica.connectorLog(filter)).filter((row) => !this.logBaseline.has(row.id));
  }

  /** The documented ID of the customer the scenario named `nameOrId` (a customer name or ID). */
  customerDoc(nameOrId: string): string {
    return this.customerNames.get(nameOrId) ?? nameOrId;
  }

  /** The ID the scenario really uses for a documented customer ID or a customer name. */
  customerId(nameOrId: string): string {
    return this.ids.key(this.customerDoc(nameOrId));
  }

  contact(name: string): { contactId: number; customer: string } {
    const contact = this.contacts.get(name);
    if (!contact) throw new Error(`The scenario has no contact "${name}"; create it first (Given the contact "${name}" of customer "…" with email "…")`);
    return contact;
  }
}

function pickEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([key, value]) => /^(ACUMATICA_|B2B_|CONNECTOR_ID$)/.test(key) && value)) as Record<string, string>;
}

setWorldConstructor(SyncWorld);
