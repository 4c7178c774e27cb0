/** How the sync engine waits between attempts while the national system cannot take changes. */
export interface RetryPolicy {
  /** The first backoff ceiling; it doubles with every failure in a row. */
  baseMs: number;
  /** The backoff ceiling never grows past this. */
  capMs: number;
  /** A Retry-After longer than this is read as this: a wrong header must not stall sync for days. */
  maxRetryAfterMs: number;
  /** While the connection is down, how often a lightweight probe checks whether it is back. */
  probeIntervalMs: number;
  /** While there is nothing to send, how often a probe checks that the connection is still there. */
  heartbeatMs: number;
}

export const defaultRetryPolicy: Readonly<RetryPolicy> = Object.freeze({
  baseMs: 1_000,
  capMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
  probeIntervalMs: 15_000,
  heartbeatMs: 60_000,
});

/** The exponential ceiling after `failures` failures in a row (1 for the first). */
export function backoffCeilingMs(failures: number, policy: Readonly<RetryPolicy>): number {
  // Past 2^30 the product is far beyond any cap; stopping there keeps it a finite number.
  const doublings = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(policy.capMs, policy.baseMs * 2 ** doublings);
}

/**
 * The wait before the next attempt: full jitter (uniform between 0 and the ceiling), so kiosks
 * that lost the connection together do not come back together; a Retry-After is a floor.
 */
export function retryDelayMs(
  failures: number,
  policy: Readonly<RetryPolicy>,
  random: () => number,
  retryAfterMs?: number,
): number {
  const jittered = Math.floor(random() * backoffCeilingMs(failures, policy));
  const floor = retryAfterMs === undefined ? 0 : Math.min(Math.max(retryAfterMs, 0), policy.maxRetryAfterMs);
  return Math.max(jittered, floor);
}
