import { timingSafeEqual } from 'node:crypto';
import type { UpstreamContext } from '../http/context.js';
import { errorResponse, setRetryAfter } from '../http/errors.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';

/**
 * 423 rather than 429: waiting a few seconds and retrying will not help, and a client that
 * retries 429 automatically must not keep hammering a locked ID.
 */
export function lockedOut(c: UpstreamContext, untilMs: number, nowMs: number): Response {
  setRetryAfter(c, untilMs - nowMs);
  return errorResponse(
    c,
    423,
    'VERIFICATION_LOCKED',
    `Too many wrong codes; verification is locked until ${new Date(untilMs).toISOString()}.`,
  );
}

/** Compares secrets in constant time, so response timing does not leak how much of a guess was right. */
export function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Counts a wrong passcode or OTP towards the one lockout per ID. Returns the refusal: the
 * lockout when this failure starts one, else `wrong`. An outstanding OTP needs no voiding: it
 * expires (5 minutes) long before the lockout ends (15 minutes).
 */
export function refuseWrongCode(
  c: UpstreamContext,
  ledger: IdentityLedger,
  idNumber: string,
  nowMs: number,
  wrong: () => Response,
): Response {
  const lockoutEnds = ledger.verificationAttempts.recordFailure(idNumber, nowMs);
  return lockoutEnds === undefined ? wrong() : lockedOut(c, lockoutEnds, nowMs);
}
