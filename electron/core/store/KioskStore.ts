import type { ArchiveDamage } from './archive/ChangeArchive.js';
import type { ChangeHistory } from './archive/changeHistory.js';
import type { KioskDocument, QueuedChange } from './kioskDocument.js';
import type { StoreRecord } from './storeRecords.js';
import type { StoreWrites } from './StoreWrites.js';

/** Something staff should know about the data on this kiosk, though nothing was lost. */
export interface StoreNotice {
  code:
    | 'RECOVERED_FROM_LAST_GOOD'
    | 'DISCARDED_UNACKNOWLEDGED_WRITE'
    | 'BACKGROUND_FOLD_FAILED'
    | 'ARCHIVE_DAMAGED';
  message: string;
  at: string;
  details?: ArchiveDamage;
}

/**
 * The port the core depends on. `commit` resolves only once its records are on disk, and only
 * then are they visible through `read`; a record that fails validation or a failed write
 * changes nothing. A failed write is `STORE_FULL` (the disk is full) or `STORE_FAILED`.
 */
export interface KioskStore {
  read(): Readonly<KioskDocument>;
  get(changeId: string): Readonly<QueuedChange> | undefined;
  /** Every change once, from the store and the archive: what lookups (and reports) read. */
  readonly history: ChangeHistory;
  /** The next per-kiosk sequence number; monotonic, never reused, gaps possible after a failed write. */
  allocateSeq(): number;
  commit(records: readonly StoreRecord[]): Promise<void>;
  /** Whether the last write went through; writers outside the journal (the audit log) report here too. */
  readonly writes: StoreWrites;
  /**
   * While the last write failed, tries one small write (an empty journal flush) and throws
   * `STORE_FULL` or `STORE_FAILED` if it fails too; otherwise does nothing and costs nothing.
   */
  probeWrites(): Promise<void>;
  notices(): readonly StoreNotice[];
  /** Folds the journal into the snapshot now (it also happens in the background). */
  compact(): Promise<void>;
  close(): Promise<void>;
}
