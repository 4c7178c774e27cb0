import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { Timers } from '../timers.js';

/**
 * Why a change is still owed after `sendNow`:
 * - `link-down`: the national system gave no usable answer (no connection, timeout, 5xx, a
 *   malformed answer), now or in a wait that still runs;
 * - `held`: the engine must not send now (a Retry-After, a refused batch staff must look at, the
 *   kiosk's own trouble, or the engine stopping);
 * - `deadline`: no answer before the caller's deadline; the request may still be on its way.
 */
export type PendingReason = 'link-down' | 'held' | 'deadline';

export type SendNowOutcome =
  /** The national system answered about this change (or it waits behind a change that did): the receipt says how. */
  | { kind: 'answered'; receipt: ChangeReceipt }
  /** Still queued; `requestLeft` says whether a request carrying it may have reached the service. */
  | { kind: 'pending'; receipt: ChangeReceipt; reason: PendingReason; requestLeft: boolean }
  /** Taken back: the caller asked for it, and no request carrying it ever left the kiosk. */
  | { kind: 'withdrawn' };

export interface SendNowOptions {
  /** Kiosk clock, ms since the epoch: past it the answer is "still pending". */
  deadline: number;
  /**
   * Withdraw the change when it is still pending at the answer (for whatever reason) and no
   * request carrying it has left the kiosk: for a citizen alone, for whom nothing is queued.
   */
  withdrawIfUnsent?: boolean;
}

type Settle = { kind: 'answered' } | { kind: 'pending'; reason: PendingReason };

interface Waiter {
  resolve: (settled: Settle) => void;
  timer: unknown;
}

/**
 * The callers of `sendNow` waiting for their change, each until the engine has an answer about
 * it, gives up on a round, or the caller's deadline passes. Resolving twice is harmless.
 */
export class OutcomeWaiters {
  readonly #timers: Timers;
  readonly #now: () => number;
  readonly #byChange = new Map<string, Set<Waiter>>();

  constructor(timers: Timers, now: () => number) {
    this.#timers = timers;
    this.#now = now;
  }

  wait(changeId: string, deadline: number): Promise<Settle> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve: (settled) => {
          this.#timers.clear(waiter.timer);
          this.#byChange.get(changeId)?.delete(waiter);
          if (this.#byChange.get(changeId)?.size === 0) this.#byChange.delete(changeId);
          resolve(settled);
        },
        timer: undefined,
      };
      waiter.timer = this.#timers.set(
        () => waiter.resolve({ kind: 'pending', reason: 'deadline' }),
        deadline - this.#now(),
      );
      const set = this.#byChange.get(changeId) ?? new Set<Waiter>();
      set.add(waiter);
      this.#byChange.set(changeId, set);
    });
  }

  /** The national system answered about these changes, or they now wait behind one it refused. */
  answered(changeIds: Iterable<string>): void {
    for (const changeId of changeIds) {
      for (const waiter of [...(this.#byChange.get(changeId) ?? [])]) waiter.resolve({ kind: 'answered' });
    }
  }

  /** The engine as a whole waits now (or stops), so nobody's change goes before that wait is over. */
  gaveUp(reason: PendingReason): void {
    for (const waiters of [...this.#byChange.values()]) {
      for (const waiter of [...waiters]) waiter.resolve({ kind: 'pending', reason });
    }
  }

  /** A batch failed and rests: these changes (its own, and the later ones of its accounts) wait with it. */
  gaveUpOn(changeIds: Iterable<string>, reason: PendingReason): void {
    for (const changeId of changeIds) {
      for (const waiter of [...(this.#byChange.get(changeId) ?? [])])
        waiter.resolve({ kind: 'pending', reason });
    }
  }
}
