import type { ConnectorConfiguration, Contact, Customer, CustomerLocation } from '../acumatica/records';
import type { B2BClient } from '../b2b/client';
import type { RecordState } from '../state/sync-state';
import type { SyncLog } from './log-catalogue';
import type { ChildResult } from './report';
import type { WriteBack } from './write-back';

/** What syncing one customer needs, shared by every customer of a run. */
export interface CustomerSyncContext {
  b2b: B2BClient;
  writeBack: WriteBack;
  log: SyncLog;
  connector: ConnectorConfiguration;
  classDescriptions: ReadonlyMap<string, string>;
  roleIds: { admin: number; contact: number };
  dryRun: boolean;
  /** Compare with Better B2B even when the record's fingerprint says nothing changed since the last sync. */
  verify: boolean;
}

/** The customer's own records that travel with it. */
export interface CustomerFamily {
  customer: Customer;
  contacts: Contact[];
  locations: CustomerLocation[];
  /** What the last run recorded for this customer. */
  previous?: RecordState;
}

/** A child record's result, with whether its Commerce Reference ID was written back. */
export interface ChildWithWriteBack extends ChildResult {
  wroteBack?: boolean;
}
