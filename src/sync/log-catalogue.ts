import type { Sent } from '../b2b/client';
import { RemoteError, sentence, SyncError } from '../errors';

/*
 * Every row the sync writes to the connector Logs screen in Acumatica, by intent: its Level, Message and
 * Description in one table (ROWS), and one method per intent (SyncLog). A QA person comparing with the
 * vendor's Logs screen edits this file. What fills the templates comes from elsewhere: why a run cannot
 * start or a record is not synced is the rule's own sentence (rules.ts), a failure's reason is the error's
 * message (the clients word them), and a write's Message is the JSON sent to Better B2B.
 */

export type LogLevel = 'INFO' | 'WARNING' | 'ERROR';
export type ActionType = 'Customer Sync' | 'Customer Contact Sync' | 'Customer Location Sync';

/** One row of the connector Logs screen, in its columns. */
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
const WRITTEN: Record<ActionType, string> = {
  'Customer Sync': 'Customer data is created/updated successfully.',
  'Customer Contact Sync': 'Customer Contact is created/updated successfully.',
  'Customer Location Sync': 'Customer Location is created/updated successfully.',
};

interface Template<Fields> {
  level: LogLevel;
  message: (fields: Fields) => string;
  description: (fields: Fields) => string;
}

const template = <Fields>(row: Template<Fields>): Template<Fields> => row;

/** The rows, by intent. */
export const ROWS = {
  /** The run cannot start: the connector is not configured, not enabled or has no Config Site. */
  cannotStart: template<{ problem: string }>({
    level: 'INFO',
    message: ({ problem }) => problem,
    description: ({ problem }) => problem,
  }),
  /** The run stopped before its end: an error, Ctrl+C or its deadline. The customers not reached sync next time. */
  stopped: template<{ problem: string }>({
    level: 'ERROR',
    message: ({ problem }) => problem,
    description: ({ problem }) =>
      `The sync stopped: ${sentence(problem)} The customers it did not reach are synced by the next run.`,
  }),
  /** A record created or updated in Better B2B. */
  wrote: template<{ action: ActionType; payload: unknown }>({
    level: 'INFO',
    message: ({ payload }) => JSON.stringify(payload),
    description: ({ action }) => WRITTEN[action],
  }),
  /** A customer, contact or location a rule turns down. */
  skipped: template<{ reason: string }>({
    level: 'INFO',
    message: ({ reason }) => reason,
    description: ({ reason }) => `Not synced: ${reason}.`,
  }),
  /** An address deleted from a company's address book; `about` names its location and customer. */
  deletedAddress: template<{ label: string; about: string }>({
    level: 'INFO',
    message: ({ label, about }) => `Address ${label} (${about}) is deleted: it is no longer active in Acumatica.`,
    description: ({ label, about }) => `Address ${label} (${about}) is deleted: it is no longer active in Acumatica.`,
  }),
  /** A company user deleted because its contact no longer qualifies; `about` names the contact and customer. */
  deletedUser: template<{ email: string; about: string }>({
    level: 'INFO',
    message: ({ email, about }) => `User ${email} (${about}) is deleted: the contact no longer qualifies in Acumatica.`,
    description: ({ email, about }) =>
      `User ${email} (${about}) is deleted: the contact no longer qualifies in Acumatica.`,
  }),
  /** A write that failed: what was to be sent, and why it failed; `about` names the record and its customer. */
  failed: template<{ payload: unknown; reason: string; about: string | undefined }>({
    level: 'ERROR',
    message: ({ payload }) => JSON.stringify(payload),
    description: ({ reason, about }) => (about ? sentence(`${reason.replace(/\.+$/, '')} (${about})`) : reason),
  }),
  /** A synced company lacks something because of its records (no Primary Admin, no billing address). */
  warning: template<{ text: string }>({
    level: 'WARNING',
    message: ({ text }) => text,
    description: ({ text }) => sentence(text),
  }),
  /**
   * A record the sync cannot take as it is: it could not be read (a wrong type, a missing field), or it
   * clashes with another (two contacts with one email). The reason names the record, its customer and why.
   */
  recordProblem: template<{ reason: string }>({
    level: 'ERROR',
    message: ({ reason }) => reason,
    description: ({ reason }) => sentence(reason),
  }),
};

/** The reason of a failure, as its row and the report give it. */
export function failureReason(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
}

/** Where rows go (the ConnectorLog writer); the Login User column is filled in there. */
export interface LogRowSink {
  write(row: Omit<ConnectorLogRow, 'LoginUser'>): Promise<void>;
}

/** An Acumatica record a decision was made on. */
export interface RecordRef {
  entity: string;
  key: string;
}

/** Writes the rows of ROWS, one method per intent. */
export class SyncLog {
  constructor(
    private readonly sink: LogRowSink,
    /** The Acumatica URL of a record, for rows about decisions. */
    private readonly recordUrl: (record: RecordRef) => string,
    /** A dry run writes no row; its skips are not even mirrored to the structured log. */
    private readonly dryRun: boolean,
  ) {}

  cannotStart(problem: string, connectorId: string): Promise<void> {
    const url = this.recordUrl({ entity: 'ConnectorConfiguration', key: connectorId });
    return this.row(ROWS.cannotStart, { problem }, 'Customer Sync', url);
  }

  stopped(problem: string, connectorId: string): Promise<void> {
    const url = this.recordUrl({ entity: 'ConnectorConfiguration', key: connectorId });
    return this.row(ROWS.stopped, { problem }, 'Customer Sync', url);
  }

  wrote(action: ActionType, sent: Sent<unknown>): Promise<void> {
    return this.row(ROWS.wrote, { action, payload: sent.payload }, action, sent.url);
  }

  async skipped(action: ActionType, reason: string, record: RecordRef): Promise<void> {
    if (this.dryRun) return;
    await this.row(ROWS.skipped, { reason }, action, this.recordUrl(record));
  }

  /** `about` names the contact or location and its customer (`contact 288001 of customer C000000288`). */
  deleted(action: ActionType, what: { address: string } | { user: string }, url: string, about: string): Promise<void> {
    return 'address' in what
      ? this.row(ROWS.deletedAddress, { label: what.address, about }, action, url)
      : this.row(ROWS.deletedUser, { email: what.user, about }, action, url);
  }

  /**
   * Logs a failed write and resolves with its reason; the URL is the one that answered, else the one meant.
   * `about` names a contact or location and its customer, for the row (the report lists it under its customer).
   */
  async failed(
    action: ActionType,
    attempted: { payload: unknown; url: string },
    error: unknown,
    about?: string,
  ): Promise<string> {
    const reason = failureReason(error);
    const url = error instanceof RemoteError && error.url ? error.url : attempted.url;
    await this.row(ROWS.failed, { payload: attempted.payload, reason, about }, action, url);
    return reason;
  }

  /** What a synced company lacks (see ROWS.warning), on the customer's record. */
  async warning(action: ActionType, text: string, customerId: string): Promise<void> {
    await this.row(ROWS.warning, { text }, action, this.recordUrl({ entity: 'Customer', key: customerId }));
  }

  /** A record that cannot be taken as it is (see ROWS.recordProblem); the reason names it and its customer. */
  async recordProblem(action: ActionType, reason: string, record: RecordRef): Promise<void> {
    await this.row(ROWS.recordProblem, { reason }, action, this.recordUrl(record));
  }

  private row<Fields>(
    template: Template<Fields>,
    fields: Fields,
    action: ActionType,
    endpointUrl: string,
  ): Promise<void> {
    return this.sink.write({
      Level: template.level,
      ActionType: action,
      Message: template.message(fields),
      EndpointUrl: endpointUrl,
      Description: template.description(fields),
    });
  }
}
