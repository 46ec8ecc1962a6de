import { literal, unwrap, type AcumaticaView } from './acumatica-view';

/** A row of the connector Logs screen, as plain values. */
export type LogRow = Record<string, string> & { id: string; CreatedDateTime: string };

/** The columns of the Logs screen and the ConnectorLog fields behind them. */
export const LOG_COLUMNS: Record<string, string> = {
  Level: 'Level',
  'Action Type': 'ActionType',
  Message: 'Message',
  'Endpoint Url': 'EndpointUrl',
  Description: 'Description',
  'Login User': 'LoginUser',
};

/** The filters at the top of the Logs screen. From and To are the From Date/Time and To Date/Time pairs. */
export interface LogFilter {
  'Action Type'?: string;
  Level?: string;
  From?: Date;
  To?: Date;
}

/** The rows that existed shortly before a moment, so that the rows written after it can be told apart. */
export interface LogSnapshot {
  since: Date;
  ids: Set<string>;
}

/**
 * How far back a snapshot looks. Rows are compared by id, so the margin only has to cover the difference
 * between the clock that stamps rows and the Date header (whole seconds) that tells the tester the time.
 */
const MARGIN_MS = 5_000;

/**
 * The Logs screen (the ConnectorLog entity of the Kensium endpoint) as a tester uses it: its filters
 * become a `$filter` query, exactly what the screen asks for.
 */
export class LogsScreen {
  constructor(private readonly acumatica: AcumaticaView) {}

  /** The rows of the last few seconds, by Acumatica's clock. */
  async snapshot(): Promise<LogSnapshot> {
    if (!this.acumatica.serverTime) await this.acumatica.list('ConnectorLog', { $top: '1' });
    const since = new Date((this.acumatica.serverTime ?? new Date()).getTime() - MARGIN_MS);
    const rows = await this.show({ From: since });
    return { since, ids: new Set(rows.map((row) => row.id)) };
  }

  /** The rows written since the snapshot, oldest first. */
  async rowsAfter(snapshot: LogSnapshot, filter: LogFilter = {}): Promise<LogRow[]> {
    const from = filter.From && filter.From > snapshot.since ? filter.From : snapshot.since;
    return (await this.show({ ...filter, From: from })).filter((row) => !snapshot.ids.has(row.id));
  }

  /** The rows the screen shows for these filters, oldest first. */
  async show(filter: LogFilter): Promise<LogRow[]> {
    const clauses: string[] = [];
    if (filter['Action Type']) clauses.push(`ActionType eq ${literal(filter['Action Type'])}`);
    if (filter.Level) clauses.push(`Level eq ${literal(filter.Level)}`);
    if (filter.From) clauses.push(`CreatedDateTime ge datetimeoffset'${filter.From.toISOString()}'`);
    if (filter.To) clauses.push(`CreatedDateTime le datetimeoffset'${filter.To.toISOString()}'`);
    const rows = await this.acumatica.list(
      'ConnectorLog',
      clauses.length > 0 ? { $filter: clauses.join(' and ') } : {},
    );
    return rows.map((row) => unwrap(row) as LogRow).sort(oldestFirst);
  }
}

function oldestFirst(a: LogRow, b: LogRow): number {
  return Date.parse(a.CreatedDateTime) - Date.parse(b.CreatedDateTime) || Number(a.LogID ?? 0) - Number(b.LogID ?? 0);
}
