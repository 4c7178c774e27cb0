import { UpstreamFailure } from '../upstream/upstreamFailure.js';
import type { RetryWait } from './RetrySchedule.js';
import { retryDelayMs } from './retryPolicy.js';
import type { RetryPolicy } from './retryPolicy.js';

/** How long a failed batch waits, and what `sendNow` tells a citizen whose change waits with it. */
export interface FailureWait {
  wait: RetryWait;
  /** The national system gave no usable answer (silence, timeout, 5xx, malformed): the link is down. */
  linkDown: boolean;
}

/**
 * The wait after a failed attempt: full jitter over the ceiling for `failures` failures in a row,
 * never less than a Retry-After (bounded by the policy). After silence or ill health a healthy
 * answer may end it early; after the kiosk's own trouble (its store could not write), a write that
 * succeeds again may. A refusal or a 429 is waited out.
 */
export function waitAfterFailure(
  error: unknown,
  failures: number,
  nowMs: number,
  policy: Readonly<RetryPolicy>,
  random: () => number,
): FailureWait {
  const failure = error instanceof UpstreamFailure ? error : undefined;
  const retryAfterMs = failure?.retryAfterMs;
  const until = nowMs + retryDelayMs(failures, policy, random, retryAfterMs);
  const floor = retryAfterMs === undefined ? nowMs : nowMs + Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const linkDown = failure?.serviceUnwell ?? false;
  return { wait: { until, floor, earlyOnContact: linkDown, earlyOnWrite: failure === undefined }, linkDown };
}
