import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { AcumaticaClient } from '../acumatica/client';
import type { B2BClient } from '../b2b/client';
import { ContractError, SyncError } from '../errors';
import { ConnectorLog } from './connector-log';
import { syncCustomer, type CustomerSyncContext } from './customer-sync';
import { CONTACT_ROLE, PRIMARY_ADMIN_ROLE } from './mapping';
import { addResult, emptyReport, type SyncReport } from './report';
import { connectorProblem, decideCustomer } from './rules';
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
  dryRun?: boolean;
  writeConnectorLog?: boolean;
  /** Called after each page with the running report (for progress on a terminal). */
  onProgress?: (report: SyncReport) => void;
}

/**
 * One sync run: read the selected customers from Acumatica page by page, decide, write companies,
 * addresses and users to Better B2B, write the Commerce Reference IDs back and log every action.
 * It resolves with a report in every case; a problem that stops the run is `report.problem`.
 */
export async function runSync(deps: SyncDependencies, options: SyncOptions): Promise<SyncReport> {
  const dryRun = options.dryRun ?? false;
  const report = emptyReport(options.selection, dryRun);
  const log = new ConnectorLog(deps.acumatica, deps.logger, !dryRun && (options.writeConnectorLog ?? true));
  const source = new AcumaticaSource(deps.acumatica, options.pageSize);
  const recordUrl = (entity: string, key: string) => `${options.acumaticaUrl}${deps.acumatica.entityBase}/${entity}/${key}`;
  try {
    const connector = await source.connector(options.connectorId);
    const problem = connectorProblem(connector, options.connectorId);
    if (problem || !connector) {
      report.problem = problem;
      await log.write({
        Level: 'INFO',
        ActionType: 'Customer Sync',
        Message: problem ?? '',
        EndpointUrl: recordUrl('ConnectorConfiguration', options.connectorId),
        Description: problem ?? '',
      });
      return report;
    }
    const [classDescriptions, roleIds] = await Promise.all([source.classDescriptions(), findRoleIds(deps.b2b)]);
    const ctx: CustomerSyncContext = {
      b2b: deps.b2b,
      writeBack: new WriteBack(deps.acumatica, connector.ConfigSite ?? ''),
      log,
      connector,
      classDescriptions,
      roleIds,
      dryRun,
      recordUrl,
    };
    const limit = pLimit(options.concurrency);
    let seen = 0;
    for await (const page of source.customers(options.selection)) {
      seen += page.length;
      const eligible = page.filter((customer) => decideCustomer(customer, connector).eligible).map((customer) => customer.CustomerID);
      const [contacts, locations] = await Promise.all([
        connector.IncludeContacts === false || eligible.length === 0 ? new Map() : source.contactsOf(eligible),
        connector.IncludeLocations === false || eligible.length === 0 ? new Map() : source.locationsOf(eligible),
      ]);
      const results = await Promise.all(
        page.map((customer) =>
          limit(() =>
            syncCustomer(ctx, {
              customer,
              contacts: contacts.get(customer.CustomerID) ?? [],
              locations: locations.get(customer.CustomerID) ?? [],
            }),
          ),
        ),
      );
      for (const result of results) addResult(report, result);
      deps.logger.info({ customers: seen, totals: report.totals }, 'page synced');
      options.onProgress?.(report);
    }
    if (seen === 0 && options.selection.kind === 'customer') {
      report.problem = `Customer ${options.selection.customerId} was not found in Acumatica`;
    }
  } catch (error) {
    report.problem = error instanceof SyncError ? error.message : `Unexpected error: ${(error as Error)?.stack ?? String(error)}`;
    deps.logger.error({ err: error }, 'sync stopped');
  } finally {
    await deps.acumatica.logout();
    report.logRowsWritten = log.written.length;
    report.logRowsFailed = log.failures;
    report.finishedAt = new Date().toISOString();
  }
  return report;
}

/** The ids of the roles given to synced users; both must exist in Better B2B. */
async function findRoleIds(b2b: B2BClient): Promise<{ admin: number; contact: number }> {
  const roles = await b2b.listRoles();
  const byName = (name: string) => {
    const role = roles.find((r) => r.name === name);
    if (!role) throw new ContractError(`Failed to find the role "${name}" in Better B2B: the roles there are ${roles.map((r) => r.name).join(', ') || 'none'}.`);
    return role.id;
  };
  return { admin: byName(PRIMARY_ADMIN_ROLE), contact: byName(CONTACT_ROLE) };
}
