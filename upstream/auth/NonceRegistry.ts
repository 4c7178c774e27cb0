const SWEEP_INTERVAL_MS = 10_000;

/**
 * Remembers the nonces of accepted requests. A nonce only needs remembering while its
 * timestamp is still inside the skew window: after that the clock-skew check refuses the
 * request anyway, so memory stays bounded by the traffic of one window.
 */
export class NonceRegistry {
  readonly #windowMs: number;
  /** `kioskId\nnonce` → the service time after which the nonce can be forgotten. */
  readonly #seen = new Map<string, number>();
  #nextSweepAtMs = 0;

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Records the nonce and returns true, or returns false if this kiosk already used it. */
  claim(kioskId: string, nonce: string, timestampMs: number, nowMs: number): boolean {
    this.#sweep(nowMs);
    const key = `${kioskId}\n${nonce}`;
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, timestampMs + this.#windowMs);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #sweep(nowMs: number): void {
    if (nowMs < this.#nextSweepAtMs) return;
    this.#nextSweepAtMs = nowMs + SWEEP_INTERVAL_MS;
    for (const [key, forgetAfterMs] of this.#seen) {
      if (nowMs > forgetAfterMs) this.#seen.delete(key);
    }
  }
}
