import type { Logger } from 'pino';
import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import { stringField } from '../acumatica/wire';
import type { ConnectorLogRow, LogRowSink } from './log-catalogue';

const savedRowSchema = z.looseObject({ id: z.string().optional(), Level: stringField });

/**
 * Writes connector log rows into Acumatica (the ConnectorLog entity of the Kensium endpoint) and mirrors
 * each to the structured log. A row that cannot be written is reported, never allowed to fail the sync.
 * What the rows say is in log-catalogue.ts.
 */
export class ConnectorLog implements LogRowSink {
  /** Rows written so far (a count, not the rows: a run over a large tenant writes tens of thousands). */
  written = 0;
  failures = 0;

  constructor(
    private readonly acumatica: AcumaticaClient,
    private readonly logger: Logger,
    private readonly enabled: boolean,
  ) {}

  async write(row: Omit<ConnectorLogRow, 'LoginUser'>): Promise<void> {
    const full: ConnectorLogRow = { ...row, LoginUser: this.acumatica.user };
    const log = row.Level === 'ERROR' ? this.logger.error.bind(this.logger) : this.logger.info.bind(this.logger);
    log(
      { connectorLog: { level: row.Level, actionType: row.ActionType, endpointUrl: row.EndpointUrl } },
      row.Description,
    );
    if (!this.enabled) return;
    try {
      await this.acumatica.put('ConnectorLog', savedRowSchema, { ...full });
      this.written += 1;
    } catch (error) {
      this.failures += 1;
      this.logger.error(
        { err: (error as Error).message, row: { ...full, Message: full.Message.slice(0, 200) } },
        'failed to write a connector log row',
      );
    }
  }
}
