import type { Timers } from '../timers.js';

/** A wait after a failed attempt. */
export interface RetryWait {
  /** When the next attempt is due (backoff with jitter, at least any Retry-After). */
  until: number;
  /** Never before this, whatever happens: what the service asked for with Retry-After. */
  floor: number;
  /**
   * The failure was silence or ill health (no answer, timeout, 5xx, a malformed answer), so a
   * healthy answer to anything means the connection is back: probe for it, and go early on it.
   * Not for refusals and 429, where the service did answer and asked the kiosk to hold off.
   */
  earlyOnContact: boolean;
  /** The failure was the kiosk's own store, which could not write: go as soon as a write succeeds. */
  earlyOnWrite?: boolean;
}

/**
 * The timers of the sync engine's waits: one for the next attempt and, while the connection is
 * down and the wait is long, one that probes periodically so the kiosk notices the connection
 * coming back within a probe interval instead of a backoff ceiling (up to minutes).
 */
export class RetrySchedule {
  readonly #timers: Timers;
  readonly #now: () => number;
  readonly #probeIntervalMs: number;
  readonly #due: () => void;
  readonly #probe: () => void;
  #wait: RetryWait | undefined;
  #retryTimer: unknown;
  #probeTimer: unknown;

  constructor(options: {
    timers: Timers;
    now: () => number;
    probeIntervalMs: number;
    /** The wait is over: attempt now. */
    due: () => void;
    /** Send one lightweight request; its answer comes back through `contact`. */
    probe: () => void;
  }) {
    this.#timers = options.timers;
    this.#now = options.now;
    this.#probeIntervalMs = options.probeIntervalMs;
    this.#due = options.due;
    this.#probe = options.probe;
  }

  get waiting(): boolean {
    return this.#wait !== undefined;
  }

  waitFor(wait: RetryWait, probeNow = false): void {
    this.cancel();
    this.#wait = wait;
    this.#retryTimer = this.#timers.set(() => this.#fire(), wait.until - this.#now());
    if (wait.earlyOnContact) {
      if (probeNow) this.#probe();
      this.#armProbe();
    }
  }

  /** The national system answered something, healthily: if the wait allows it, go now (or at the floor). */
  contact(): void {
    const wait = this.#wait;
    if (wait === undefined || !wait.earlyOnContact) return;
    const at = Math.max(this.#now(), wait.floor);
    if (at >= wait.until) return;
    this.waitFor({ until: at, floor: wait.floor, earlyOnContact: false });
  }

  /** A store write went through again: a wait for the store ends now (a Retry-After floor still holds). */
  writesRecovered(): void {
    const wait = this.#wait;
    if (wait?.earlyOnWrite !== true) return;
    this.waitFor({ until: Math.max(this.#now(), wait.floor), floor: wait.floor, earlyOnContact: false });
  }

  /** Staff asked to send at once: the wait ends now, never before a Retry-After floor. */
  endNow(): void {
    const wait = this.#wait;
    if (wait === undefined) return;
    this.waitFor({ until: Math.max(this.#now(), wait.floor), floor: wait.floor, earlyOnContact: false });
  }

  cancel(): void {
    this.#wait = undefined;
    if (this.#retryTimer !== undefined) this.#timers.clear(this.#retryTimer);
    if (this.#probeTimer !== undefined) this.#timers.clear(this.#probeTimer);
    this.#retryTimer = undefined;
    this.#probeTimer = undefined;
  }

  #fire(): void {
    this.cancel();
    this.#due();
  }

  #armProbe(): void {
    const wait = this.#wait;
    // A probe only helps if it comes before the attempt itself would.
    if (wait === undefined || wait.until - this.#now() <= this.#probeIntervalMs) return;
    this.#probeTimer = this.#timers.set(() => {
      this.#probeTimer = undefined;
      this.#probe();
      this.#armProbe();
    }, this.#probeIntervalMs);
  }
}
