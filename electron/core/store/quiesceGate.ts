/**
 * Lets a reader of the data folder (a backup) see it between writes: `quiesce(fn)` runs `fn`
 * when no journal flush, no audit file write and no fold is running, and holds new ones until
 * `fn` returns. Every writer of the data folder runs its writes through `write` or `fold`.
 *
 * A fold commits records of its own (the archive's) before it can finish, so while a fold runs
 * writes still go through: holding them would leave the quiesce waiting for a fold that waits
 * for the quiesce. Once the fold is done nothing new starts, and the writes already running
 * settle.
 */
export class QuiesceGate {
  readonly #running = new Set<Promise<unknown>>();
  #folds = 0;
  #held: Promise<void> | undefined;

  /** A journal flush or an audit file write: waits while a quiesce holds the folder. */
  async write<T>(task: () => Promise<T>): Promise<T> {
    while (this.#held !== undefined && this.#folds === 0) await this.#held;
    return this.#track(task());
  }

  /** A fold: waits while a quiesce holds the folder; the writes it makes pass meanwhile. */
  async fold<T>(task: () => Promise<T>): Promise<T> {
    while (this.#held !== undefined) await this.#held;
    this.#folds += 1;
    try {
      return await this.#track(task());
    } finally {
      this.#folds -= 1;
    }
  }

  /** `fn` must not write to the store itself: its writes would wait for it. */
  async quiesce<T>(fn: () => Promise<T>): Promise<T> {
    while (this.#held !== undefined) await this.#held;
    let release = (): void => undefined;
    this.#held = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
      return await fn();
    } finally {
      this.#held = undefined;
      release();
    }
  }

  #track<T>(running: Promise<T>): Promise<T> {
    this.#running.add(running);
    const settled = (): void => {
      this.#running.delete(running);
    };
    running.then(settled, settled);
    return running;
  }
}
