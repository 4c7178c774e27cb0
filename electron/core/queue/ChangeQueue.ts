import { randomUUID } from 'node:crypto';
import type { ChangeEvidence, ChangeKind, ChangeState } from '../../../shared/domain/change.js';
import { isFinalState } from '../../../shared/domain/change.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { ChangeResult } from '../../../shared/upstream/api.js';
import { auditFactsFrom } from '../audit/AuditLog.js';
import type { AuditInput } from '../audit/AuditLog.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import { Signal } from '../events/Signal.js';
import type { ChangeClosure } from '../../../shared/domain/closeReason.js';
import type { AuditFacts } from '../audit/auditEntry.js';
import { isClosable } from '../store/deskRecords.js';
import type { HeldChange, QueuedChange } from '../store/kioskDocument.js';
import type { KioskStore } from '../store/KioskStore.js';
import type { ChangePatch, StoreRecord } from '../store/storeRecords.js';

export interface NewChange {
  kind: ChangeKind;
  idNumber: string;
  deviceId?: string;
  evidence: ChangeEvidence;
}

/** The audit facts of an accepted change; the queue adds its changeId and reference. */
export type ChangeAuditInput = Omit<AuditInput, 'changeId' | 'reference'>;

export interface QueueSummary {
  pending: number;
  sending: number;
  blocked: number;
  /** Conflicts and rejections: they wait for staff with the national system's reason. */
  needsStaff: number;
  /** When the oldest change still owed to the national system was accepted. */
  oldestUnsentAt?: string;
}

export interface UnsentDetails {
  nextAttemptAt?: string;
  lastError?: string;
}

/** How the held-for-staff list moves with an attempt that got no answer. */
export interface HeldMove {
  /** The service refused the whole batch: these wait for staff. */
  hold: readonly HeldChange[];
  /** These are no longer held (a transient failure replaced the refusal). */
  release: readonly string[];
}

/** What the queue tells the sync engine: a change moved, or was withdrawn and is gone. */
export interface QueueUpdate {
  changeId: string;
  state: ChangeState | 'withdrawn';
}

export function receiptFor(queued: Readonly<QueuedChange>): ChangeReceipt {
  return {
    changeId: queued.change.changeId,
    reference: referenceForChange(queued.change.changeId),
    kind: queued.change.kind,
    state: queued.state,
    ...(queued.outcomeCode === undefined ? {} : { outcomeCode: queued.outcomeCode }),
    acceptedAt: queued.change.createdAt,
  };
}

/**
 * The kiosk's durable queue of changes for the national system. A change exists, with its id,
 * seq and evidence, only once the store has it on disk; the receipt is issued after that.
 * Final states (applied, duplicate, conflict, rejected, closed) are never left again by sync;
 * staff may close a conflict or a rejection (`close`), the one move out of a final state.
 */
export class ChangeQueue {
  /** For the core's own parts (the sync engine); the renderer hears `change.updated` instead. */
  readonly updates = new Signal<QueueUpdate>();
  readonly #store: KioskStore;
  readonly #events: KioskEventHub;
  readonly #now: () => Date;

  constructor(store: KioskStore, events: KioskEventHub, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#events = events;
    this.#now = now;
  }

  /**
   * Accepts a change. With `audit`, its audit entry is committed in the same journal flush: the
   * change and its audit line are durable together or not at all (a crash cannot split them).
   */
  async accept(input: NewChange, audit?: ChangeAuditInput): Promise<ChangeReceipt> {
    const at = this.#now().toISOString();
    const entry: QueuedChange = {
      change: {
        changeId: randomUUID(),
        seq: this.#store.allocateSeq(),
        kind: input.kind,
        idNumber: input.idNumber,
        ...(input.deviceId === undefined ? {} : { deviceId: input.deviceId }),
        evidence: input.evidence,
        createdAt: at,
      },
      state: 'pending',
      attempts: 0,
      updatedAt: at,
    };
    const changeId = entry.change.changeId;
    const facts =
      audit === undefined
        ? []
        : [auditFactsFrom({ ...audit, changeId, reference: referenceForChange(changeId) })];
    await this.#store.commit([{ type: 'change.accepted', entry }], facts);
    return this.#announce(entry);
  }

  /**
   * Takes back a change no request has carried yet (the sync engine decides that; see
   * `ChangeSync.sendNow`). Only a pending change can go: one being sent, or answered, stays.
   */
  async withdraw(changeId: string): Promise<boolean> {
    const entry = this.#store.get(changeId);
    if (entry === undefined || entry.state !== 'pending') return false;
    await this.#store.commit([{ type: 'change.withdrawn', changeId, at: this.#now().toISOString() }]);
    this.updates.emit({ changeId, state: 'withdrawn' });
    return true;
  }

  /** Changes still owed to the national system (pending, sending, blocked), in seq order. */
  unfinished(): QueuedChange[] {
    return this.#store
      .read()
      .changes.filter((entry) => !isFinalState(entry.state))
      .sort((a, b) => a.change.seq - b.change.seq);
  }

  /** Every change the store still holds (the archive has the rest). */
  all(): readonly Readonly<QueuedChange>[] {
    return this.#store.read().changes;
  }

  /** Conflicts and rejections, oldest first. */
  needingStaff(): QueuedChange[] {
    return this.#store
      .read()
      .changes.filter((entry) => entry.state === 'conflict' || entry.state === 'rejected')
      .sort((a, b) => a.change.seq - b.change.seq);
  }

  find(changeId: string): Readonly<QueuedChange> | undefined {
    return this.#store.get(changeId);
  }

  summary(): QueueSummary {
    const summary: QueueSummary = { pending: 0, sending: 0, blocked: 0, needsStaff: 0 };
    const held = new Set(this.#store.read().heldForStaff.map((entry) => entry.changeId));
    for (const entry of this.#store.read().changes) {
      if (entry.state === 'pending') summary.pending += 1;
      else if (entry.state === 'sending') summary.sending += 1;
      else if (entry.state === 'blocked') summary.blocked += 1;
      else if (entry.state === 'conflict' || entry.state === 'rejected') summary.needsStaff += 1;
      else continue;
      if (held.has(entry.change.changeId) && entry.state === 'pending') summary.needsStaff += 1;
      if (
        !isFinalState(entry.state) &&
        (summary.oldestUnsentAt === undefined || entry.change.createdAt < summary.oldestUnsentAt)
      ) {
        summary.oldestUnsentAt = entry.change.createdAt;
      }
    }
    return summary;
  }

  /** Persisted before the request goes out, so a crash mid-request is resent with the same id. */
  markSending(changeIds: readonly string[]): Promise<void> {
    return this.#patch(changeIds, (entry) => ({ state: 'sending', attempts: entry.attempts + 1 }));
  }

  /**
   * Back to pending after an attempt that got no answer; the same changeId goes again later. With
   * `held`, the held-for-staff list moves in the same flush.
   */
  markUnsent(changeIds: readonly string[], details: UnsentDetails = {}, held?: HeldMove): Promise<void> {
    const extra: StoreRecord[] =
      held === undefined || (held.hold.length === 0 && held.release.length === 0)
        ? []
        : [{ type: 'sync.heldForStaff', hold: [...held.hold], release: [...held.release] }];
    return this.#patch(changeIds, () => ({ state: 'pending', ...details }), extra);
  }

  /** Changes of refused batches that wait for staff (durable: a restart still holds them). */
  held(): readonly HeldChange[] {
    return this.#store.read().heldForStaff;
  }

  /** Staff resend these: they leave the held list and may go again. */
  async releaseHeld(changeIds: readonly string[], audit: readonly AuditFacts[] = []): Promise<void> {
    await this.#store.commit([{ type: 'sync.heldForStaff', hold: [], release: [...changeIds] }], audit);
    for (const changeId of changeIds) {
      const entry = this.#store.get(changeId);
      if (entry !== undefined) this.#announce(entry);
    }
  }

  /** Whether staff may close this change now (conflict, rejected, or held after a refused batch). */
  closable(changeId: string): boolean {
    const entry = this.#store.get(changeId);
    return entry !== undefined && isClosable(entry, this.#store.read());
  }

  /**
   * Closes a change that waits for staff, with its audit entry in the same flush; the changes
   * blocked behind it go back to pending (the record does both) and are announced, so they are sent.
   */
  async close(
    changeId: string,
    closure: ChangeClosure,
    audit: readonly AuditFacts[],
  ): Promise<ChangeReceipt> {
    const released = this.#store
      .read()
      .changes.filter((entry) => entry.state === 'blocked' && entry.blockedBy === changeId)
      .map((entry) => entry.change.changeId);
    await this.#store.commit([{ type: 'change.closed', changeId, ...closure }], audit);
    const closed = this.#store.get(changeId);
    if (closed === undefined) throw new Error(`close: change ${changeId} is gone`);
    const receipt = this.#announce(closed);
    for (const id of released) {
      const entry = this.#store.get(id);
      if (entry !== undefined) this.#announce(entry);
    }
    return receipt;
  }

  /** Held back behind an earlier change on the same account that now waits for staff. */
  markBlocked(changeIds: readonly string[], blockedBy: string): Promise<void> {
    return this.#patch(changeIds, () => ({ state: 'blocked', blockedBy }));
  }

  /** Blocked changes may go again (the change that held them back was dealt with). */
  release(changeIds: readonly string[]): Promise<void> {
    return this.#patch(changeIds, (entry) =>
      entry.state === 'blocked' ? { state: 'pending', blockedBy: null } : {},
    );
  }

  recordResults(results: readonly ChangeResult[]): Promise<void> {
    const byId = new Map(results.map((result) => [result.changeId, result]));
    return this.#patch([...byId.keys()], (entry) => {
      const result = byId.get(entry.change.changeId);
      if (result === undefined) return {};
      return {
        state: result.outcome,
        outcomeCode: result.code,
        outcomeMessage: result.message,
        nextAttemptAt: null,
        lastError: null,
        blockedBy: null,
      };
    });
  }

  async #patch(
    changeIds: readonly string[],
    patchFor: (entry: Readonly<QueuedChange>) => ChangePatch,
    extra: readonly StoreRecord[] = [],
  ): Promise<void> {
    const at = this.#now().toISOString();
    const records: Extract<StoreRecord, { type: 'change.patched' }>[] = [];
    for (const changeId of new Set(changeIds)) {
      const entry = this.#store.get(changeId);
      if (entry === undefined || isFinalState(entry.state)) continue;
      const patch = patchFor(entry);
      if (Object.keys(patch).length > 0) records.push({ type: 'change.patched', changeId, at, patch });
    }
    await this.#store.commit([...records, ...extra]);
    for (const record of records) {
      const entry = this.#store.get(record.changeId);
      if (entry !== undefined) this.#announce(entry);
    }
  }

  /** Tells the screen (an event) and the core's own parts (the signal) of a change's new state. */
  #announce(entry: Readonly<QueuedChange>): ChangeReceipt {
    const receipt = receiptFor(entry);
    this.#events.emit('change.updated', receipt);
    this.updates.emit({ changeId: receipt.changeId, state: receipt.state });
    return receipt;
  }
}
