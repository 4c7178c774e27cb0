const SWEEP_INTERVAL_MS = 10_000;

export interface SeenNonce {
  kioskId: string;
  nonce: string;
  /** Service time after which the nonce can be forgotten. */
  forgetAfterMs: number;
}

/**
 * Remembers the nonces of accepted requests. A nonce only needs remembering while its
 * timestamp is still inside the skew window: after that the clock-skew check refuses the
 * request anyway, so memory stays bounded by the traffic of one window. The nonces are saved
 * with the rest of the state, so a restart does not reopen the window to replays.
 */
export class NonceRegistry {
  readonly #windowMs: number;
  /** `kioskId\nnonce` → the service time after which the nonce can be forgotten. */
  readonly #seen = new Map<string, SeenNonce>();
  #nextSweepAtMs = 0;

  constructor(windowMs: number, seen: readonly SeenNonce[] = []) {
    this.#windowMs = windowMs;
    for (const entry of seen) this.#seen.set(keyOf(entry.kioskId, entry.nonce), { ...entry });
  }

  /** Records the nonce and returns true, or returns false if this kiosk already used it. */
  claim(kioskId: string, nonce: string, timestampMs: number, nowMs: number): boolean {
    this.#sweep(nowMs);
    const key = keyOf(kioskId, nonce);
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, { kioskId, nonce, forgetAfterMs: timestampMs + this.#windowMs });
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  seen(): SeenNonce[] {
    return [...this.#seen.values()].map((entry) => ({ ...entry }));
  }

  #sweep(nowMs: number): void {
    if (nowMs < this.#nextSweepAtMs) return;
    this.#nextSweepAtMs = nowMs + SWEEP_INTERVAL_MS;
    for (const [key, entry] of this.#seen) {
      if (nowMs > entry.forgetAfterMs) this.#seen.delete(key);
    }
  }
}

function keyOf(kioskId: string, nonce: string): string {
  return `${kioskId}\n${nonce}`;
}
