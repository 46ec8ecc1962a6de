import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { AcumaticaClient, ReadPage } from '../acumatica/client';
import type { ConnectorConfiguration, Customer } from '../acumatica/entity-schemas';
import type { B2BClient } from '../b2b/client';
import { ContractError } from '../errors';
import type { SyncState } from '../state/sync-state';
import { applyPlan, type ApplyContext } from './apply-plan';
import { ConnectorLog } from './connector-log';
import { abortedResult, recordStatus } from './customer-status';
import { failureReason, SyncLog } from './log-catalogue';
import { CONTACT_ROLE, PRIMARY_ADMIN_ROLE } from './mapping';
import { pipeline } from './pipeline';
import { planCustomer, planUnreadable, type CustomerPlan, type PlanSettings } from './plan';
import { addResult, emptyReport, type CustomerResult, type SyncReport } from './report';
import { connectorProblem, decideCustomer, includesContacts, includesLocations } from './rules';
import { AcumaticaSource, type Selection } from './source';
import { COMMERCE_REFERENCES, WriteBack } from './write-back';

export interface SyncDependencies {
  acumatica: AcumaticaClient;
  b2b: B2BClient;
  logger: Logger;
}

export interface SyncOptions {
  selection: Selection;
  connectorId: string;
  /** Base URL of Acumatica, to name records in log rows. */
  acumaticaUrl: string;
  pageSize: number;
  concurrency: number;
  /** Failed attempts after which a customer is aborted (left alone until `sync retry`). */
  maxFailedAttempts: number;
  dryRun?: boolean;
  /** Compare every customer with Better B2B, even those whose fingerprint says nothing changed. */
  verify?: boolean;
  writeConnectorLog?: boolean;
  /** The persisted state (watermark, per-customer status); without it every run is a full comparison. */
  state?: SyncState;
  /** Called after each page with the running report (for progress on a terminal). */
  onProgress?: (report: SyncReport) => void;
  /**
   * Stops the run after the customers in flight (Ctrl+C, the deadline): no other customer is started, the
   * statuses reached are kept, the watermark stays, and the report and one ERROR row say why (the abort
   * reason, a sentence).
   */
  signal?: AbortSignal;
}

/**
 * How far the watermark stays behind the server's clock (its Date header) at the start of a run. Records
 * changed in that window are read again next time (their fingerprint makes that nearly free); it covers
 * the Date header's one-second resolution and small skew between the servers of an Acumatica farm.
 */
export const WATERMARK_OVERLAP_MS = 5_000;

/**
 * One sync run, in the steps of "What a sync does" (README.md). It resolves with a report in every case;
 * a problem that stops the run is `report.problem`.
 */
export async function runSync(deps: SyncDependencies, options: SyncOptions): Promise<SyncReport> {
  const run = new SyncRun(deps, options);
  try {
    // 1. Read the connector configuration (one that cannot run is logged, and nothing syncs) and what the
    //    mapping needs: the customer classes' descriptions and the roles in Better B2B.
    const connector = await run.readConnector();
    if (!connector) return run.report;
    const settings = await run.readPlanSettings(connector);
    const writers = run.writers(connector);
    // 1. … then the customers page by page; while one page is written, the next is read and planned.
    await pipeline(run.untilStopped(run.selectedPages()), {
      // 1. … with the contacts and locations of the page's eligible customers; 2. Decide; 3. Map.
      prepare: (page) => run.plan(page, settings),
      // 4. Write to Better B2B; 5. Write back the Commerce Reference IDs; 6. Log every action.
      process: (plans) => run.apply(plans, writers),
      commit: (results) => run.tally(results),
    });
    if (options.signal?.aborted) await run.stopped(stopReason(options.signal));
    else run.finish();
  } catch (error) {
    await run.stopped(error);
  } finally {
    await run.close();
  }
  return run.report;
}

/** What one run holds between its stages, and the stages themselves. */
class SyncRun {
  readonly report: SyncReport;
  private readonly dryRun: boolean;
  private readonly rows: ConnectorLog;
  private readonly log: SyncLog;
  private readonly source: AcumaticaSource;
  /** What earlier runs recorded (read on a dry run too) … */
  private readonly state: SyncState | undefined;
  /** … and where this run records (nowhere on a dry run, which leaves the state as it was). */
  private readonly kept: SyncState | undefined;
  private readonly limit: ReturnType<typeof pLimit>;
  /** The connector's Config Site, once read. */
  private configSite = '';
  /** Customers taken so far; a customer on two pages (changed while being read) is synced once. */
  private readonly seen = new Set<string>();
  /** The server's clock when the run began, for the watermark. */
  private startedAt: Date | undefined;

  constructor(
    private readonly deps: SyncDependencies,
    private readonly options: SyncOptions,
  ) {
    this.dryRun = options.dryRun ?? false;
    this.report = emptyReport(options.selection, this.dryRun);
    this.rows = new ConnectorLog(deps.acumatica, deps.logger, !this.dryRun && (options.writeConnectorLog ?? true));
    this.log = new SyncLog(
      this.rows,
      (record) => `${options.acumaticaUrl}${deps.acumatica.entityBase}/${record.entity}/${record.key}`,
      this.dryRun,
    );
    this.source = new AcumaticaSource(deps.acumatica, options.pageSize);
    this.state = options.state;
    this.kept = this.dryRun ? undefined : options.state;
    this.limit = pLimit(options.concurrency);
  }

  /** The connector configuration, or undefined (logged, and the report's problem) when it cannot run. */
  async readConnector(): Promise<ConnectorConfiguration | undefined> {
    const connector = await this.source.connector(this.options.connectorId);
    this.startedAt = this.deps.acumatica.lastServerTime ?? new Date();
    const problem = connectorProblem(connector, this.options.connectorId);
    if (!problem && connector) {
      this.configSite = connector.ConfigSite ?? '';
      return connector;
    }
    this.report.problem = problem;
    await this.log.cannotStart(problem ?? '', this.options.connectorId);
    return undefined;
  }

  /** What the mapping needs besides the records: the customer classes' descriptions and the roles' ids. */
  async readPlanSettings(connector: ConnectorConfiguration): Promise<PlanSettings> {
    const [classDescriptions, roleIds] = await Promise.all([
      this.source.classDescriptions(),
      findRoleIds(this.deps.b2b),
    ]);
    return { connector, classDescriptions, roleIds };
  }

  /** What applying a plan needs: the Better B2B client, the write-back into Acumatica, the log. */
  writers(connector: ConnectorConfiguration): ApplyContext {
    return {
      b2b: this.deps.b2b,
      writeBack: new WriteBack(
        this.deps.acumatica,
        connector.ConfigSite ?? '',
        `${this.options.acumaticaUrl}${this.deps.acumatica.entityBase}/${COMMERCE_REFERENCES}`,
      ),
      log: this.log,
      dryRun: this.dryRun,
      verify: this.options.verify ?? false,
    };
  }

  /**
   * The selected customers, page by page; an incremental run then reads the customers whose contacts or
   * locations changed, those whose last attempt failed and those aborted.
   */
  async *selectedPages(): AsyncGenerator<ReadPage<Customer>> {
    const { selection } = this.options;
    const { source, state } = this;
    switch (selection.kind) {
      case 'all':
        return yield* source.customers();
      case 'since':
        return yield* source.customers(selection.since);
      case 'customer':
        return yield* source.customersById([selection.customerId]);
      case 'customers':
        return yield* source.customersById(selection.customerIds);
      case 'incremental': {
        yield* source.customers(state?.watermark);
        // Aborted customers are read too: left alone, they show in every report (and exit code 1) until retried.
        const extra = new Set([...(state?.retryable() ?? []), ...(state?.aborted() ?? [])]);
        if (state?.watermark)
          for (const id of await source.ownersChangedSince(state.watermark, this.configSite)) extra.add(id);
        const missing = [...extra].filter((id) => !this.seen.has(id));
        if (missing.length > 0) yield* source.customersById(missing);
        return;
      }
    }
  }

  /** The pages, until the run is asked to stop. */
  async *untilStopped<Page>(pages: AsyncGenerator<Page>): AsyncGenerator<Page> {
    for await (const page of pages) {
      if (this.options.signal?.aborted) return;
      yield page;
    }
  }

  /**
   * Decides each new customer of the page, reads the contacts and locations of those that sync, and plans;
   * a customer record that could not be read is planned to fail alone.
   */
  async plan(page: ReadPage<Customer>, settings: PlanSettings): Promise<CustomerPlan[]> {
    const unreadable = page.unreadable.map(planUnreadable).filter((plan) => !this.seen.has(plan.customer.CustomerID));
    unreadable.forEach((plan) => this.seen.add(plan.customer.CustomerID));
    const fresh = page.records.filter((customer) => !this.seen.has(customer.CustomerID));
    fresh.forEach((customer) => this.seen.add(customer.CustomerID));
    if (fresh.length === 0) return unreadable;
    const { connector } = settings;
    const associations = await this.source.associationsOf(
      fresh.map((customer) => customer.CustomerID),
      this.configSite,
    );
    const withRows = <R extends { id?: string }>(record: R): R => ({
      ...record,
      SiteAssociations: associations.get(record.id?.toLowerCase() ?? '') ?? [],
    });
    const decided = fresh
      .map(withRows)
      .map((customer) => ({ customer, decision: decideCustomer(customer, connector) }));
    const eligible = decided
      .filter((d) => d.decision.eligible && !this.leftAlone(d.customer.CustomerID))
      .map((d) => d.customer.CustomerID);
    const none = { records: new Map(), unreadable: new Map() };
    const [contacts, locations] = await Promise.all([
      !includesContacts(connector) || eligible.length === 0 ? none : this.source.contactsOf(eligible),
      !includesLocations(connector) || eligible.length === 0 ? none : this.source.locationsOf(eligible),
    ]);
    const planned = decided.map(({ customer, decision }) => {
      const id = customer.CustomerID;
      return planCustomer(
        {
          customer,
          decision,
          contacts: (contacts.records.get(id) ?? []).map(withRows),
          locations: (locations.records.get(id) ?? []).map(withRows),
          unreadable: [...(contacts.unreadable.get(id) ?? []), ...(locations.unreadable.get(id) ?? [])],
        },
        settings,
      );
    });
    return [...unreadable, ...planned];
  }

  /** An aborted customer is left alone, unless the run names it (`--customer`, `sync retry`, `serve`). */
  private leftAlone(customerId: string): boolean {
    const { kind } = this.options.selection;
    return kind !== 'customer' && kind !== 'customers' && this.state?.get(customerId)?.status === 'aborted';
  }

  /** Applies the page's plans, a few customers at a time, and keeps each customer's status. */
  async apply(plans: CustomerPlan[], writers: ApplyContext): Promise<CustomerResult[]> {
    const { maxFailedAttempts, signal } = this.options;
    const results = await Promise.all(
      plans.map((plan) =>
        this.limit(async (): Promise<CustomerResult | undefined> => {
          // Asked to stop: the customers not yet started are left for the next run.
          if (signal?.aborted) return undefined;
          const previous = this.state?.get(plan.customer.CustomerID);
          if (previous && this.leftAlone(plan.customer.CustomerID)) return abortedResult(plan.customer, previous);
          const result = await applyPlan(writers, plan, previous);
          return this.kept ? recordStatus(this.kept, result, maxFailedAttempts) : result;
        }),
      ),
    );
    return results.filter((result) => result !== undefined);
  }

  /** Writes the page's connector log rows, adds its results to the report, tells the progress. */
  async tally(results: CustomerResult[]): Promise<void> {
    await this.rows.flush();
    for (const result of results) addResult(this.report, result);
    this.deps.logger.info({ customers: this.seen.size, totals: this.report.totals }, 'page synced');
    this.options.onProgress?.(this.report);
  }

  /** A named customer that is not there is a problem; a full or incremental run moves the watermark on. */
  finish(): void {
    const { selection } = this.options;
    if (selection.kind === 'customer' && this.seen.size === 0)
      this.report.problem = `Customer ${selection.customerId} was not found in Acumatica`;
    if (selection.kind === 'customers') {
      const seen = new Set([...this.seen].map((id) => id.toLowerCase()));
      const missing = selection.customerIds.filter((id) => !seen.has(id.toLowerCase()));
      if (missing.length > 0) this.report.notFound = missing;
    }
    if (this.kept && this.startedAt && (selection.kind === 'incremental' || selection.kind === 'all')) {
      this.kept.advanceWatermark(new Date(this.startedAt.getTime() - WATERMARK_OVERLAP_MS).toISOString());
    }
  }

  /** The run stopped before its end (an error, Ctrl+C, the deadline): the report and one ERROR row say why. */
  async stopped(error: unknown): Promise<void> {
    const problem = typeof error === 'string' ? error : failureReason(error);
    this.report.problem = problem;
    if (typeof error !== 'string') this.deps.logger.debug({ err: error }, 'sync stopped');
    await this.log.stopped(problem, this.options.connectorId);
  }

  /**
   * Also when the run stopped: the connector log rows held are written (the statuses of the customers it got
   * through are in the state already: each is written as it is recorded).
   */
  async close(): Promise<void> {
    await this.rows.flush();
    await this.deps.acumatica.logout();
    this.report.logRowsWritten = this.rows.written;
    this.report.logRowsFailed = this.rows.failures;
    this.report.finishedAt = new Date().toISOString();
  }
}

/** The ids of the roles given to synced users; both must exist in Better B2B. */
async function findRoleIds(b2b: B2BClient): Promise<{ admin: number; contact: number }> {
  const roles = await b2b.listRoles();
  const byName = (name: string) => {
    const role = roles.find((r) => r.name === name);
    if (!role)
      throw new ContractError(
        `Failed to find the role "${name}" in Better B2B: the roles there are ${roles.map((r) => r.name).join(', ') || 'none'}.`,
      );
    return role.id;
  };
  return { admin: byName(PRIMARY_ADMIN_ROLE), contact: byName(CONTACT_ROLE) };
}

/** Why the run was asked to stop: the abort reason when it is a sentence. */
function stopReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (typeof reason === 'string') return reason;
  return `The run was stopped (${reason instanceof Error ? reason.message : String(reason)}).`;
}
