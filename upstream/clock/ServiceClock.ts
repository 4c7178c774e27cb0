/**
 * The service's two readings of time. `now` is business time: lock terms, token and OTP expiry,
 * rate limits and ledger times; an administrator can move it forward to show a lock ending.
 * `wallNow` is what signatures are checked against and what the Date header says: kiosks keep
 * their own clocks near it, so moving business time must not lock every kiosk out with CLOCK_SKEW.
 */
export class ServiceClock {
  readonly #base: () => number;
  #offsetMs: number;

  constructor(base: () => number, offsetMs = 0) {
    this.#base = base;
    this.#offsetMs = offsetMs;
  }

  readonly now = (): number => this.#base() + this.#offsetMs;

  readonly wallNow = (): number => this.#base();

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /**
   * Forward only: tokens, nonces and the ledger are kept in time order, and a clock that went
   * back could revive an expired token or OTP.
   */
  advance(ms: number): void {
    if (!Number.isSafeInteger(ms) || ms < 0) {
      throw new RangeError('The service clock moves forward by a whole number of milliseconds.');
    }
    this.#offsetMs += ms;
  }
}
