import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { AcumaticaClient } from '../acumatica/client';
import type { Customer } from '../acumatica/records';
import type { B2BClient } from '../b2b/client';
import { ContractError, SyncError } from '../errors';
import type { SyncState } from '../state/sync-state';
import { ConnectorLog } from './connector-log';
import { SyncLog } from './log-catalogue';
import { applyPlan, type ApplyContext } from './apply-plan';
import { CONTACT_ROLE, PRIMARY_ADMIN_ROLE } from './mapping';
import { addResult, emptyReport, type CustomerResult, type SyncReport } from './report';
import { planCustomer, type PlanSettings } from './plan';
import { connectorProblem, decideCustomer, includesContacts, includesLocations } from './rules';
import { AcumaticaSource, type Selection } from './source';
import { WriteBack } from './write-back';

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
}

/**
 * How far the watermark stays behind the server's clock (its Date header) at the start of a run. Records
 * changed in that window are read again next time (their fingerprint makes that nearly free); it covers
 * the Date header's one-second resolution and small skew between the servers of an Acumatica farm.
 */
export const WATERMARK_OVERLAP_MS = 5_000;

/**
 * How often the sync state is written during a run (always once more at its end). Each save writes the
 * whole file, so saving after every page would cost a tenant of 50,000 customers gigabytes of writes; what
 * a crash loses is the statuses of at most these seconds, and those customers are matched again, not
 * duplicated, on the next run.
 */
export const STATE_SAVE_INTERVAL_MS = 2_000;

/**
 * One sync run: read the selected customers from Acumatica page by page, decide, write companies,
 * addresses and users to Better B2B, write the Commerce Reference IDs back and log every action.
 * It resolves with a report in every case; a problem that stops the run is `report.problem`.
 */
export async function runSync(deps: SyncDependencies, options: SyncOptions): Promise<SyncReport> {
  const dryRun = options.dryRun ?? false;
  const report = emptyReport(options.selection, dryRun);
  const rows = new ConnectorLog(deps.acumatica, deps.logger, !dryRun && (options.writeConnectorLog ?? true));
  const log = new SyncLog(
    rows,
    (record) => `${options.acumaticaUrl}${deps.acumatica.entityBase}/${record.entity}/${record.key}`,
    dryRun,
  );
  const source = new AcumaticaSource(deps.acumatica, options.pageSize);
  const { state, selection } = options;
  const keepsState = state !== undefined && !dryRun;
  let lastSave = Date.now();
  // Pages are pipelined: while one page's customers sync, the next page and its contacts and locations
  // are read, so the concurrency limit stays full; at most two pages are held at a time.
  let inFlight: Promise<void> = Promise.resolve();
  try {
    const connector = await source.connector(options.connectorId);
    const runStart = deps.acumatica.lastServerTime ?? new Date();
    const problem = connectorProblem(connector, options.connectorId);
    if (problem || !connector) {
      report.problem = problem;
      await log.cannotStart(problem ?? '', options.connectorId);
      return report;
    }
    const [classDescriptions, roleIds] = await Promise.all([source.classDescriptions(), findRoleIds(deps.b2b)]);
    const settings: PlanSettings = { connector, classDescriptions, roleIds };
    const ctx: ApplyContext = {
      b2b: deps.b2b,
      writeBack: new WriteBack(deps.acumatica, connector.ConfigSite ?? ''),
      log,
      dryRun,
      verify: options.verify ?? false,
    };
    const limit = pLimit(options.concurrency);
    const explicit = selection.kind === 'customer' || selection.kind === 'customers';
    const seen = new Set<string>();

    const syncPage = async (page: Customer[]) => {
      const fresh = page.filter((customer) => !seen.has(customer.CustomerID));
      fresh.forEach((customer) => seen.add(customer.CustomerID));
      const decided = fresh.map((customer) => ({ customer, decision: decideCustomer(customer, connector) }));
      const eligible = decided.filter((d) => d.decision.eligible).map((d) => d.customer.CustomerID);
      const [contacts, locations] = await Promise.all([
        !includesContacts(connector) || eligible.length === 0 ? new Map() : source.contactsOf(eligible),
        !includesLocations(connector) || eligible.length === 0 ? new Map() : source.locationsOf(eligible),
      ]);
      const previousPage = inFlight;
      const thisPage = Promise.all(
        decided.map(({ customer, decision }) =>
          limit(async (): Promise<CustomerResult> => {
            const previous = state?.get(customer.CustomerID);
            if (previous?.status === 'aborted' && !explicit)
              return aborted(customer, previous.attempts, previous.lastError);
            const family = {
              customer,
              decision,
              contacts: contacts.get(customer.CustomerID) ?? [],
              locations: locations.get(customer.CustomerID) ?? [],
            };
            const result = await applyPlan(ctx, planCustomer(family, settings), previous);
            return record(state, result, options.maxFailedAttempts, dryRun);
          }),
        ),
      ).then(async (results) => {
        await previousPage;
        for (const result of results) addResult(report, result);
        if (keepsState && Date.now() - lastSave >= STATE_SAVE_INTERVAL_MS) {
          state.save();
          lastSave = Date.now();
        }
        deps.logger.info({ customers: seen.size, totals: report.totals }, 'page synced');
        options.onProgress?.(report);
      });
      thisPage.catch(() => undefined); // awaited later; this keeps an early failure from being reported as unhandled
      inFlight = thisPage;
      await previousPage;
    };

    for await (const page of pagesOf(source, selection, state)) await syncPage(page);
    if (selection.kind === 'incremental') {
      // Customers whose contacts or locations changed, and those whose last attempt failed.
      const extra = new Set(state?.retryable() ?? []);
      if (state?.watermark) for (const id of await source.ownersChangedSince(state.watermark)) extra.add(id);
      const missing = [...extra].filter((id) => !seen.has(id));
      if (missing.length > 0) for await (const page of source.customersById(missing)) await syncPage(page);
    }
    await inFlight;
    if (selection.kind === 'customer' && seen.size === 0)
      report.problem = `Customer ${selection.customerId} was not found in Acumatica`;
    if (keepsState && (selection.kind === 'incremental' || selection.kind === 'all')) {
      state.advanceWatermark(new Date(runStart.getTime() - WATERMARK_OVERLAP_MS).toISOString());
    }
  } catch (error) {
    report.problem =
      error instanceof SyncError ? error.message : `Unexpected error: ${(error as Error)?.stack ?? String(error)}`;
    deps.logger.error({ err: error }, 'sync stopped');
  } finally {
    // Also when the run stopped (a page could not be read): the page being synced is finished, and the
    // statuses of the customers the run got through are kept.
    await inFlight.catch(() => undefined);
    if (keepsState) {
      try {
        state.save();
      } catch (error) {
        report.problem ??= (error as Error).message;
      }
    }
    await deps.acumatica.logout();
    report.logRowsWritten = rows.written;
    report.logRowsFailed = rows.failures;
    report.finishedAt = new Date().toISOString();
  }
  return report;
}

function pagesOf(
  source: AcumaticaSource,
  selection: Selection,
  state: SyncState | undefined,
): AsyncGenerator<Customer[]> {
  switch (selection.kind) {
    case 'all':
      return source.customers();
    case 'since':
      return source.customers(selection.since);
    case 'incremental':
      return source.customers(state?.watermark);
    case 'customer':
      return source.customersById([selection.customerId]);
    case 'customers':
      return source.customersById(selection.customerIds);
  }
}

/** Keeps the customer's status in the sync state (never on a dry run). */
function record(
  state: SyncState | undefined,
  result: CustomerResult,
  maxFailedAttempts: number,
  dryRun: boolean,
): CustomerResult {
  if (!state || dryRun) return result;
  if (result.outcome === 'skipped') state.filtered(result.customerId, result.reason ?? '');
  else if (result.outcome === 'failed') {
    const saved = state.failed(result.customerId, result.reason ?? 'failed', maxFailedAttempts, result.companyId);
    return {
      ...result,
      attempts: saved.attempts,
      reason:
        saved.status === 'aborted'
          ? `${result.reason} (aborted after ${saved.attempts} failed attempts; run sync retry)`
          : result.reason,
    };
  } else state.processed(result.customerId, result.companyId, result.fingerprint);
  return result;
}

function aborted(customer: Customer, attempts: number, lastError: string | undefined): CustomerResult {
  return {
    customerId: customer.CustomerID,
    name: customer.CustomerName,
    outcome: 'aborted',
    reason: `aborted after ${attempts} failed attempts (last: ${lastError ?? 'unknown'}); run sync retry`,
    users: [],
    addresses: [],
    referenceIdsWritten: 0,
    attempts,
  };
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
