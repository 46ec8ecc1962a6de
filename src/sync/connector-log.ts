import type { Logger } from 'pino';
import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import type { ConnectorLogRow, LogRowSink } from './log-catalogue';

const savedSchema = z.looseObject({});

/** The entity of the customization that takes many connector log rows in one request. */
export const CONNECTOR_LOG_BATCH = 'ConnectorLogBatch';

/**
 * Rows per request: Acumatica's guide suggests about 500 detail lines per request for a record with many
 * ("Update a Record", Records with a Large Number of Detail Lines), as a balance between time-outs and requests.
 */
export const ROWS_PER_REQUEST = 500;

/**
 * Writes connector log rows into Acumatica (the Logs screen, KN401000) and mirrors each to the structured log
 * at once. The rows are held and written by `flush`, many per request (ConnectorLogBatch), in the order they
 * came: the run flushes after each page of customers, at its end, and when it stops, so a crash loses at most
 * the rows of the page in flight. A row that cannot be written is reported, never allowed to fail the sync.
 * What the rows say is in log-catalogue.ts.
 */
export class ConnectorLog implements LogRowSink {
  /** Rows written so far (a count, not the rows: a run over a large tenant writes tens of thousands). */
  written = 0;
  failures = 0;
  private held: ConnectorLogRow[] = [];
  /** The flush under way: flushes follow one another, so the rows keep their order. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly acumatica: AcumaticaClient,
    private readonly logger: Logger,
    private readonly enabled: boolean,
    private readonly rowsPerRequest = ROWS_PER_REQUEST,
  ) {}

  async write(row: Omit<ConnectorLogRow, 'LoginUser'>): Promise<void> {
    const log = row.Level === 'ERROR' ? this.logger.error.bind(this.logger) : this.logger.info.bind(this.logger);
    log(
      { connectorLog: { level: row.Level, actionType: row.ActionType, endpointUrl: row.EndpointUrl } },
      row.Description,
    );
    if (this.enabled) this.held.push({ ...row, LoginUser: this.acumatica.user });
  }

  /** Rows held and not yet written. */
  get pending(): number {
    return this.held.length;
  }

  /** Writes every row held so far, `rowsPerRequest` at a time; resolves when they are written or reported. */
  flush(): Promise<void> {
    const rows = this.held;
    this.held = [];
    this.flushing = this.flushing.then(() => this.writeAll(rows));
    return this.flushing;
  }

  private async writeAll(rows: ConnectorLogRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += this.rowsPerRequest) {
      const chunk = rows.slice(start, start + this.rowsPerRequest);
      try {
        await this.acumatica.put(
          CONNECTOR_LOG_BATCH,
          savedSchema,
          { Rows: chunk },
          {},
          `write ${chunk.length} connector log row${chunk.length === 1 ? '' : 's'}`,
        );
        this.written += chunk.length;
      } catch (error) {
        this.failures += chunk.length;
        this.logger.error(
          {
            err: (error as Error).message,
            rows: chunk.length,
            first: { ...chunk[0], Message: chunk[0]?.Message.slice(0, 200) },
          },
          'failed to write connector log rows',
        );
      }
    }
  }
}
