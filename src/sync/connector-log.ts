import type { Logger } from 'pino';
import { z } from 'zod';
import type { AcumaticaClient } from '../acumatica/client';
import { stringField } from '../acumatica/wire';

export type LogLevel = 'INFO' | 'WARNING' | 'ERROR';
export type ActionType = 'Customer Sync' | 'Customer Contact Sync' | 'Customer Location Sync';

/** One row of the connector Logs screen in Acumatica. */
export interface ConnectorLogRow {
  Level: LogLevel;
  ActionType: ActionType;
  /** For a write: the JSON sent to Better B2B. For a skip or a failure: the reason. */
  Message: string;
  /** The Better B2B URL called, or the Acumatica record a decision was made on. */
  EndpointUrl: string;
  Description: string;
  LoginUser: string;
}

/** The Description of a successful write, per action, in the words of the Logs screen. */
export const SUCCESS_DESCRIPTION: Record<ActionType, string> = {
  'Customer Sync': 'Customer data is created/updated successfully.',
  'Customer Contact Sync': 'Customer Contact is created/updated successfully.',
  'Customer Location Sync': 'Customer Location is created/updated successfully.',
};

const savedRowSchema = z.looseObject({ id: z.string().optional(), Level: stringField });

/**
 * Writes connector log rows into Acumatica (the ConnectorLog entity of the Kensium endpoint) and mirrors
 * each to the structured log. A row that cannot be written is reported, never allowed to fail the sync.
 */
export class ConnectorLog {
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
