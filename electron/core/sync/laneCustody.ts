/**
 * Which changes the batch lanes hold at this moment, and which attempts never left the kiosk:
 * what no plan may pick up, what `sendNow` may wait on, and what a withdrawal may still take.
 */
export class LaneCustody {
  /** Changes of the batches in flight, from the moment they are planned until their answer or failure is recorded. */
  readonly #inFlight = new Set<string>();
  /** The lane that carried each change, until that lane has recorded its outcome. */
  readonly #laneOf = new Map<string, Promise<void>>();
  /** Changes being withdrawn or closed: no plan may pick them up meanwhile. */
  readonly #setAside = new Set<string>();
  /** Per change, attempts that provably never left the kiosk (the connection was never made). */
  readonly #unsentAttempts = new Map<string, number>();

  get inFlightCount(): number {
    return this.#inFlight.size;
  }

  isInFlight(changeId: string): boolean {
    return this.#inFlight.has(changeId);
  }

  /** Taken by a plan: reserved before the plan's first await, so the next plan leaves them alone. */
  reserve(changeIds: readonly string[]): void {
    for (const changeId of changeIds) this.#inFlight.add(changeId);
  }

  /** The batch is over for these (answered or failed); its lane may still be recording. */
  release(changeIds: readonly string[]): void {
    for (const changeId of changeIds) this.#inFlight.delete(changeId);
  }

  attach(changeIds: readonly string[], lane: Promise<void>): void {
    for (const changeId of changeIds) this.#laneOf.set(changeId, lane);
  }

  detach(changeIds: readonly string[], lane: Promise<void>): void {
    for (const changeId of changeIds) if (this.#laneOf.get(changeId) === lane) this.#laneOf.delete(changeId);
  }

  laneOf(changeId: string): Promise<void> | undefined {
    return this.#laneOf.get(changeId);
  }

  /** Carried by a batch, being recorded, or being withdrawn or closed: nothing else may touch it now. */
  busy(changeId: string): boolean {
    return this.#inFlight.has(changeId) || this.#laneOf.has(changeId) || this.#setAside.has(changeId);
  }

  /** Runs `fn` with this change kept out of every plan; marked before `fn`'s first await. */
  async aside<T>(changeId: string, fn: () => Promise<T>): Promise<T> {
    this.#setAside.add(changeId);
    try {
      return await fn();
    } finally {
      this.#setAside.delete(changeId);
    }
  }

  /** One more attempt of each of these never reached the national system. */
  countUnsent(changeIds: readonly string[]): void {
    for (const changeId of changeIds) {
      this.#unsentAttempts.set(changeId, (this.#unsentAttempts.get(changeId) ?? 0) + 1);
    }
  }

  forgetUnsent(changeId: string): void {
    this.#unsentAttempts.delete(changeId);
  }

  /** Whether a request carrying this change may have reached the national system, ever. */
  requestLeft(changeId: string, attempts: number): boolean {
    return this.#inFlight.has(changeId) || attempts > (this.#unsentAttempts.get(changeId) ?? 0);
  }
}
