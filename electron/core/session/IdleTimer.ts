import type { Timers } from '../timers.js';

export interface IdleTimerOptions {
  now: () => number;
  timers: Timers;
  onIdle: () => void;
}

/**
 * Ends something after a period without activity. The timer is the push (the renderer hears at
 * once); `expired()` is the check every call makes, so a suspended or late timer never lets an
 * abandoned session be used.
 */
export class IdleTimer {
  readonly #options: IdleTimerOptions;
  #handle: unknown;
  #lastActivity = 0;
  #idleMs = 0;
  #running = false;

  constructor(options: IdleTimerOptions) {
    this.#options = options;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Starts or restarts the countdown from now. */
  touch(idleMs: number): void {
    this.#lastActivity = this.#options.now();
    this.#idleMs = idleMs;
    this.#running = true;
    this.#arm(idleMs);
  }

  expired(): boolean {
    return this.#running && this.#options.now() - this.#lastActivity >= this.#idleMs;
  }

  stop(): void {
    this.#running = false;
    if (this.#handle !== undefined) this.#options.timers.clear(this.#handle);
    this.#handle = undefined;
  }

  #arm(ms: number): void {
    if (this.#handle !== undefined) this.#options.timers.clear(this.#handle);
    this.#handle = this.#options.timers.set(() => {
      this.#handle = undefined;
      if (!this.#running) return;
      const left = this.#lastActivity + this.#idleMs - this.#options.now();
      // An injected clock may say less time has passed than the timer did; wait the rest.
      if (left > 0) return this.#arm(left);
      this.stop();
      this.#options.onIdle();
    }, ms);
  }
}
