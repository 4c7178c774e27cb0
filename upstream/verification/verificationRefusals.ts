import { timingSafeEqual } from 'node:crypto';
import type { UpstreamErrorBody } from '../../shared/upstream/api.js';
import type { UpstreamContext } from '../http/context.js';
import { setRetryAfter } from '../http/errors.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';

/**
 * 423 rather than 429: waiting a few seconds and retrying will not help, and a client that
 * retries 429 automatically must not keep hammering a locked ID. The end of the lockout is a
 * typed field as well as Retry-After, so a kiosk can say the time without reading the message.
 */
export function lockedOut(c: UpstreamContext, untilMs: number, nowMs: number): Response {
  setRetryAfter(c, untilMs - nowMs);
  const lockedUntil = new Date(untilMs).toISOString();
  const body: UpstreamErrorBody = {
    code: 'VERIFICATION_LOCKED',
    message: `Too many wrong codes; verification is locked until ${lockedUntil}.`,
    lockedUntil,
  };
  return c.json(body, 423);
}

/** Compares secrets in constant time, so response timing does not leak how much of a guess was right. */
export function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type WrongCode = 'WRONG_PASSCODE' | 'WRONG_OTP';

const wrongCodeMessages: Readonly<Record<WrongCode, string>> = {
  WRONG_PASSCODE: 'The passcode is wrong.',
  WRONG_OTP: 'The OTP is wrong.',
};

/**
 * Counts a wrong passcode or OTP towards the one lockout per ID. Returns the refusal: the
 * lockout when this failure starts one, else the wrong code with the attempts still allowed. An
 * outstanding OTP needs no voiding: it expires (5 minutes) long before the lockout ends (15 minutes).
 */
export function refuseWrongCode(
  c: UpstreamContext,
  ledger: IdentityLedger,
  idNumber: string,
  nowMs: number,
  code: WrongCode,
): Response {
  const counted = ledger.verificationAttempts.recordFailure(idNumber, nowMs);
  if ('lockedUntilMs' in counted) return lockedOut(c, counted.lockedUntilMs, nowMs);
  const body: UpstreamErrorBody = {
    code,
    message: `${wrongCodeMessages[code]} ${counted.attemptsLeft} attempts left.`,
    attemptsLeft: counted.attemptsLeft,
  };
  return c.json(body, 401);
}
