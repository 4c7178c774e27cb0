import type { AuditEntry, AuditFacts } from '../audit/auditEntry.js';
import type { KioskDocument, QueuedChange } from './kioskDocument.js';
import type { StoreRecord } from './storeRecords.js';
import type { StoreWrites } from './StoreWrites.js';

/** Something staff should know about the data on this kiosk, though nothing was lost. */
export interface StoreNotice {
  code:
    | 'RECOVERED_FROM_LAST_GOOD'
    | 'DISCARDED_UNACKNOWLEDGED_WRITE'
    | 'BACKGROUND_FOLD_FAILED'
    | 'AUDIT_DAMAGED'
    | 'LOSS_ACCEPTED';
  message: string;
  at: string;
  /** The facts, for the codes that have them (issue 9 makes notices typed and durable). */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The port the core depends on. `commit` resolves only once its records are on disk, and only
 * then are they visible through `read`; a record that fails validation or a failed write
 * changes nothing. A failed write is `STORE_FULL` (the disk is full) or `STORE_FAILED`.
 */
export interface KioskStore {
  read(): Readonly<KioskDocument>;
  get(changeId: string): Readonly<QueuedChange> | undefined;
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
  notices(): readonly StoreNotice[];
  /** Folds the journal into the snapshot now (it also happens in the background). */
  compact(): Promise<void>;
  close(): Promise<void>;
}
