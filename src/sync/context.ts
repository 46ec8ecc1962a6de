import type { B2BClient } from '../b2b/client';
import type { SyncLog } from './log-catalogue';
import type { WriteBack } from './write-back';

/** What applying a plan needs, shared by every customer of a run. */
export interface ApplyContext {
  b2b: B2BClient;
  writeBack: WriteBack;
  log: SyncLog;
  dryRun: boolean;
  /** Compare with Better B2B even when the record's fingerprint says nothing changed since the last sync. */
  verify: boolean;
}
