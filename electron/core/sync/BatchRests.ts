import type { Timers } from '../timers.js';
import type { FailureWait } from './failureWait.js';

/** One failed batch's changes, resting until their wait is over. */
interface Rest extends FailureWait {
  changeIds: string[];
}

/**
 * The waits of failed batches, each for its own changes only: while one rests (a backoff, its
 * Retry-After), the other accounts keep going. A change that rests stalls its account (the plan
 * treats it as unavailable), so nothing later of that account overtakes it. The same rules as the
 * engine's own wait: a healthy answer ends a wait after silence early, a store write that succeeds
 * again ends a wait for the store, and neither ever goes before a Retry-After floor.
 */
export class BatchRests {
  readonly #timers: Timers;
  readonly #now: () => number;
  readonly #due: () => void;
  readonly #rests = new Set<Rest>();
  readonly #byChange = new Map<string, Rest>();
  #timer: unknown;

  constructor(options: { timers: Timers; now: () => number; due: () => void }) {
    this.#timers = options.timers;
    this.#now = options.now;
    this.#due = options.due;
  }

  add(changeIds: readonly string[], failed: FailureWait): void {
    if (changeIds.length === 0) return;
    const rest: Rest = { ...failed, changeIds: [...changeIds] };
    for (const changeId of changeIds) {
      const before = this.#byChange.get(changeId);
      if (before !== undefined) this.#forget(before);
    }
    this.#rests.add(rest);
    for (const changeId of changeIds) this.#byChange.set(changeId, rest);
    this.#arm();
  }

  /** The wait this change rests in, while it runs. */
  of(changeId: string): FailureWait | undefined {
    const rest = this.#byChange.get(changeId);
    return rest !== undefined && rest.wait.until > this.#now() ? rest : undefined;
  }

  /** The national system answered healthily: rests after silence or ill health end now (or at their floor). */
  contact(): void {
    this.#shorten((rest) => rest.wait.earlyOnContact);
  }

  /** A store write went through again: rests for the store end now (or at their floor). */
  writesRecovered(): void {
    this.#shorten((rest) => rest.wait.earlyOnWrite === true);
  }

  /** Staff resend this change: its rest is over for it (the others of its batch keep theirs). */
  forget(changeId: string): void {
    const rest = this.#byChange.get(changeId);
    if (rest === undefined) return;
    this.#byChange.delete(changeId);
    rest.changeIds = rest.changeIds.filter((id) => id !== changeId);
    if (rest.changeIds.length === 0) this.#rests.delete(rest);
    this.#arm();
  }

  /** Staff asked to send at once: every rest ends now, or at its Retry-After floor. */
  endNow(): void {
    this.#shorten(() => true);
  }

  cancel(): void {
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
    this.#rests.clear();
    this.#byChange.clear();
  }

  #shorten(applies: (rest: Rest) => boolean): void {
    let shortened = false;
    for (const rest of this.#rests) {
      if (!applies(rest)) continue;
      const at = Math.max(this.#now(), rest.wait.floor);
      if (at >= rest.wait.until) continue;
      rest.wait = { until: at, floor: rest.wait.floor, earlyOnContact: false };
      shortened = true;
    }
    if (shortened) this.#arm();
  }

  #forget(rest: Rest): void {
    this.#rests.delete(rest);
    for (const changeId of rest.changeIds) {
      if (this.#byChange.get(changeId) === rest) this.#byChange.delete(changeId);
    }
  }

  /** One timer, for the rest that ends first. */
  #arm(): void {
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
    let first: number | undefined;
    for (const rest of this.#rests)
      if (first === undefined || rest.wait.until < first) first = rest.wait.until;
    if (first === undefined) return;
    this.#timer = this.#timers.set(() => this.#fire(), first - this.#now());
  }

  #fire(): void {
    this.#timer = undefined;
    const nowMs = this.#now();
    for (const rest of [...this.#rests]) if (rest.wait.until <= nowMs) this.#forget(rest);
    this.#arm();
    this.#due();
  }
}
