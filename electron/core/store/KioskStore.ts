import type { ChangeHistory } from './archive/changeHistory.js';
import type { StoreNotice } from '../../../shared/ipc/storeNotice.js';
import type { Signal } from '../events/Signal.js';
import type { AuditEntry, AuditFacts } from '../audit/auditEntry.js';
import type { KioskDocument, QueuedChange } from './kioskDocument.js';
import type { StoreRecord } from './storeRecords.js';
import type { StoreWrites } from './StoreWrites.js';

export type { StoreNotice } from '../../../shared/ipc/storeNotice.js';

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
  /**
   * Commits the records and the audit entries of `audit` in one journal flush: both are durable,
   * or neither. Each entry's seq and hash are given at flush time (a failed flush leaves no gap);
   * a record that moves a change to a final state brings its own `change.finished` entry. Resolves
   * with the sealed entries of `audit` once the flush is durable and the audit file was written
   * (a failed audit file write does not fail the commit: the entries stay owed, the journal holds them).
   */
  commit(records: readonly StoreRecord[], audit?: readonly AuditFacts[]): Promise<readonly AuditEntry[]>;
  /** Whether the last write went through; writers outside the journal (the audit log) report here too. */
  readonly writes: StoreWrites;
  /**
   * While the last write failed, tries one small write (an empty journal flush) and throws
   * `STORE_FULL` or `STORE_FAILED` if it fails too; otherwise does nothing and costs nothing.
   */
  probeWrites(): Promise<void>;
  /**
   * The notices for staff no one has acknowledged yet, oldest first: those on disk, and those
   * raised while the store could not write (shown now, written at the next good write).
   */
  notices(): readonly StoreNotice[];
  /**
   * Runs `fn` when no journal flush, no audit file write and no fold is running, and holds new
   * ones until it returns: the data folder is then a consistent whole (a backup copies it here).
   * `fn` must not write to the store.
   */
  quiesce<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Records that the staff member read it (`notice.acknowledged`); it is no longer listed.
   * `NOTICE_NOT_FOUND` when no open notice has this id; `STORE_FULL`/`STORE_FAILED` change nothing.
   */
  acknowledgeNotice(noticeId: string, staffId: string): Promise<void>;
  /** The open notices changed. */
  readonly noticesChanged: Signal<void>;
  /** Folds the journal into the snapshot now (it also happens in the background). */
  compact(): Promise<void>;
  close(): Promise<void>;
}
