import { randomUUID } from 'node:crypto';
import type { ChangeEvidence, ChangeKind, ChangeOutcome } from '../../../shared/domain/change.js';
import { isFinalState } from '../../../shared/domain/change.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { ChangeResult, UpstreamChange } from '../../../shared/upstream/api.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import type { QueuedChange } from '../store/kioskDocument.js';
import type { KioskStore } from '../store/KioskStore.js';

export interface NewChange {
  kind: ChangeKind;
  idNumber: string;
  deviceId?: string;
  evidence: ChangeEvidence;
}

export function receiptFor(queued: QueuedChange): ChangeReceipt {
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
 */
export class ChangeQueue {
  readonly #store: KioskStore;
  readonly #events: KioskEventHub;
  readonly #now: () => Date;

  constructor(store: KioskStore, events: KioskEventHub, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#events = events;
    this.#now = now;
  }

  async accept(input: NewChange): Promise<ChangeReceipt> {
    const at = this.#now().toISOString();
    const queued = await this.#store.update((doc) => {
      const change: UpstreamChange = {
        changeId: randomUUID(),
        seq: doc.nextSeq,
        kind: input.kind,
        idNumber: input.idNumber,
        ...(input.deviceId === undefined ? {} : { deviceId: input.deviceId }),
        evidence: input.evidence,
        createdAt: at,
      };
      const entry: QueuedChange = { change, state: 'pending', attempts: 0, updatedAt: at };
      doc.nextSeq += 1;
      doc.changes.push(entry);
      return entry;
    });
    const receipt = receiptFor(queued);
    this.#events.emit('change.updated', receipt);
    return receipt;
  }

  /** Changes still owed to the national system, oldest first; `sending` ones survived a crash. */
  unfinished(): QueuedChange[] {
    return this.#store
      .read()
      .changes.filter((entry) => !isFinalState(entry.state))
      .sort((a, b) => a.change.seq - b.change.seq);
  }

  find(changeId: string): QueuedChange | undefined {
    return this.#store.read().changes.find((entry) => entry.change.changeId === changeId);
  }

  /** Persisted before the request goes out, so a crash mid-request is resent with the same id. */
  async markSending(changeIds: readonly string[]): Promise<void> {
    await this.#transition(changeIds, (entry) => {
      entry.state = 'sending';
      entry.attempts += 1;
    });
  }

  async markUnsent(changeIds: readonly string[]): Promise<void> {
    await this.#transition(changeIds, (entry) => {
      entry.state = 'pending';
    });
  }

  async recordResults(results: readonly ChangeResult[]): Promise<void> {
    const byId = new Map(results.map((result) => [result.changeId, result]));
    await this.#transition([...byId.keys()], (entry) => {
      const result = byId.get(entry.change.changeId);
      if (result === undefined) return;
      entry.state = result.outcome satisfies ChangeOutcome;
      entry.outcomeCode = result.code;
      entry.outcomeMessage = result.message;
    });
  }

  async #transition(changeIds: readonly string[], apply: (entry: QueuedChange) => void): Promise<void> {
    if (changeIds.length === 0) return;
    const wanted = new Set(changeIds);
    const at = this.#now().toISOString();
    const touched = await this.#store.update((doc) => {
      const changed: QueuedChange[] = [];
      for (const entry of doc.changes) {
        if (!wanted.has(entry.change.changeId) || isFinalState(entry.state)) continue;
        apply(entry);
        entry.updatedAt = at;
        changed.push(entry);
      }
      return changed;
    });
    for (const entry of touched) this.#events.emit('change.updated', receiptFor(entry));
  }
}
