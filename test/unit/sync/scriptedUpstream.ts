import type { SyncUpstream } from '../../../electron/core/sync/ChangeSync.js';
import type { ContactListener } from '../../../electron/core/upstream/UpstreamClient.js';
import { UpstreamFailure } from '../../../electron/core/upstream/upstreamFailure.js';
import type { ChangeBatchResponse, ChangeResult, UpstreamChange } from '../../../shared/upstream/api.js';

/** How the national system treats one batch. */
export type BatchFate =
  | { kind: 'apply' }
  /** Applied and stored, then the answer is lost on the way back. */
  | { kind: 'lose' }
  /** Only the first `answered` changes are applied and answered; the rest are left out. */
  | { kind: 'partial'; answered: number }
  /** Refused before anything is applied: 503 or 429, with a Retry-After. */
  | { kind: 'fail'; status: 503 | 429; retryAfterMs?: number };

/** A batch that arrived and is not answered yet. */
export interface ArrivedBatch {
  changes: readonly UpstreamChange[];
  accounts: ReadonlySet<string>;
  answer: (fate: BatchFate) => void;
}

/**
 * A national system in memory that the test scripts batch by batch. It keeps a ledger (each
 * changeId applied once, a replay answers the stored result) and checks, as each batch arrives,
 * the rules of several batches in flight: how many are out, that no two share an account, and
 * that every earlier change of an account already has its effect (per-account order).
 */
export class ScriptedUpstream implements SyncUpstream {
  /** Batches that arrived and wait for `answer` (when `decide` is not set). */
  readonly waiting: ArrivedBatch[] = [];
  readonly deliveries = new Map<string, number>();
  /** Per account, the seqs in the order their effect happened. */
  readonly appliedOrder = new Map<string, number[]>();
  readonly arrivals: ArrivedBatch[] = [];
  readonly violations: string[] = [];
  maxInFlight = 0;
  readonly #results = new Map<string, ChangeResult>();
  readonly #outstanding = new Set<ArrivedBatch>();
  readonly #contacts = new Set<ContactListener>();
  /** Earlier seqs of each account, as the kiosk accepted them: told by the test. */
  readonly #accepted = new Map<string, number[]>();

  /** When set, every batch is answered by it after `delayMs()` instead of waiting for the test. */
  decide: ((batch: ArrivedBatch) => BatchFate) | undefined;
  delayMs: () => number = () => 0;

  accepted(change: { idNumber: string; seq: number }): void {
    const seqs = this.#accepted.get(change.idNumber) ?? [];
    seqs.push(change.seq);
    this.#accepted.set(change.idNumber, seqs);
  }

  submitChanges(changes: readonly UpstreamChange[]): Promise<ChangeBatchResponse> {
    const accounts = new Set(changes.map((change) => change.idNumber));
    for (const other of this.#outstanding) {
      for (const account of accounts) {
        if (other.accounts.has(account)) this.violations.push(`account ${account} in two batches at once`);
      }
    }
    for (const change of changes) {
      for (const seq of this.#accepted.get(change.idNumber) ?? []) {
        if (seq < change.seq && !(this.appliedOrder.get(change.idNumber) ?? []).includes(seq)) {
          this.violations.push(`seq ${change.seq} arrived before seq ${seq} of its account had its effect`);
        }
      }
    }
    return new Promise((resolve, reject) => {
      const batch: ArrivedBatch = {
        changes,
        accounts,
        answer: (fate) => {
          this.#outstanding.delete(batch);
          const index = this.waiting.indexOf(batch);
          if (index >= 0) this.waiting.splice(index, 1);
          this.#settle(batch, fate, resolve, reject);
        },
      };
      this.#outstanding.add(batch);
      this.arrivals.push(batch);
      this.maxInFlight = Math.max(this.maxInFlight, this.#outstanding.size);
      const decide = this.decide;
      if (decide === undefined) this.waiting.push(batch);
      else setTimeout(() => batch.answer(decide(batch)), this.delayMs());
    });
  }

  probe(): Promise<void> {
    this.#tell(true);
    return Promise.resolve();
  }

  onContact(listener: ContactListener): () => void {
    this.#contacts.add(listener);
    return () => this.#contacts.delete(listener);
  }

  #settle(
    batch: ArrivedBatch,
    fate: BatchFate,
    resolve: (response: ChangeBatchResponse) => void,
    reject: (error: unknown) => void,
  ): void {
    if (fate.kind === 'fail') {
      // A 429 is the service, busy; a 5xx is ill health.
      this.#tell(false, fate.status === 429);
      const kind = fate.status === 429 ? 'rate-limited' : 'unavailable';
      reject(
        new UpstreamFailure(kind, `National system answered ${fate.status}`, {
          status: fate.status,
          ...(fate.retryAfterMs === undefined ? {} : { retryAfterMs: fate.retryAfterMs }),
        }),
      );
      return;
    }
    const answered = fate.kind === 'partial' ? batch.changes.slice(0, fate.answered) : batch.changes;
    const results = answered.map((change) => this.#apply(change));
    if (fate.kind === 'lose') {
      this.#tell(false);
      reject(new UpstreamFailure('unreachable', 'The answer was lost', { requestLeft: true }));
      return;
    }
    this.#tell(true);
    resolve({ results });
  }

  #apply(change: UpstreamChange): ChangeResult {
    this.deliveries.set(change.changeId, (this.deliveries.get(change.changeId) ?? 0) + 1);
    const stored = this.#results.get(change.changeId);
    if (stored !== undefined) return stored;
    const order = this.appliedOrder.get(change.idNumber) ?? [];
    order.push(change.seq);
    this.appliedOrder.set(change.idNumber, order);
    const result: ChangeResult = {
      changeId: change.changeId,
      outcome: 'applied',
      code: 'ALL_DEVICES_UNLINKED',
      message: 'done',
    };
    this.#results.set(change.changeId, result);
    return result;
  }

  #tell(healthy: boolean, reachable = healthy): void {
    const now = Date.now();
    for (const listener of this.#contacts) listener({ healthy, reachable, sentAt: now, answeredAt: now });
  }
}
