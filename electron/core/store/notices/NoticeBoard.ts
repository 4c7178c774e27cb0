import type { AuditFacts } from '../../audit/auditEntry.js';
import { randomUUID } from 'node:crypto';
import { KioskError } from '../../../../shared/ipc/errors.js';
import { sameCondition, StoreNotice } from '../../../../shared/ipc/storeNotice.js';
import type {
  StoreNoticeCode,
  StoreNoticeDetails,
  StoreNoticeOf,
} from '../../../../shared/ipc/storeNotice.js';
import { Signal } from '../../events/Signal.js';
import type { StoreRecord } from '../storeRecords.js';

export interface NoticeBoardOptions {
  /** The notices the store holds (committed and not yet acknowledged), as the document has them. */
  committed: () => readonly StoreNotice[];
  now: () => Date;
}

type Commit = (records: readonly StoreRecord[], audit?: readonly AuditFacts[]) => Promise<unknown>;

/**
 * The store's notices for staff. A notice is raised in memory at once (and shown from there),
 * then committed as a `notice.raised` record as soon as the store can write: a notice raised
 * before the journal is open, or while the disk is full, waits in `pending` until a write goes
 * through, so a notice about the store never depends on the store being healthy to be seen.
 */
export class NoticeBoard {
  /** Emitted when the open notices change: raised, committed away from pending, or acknowledged. */
  readonly changed = new Signal<void>();
  readonly #options: NoticeBoardOptions;
  #pending: StoreNotice[] = [];
  #commit: Commit | undefined;
  /** The last flush; `#flushRunning` says whether it is still going (set and cleared without awaiting). */
  #flushing: Promise<void> = Promise.resolve();
  #flushRunning = false;

  constructor(options: NoticeBoardOptions) {
    this.#options = options;
  }

  /**
   * Raises a notice, unless one about the same condition is still open (then nothing changes
   * and the open one is answered). Never throws and never waits: a failed write keeps it pending.
   * Details outside the schema (a fact too long, say) are a bug of the caller: logged, not raised.
   */
  raise<C extends StoreNoticeCode>(code: C, details: StoreNoticeDetails<C>): StoreNotice | undefined {
    const parsed = StoreNotice.safeParse({
      id: `N-${randomUUID()}`,
      code,
      at: this.#options.now().toISOString(),
      details,
    });
    if (!parsed.success) {
      console.error(`kiosk store: notice ${code} has details outside its schema`, details, parsed.error);
      return undefined;
    }
    const notice = parsed.data as StoreNoticeOf<C>;
    const already = this.open().find((open) => sameCondition(open, notice));
    if (already !== undefined) return already;
    this.#pending.push(notice);
    console.warn(`kiosk store: notice ${code} ${JSON.stringify(details)}`);
    this.changed.emit();
    void this.flush();
    return notice;
  }

  /** Every open notice, oldest first: those on disk, then those still waiting to be written. */
  open(): StoreNotice[] {
    const committed = this.#options.committed();
    const waiting = this.#pending.filter((notice) => !committed.some((kept) => kept.id === notice.id));
    return [...committed, ...waiting];
  }

  /** From now on notices are written with `commit`; the ones raised before go first. */
  attach(commit: Commit): Promise<void> {
    this.#commit = commit;
    return this.flush();
  }

  /**
   * Writes the pending notices. Resolves whatever happens: a failed write has already been
   * reported to the store's write health, and the next good write (`writesRecovered`) retries.
   */
  flush(): Promise<void> {
    if (this.#commit === undefined) return Promise.resolve();
    // A flush that has decided it is done must not be joined: a notice raised after its last
    // look would wait for the next one. `#flushRunning` is cleared in the same step as that look.
    if (!this.#flushRunning) {
      this.#flushRunning = true;
      this.#flushing = this.#flushPending();
    }
    return this.#flushing;
  }

  /**
   * Records that `staffId` read the notice: it is no longer open. A notice still pending is
   * written together with its acknowledgement, so the journal never holds one without the
   * other. An id that names no open notice is `NOTICE_NOT_FOUND`; a failed write changes nothing.
   */
  async acknowledge(noticeId: string, staffId: string): Promise<void> {
    // A flush in flight could write the pending notice after its acknowledgement, which would
    // open it again on replay. From the end of this loop to taking it out of `pending` nothing awaits.
    while (this.#flushRunning) await this.#flushing;
    const commit = this.#commit;
    if (commit === undefined) throw new KioskError('STORE_FAILED', 'The store is not open yet.');
    const at = this.#options.now().toISOString();
    const acknowledged: StoreRecord = { type: 'notice.acknowledged', noticeId, staffId, at };
    // Who read which notice is in the audit chain, in the same flush as the acknowledgement.
    const audited = (code: string): AuditFacts[] => [
      { action: 'store.noticeAcknowledged', actor: 'staff', staffId, outcome: code, detail: noticeId },
    ];
    const committed = this.#options.committed().find((notice) => notice.id === noticeId);
    if (committed !== undefined) {
      await commit([acknowledged], audited(committed.code));
    } else {
      const at = this.#pending.findIndex((notice) => notice.id === noticeId);
      const pending = this.#pending[at];
      if (pending === undefined) {
        throw new KioskError('NOTICE_NOT_FOUND', `No open store notice has the id ${noticeId}.`, {
          noticeId,
        });
      }
      // Out of `pending` while its write runs: the retry a good write starts must not write it alone.
      this.#pending.splice(at, 1);
      try {
        await commit([{ type: 'notice.raised', notice: pending }, acknowledged], audited(pending.code));
      } catch (error) {
        this.#pending.splice(at, 0, pending);
        throw error;
      }
    }
    this.changed.emit();
  }

  async #flushPending(): Promise<void> {
    try {
      for (;;) {
        const commit = this.#commit;
        const batch = [...this.#pending];
        if (commit === undefined || batch.length === 0) return;
        try {
          await commit(batch.map((notice) => ({ type: 'notice.raised', notice })));
        } catch {
          return;
        }
        this.#pending = this.#pending.filter((notice) => !batch.includes(notice));
        this.changed.emit();
      }
    } finally {
      this.#flushRunning = false;
    }
  }
}
