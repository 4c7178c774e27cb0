import type { Account, AccountLevel, Lock, LockReason } from '../domain/account.js';
import { instantMs, toEpochMs } from './time.js';
import type { Now } from './time.js';

/**
 * Who locks an account and what lifts each lock: Decree 59/2022 Art. 19, carried over by
 * Decree 69/2024 and the 2023 Law on Identity Art. 34 (DESIGN §1). The kiosk and the reference
 * service both use these, so the two cannot disagree about an unlock.
 */

/** Who starts each kind of lock. */
export type LockInitiator = 'holder' | 'identity-agency' | 'competent-authority';

export const lockInitiators: Readonly<Record<LockReason, LockInitiator>> = Object.freeze({
  'terms-violation': 'identity-agency',
  'holder-request': 'holder',
  'id-card-revoked': 'identity-agency',
  'holder-deceased': 'identity-agency',
  // A court or other competent authority asks; the police carry it out.
  'competent-authority': 'competent-authority',
});

/** The decree lets a competent authority lock only a level-2 account; every other ground applies to both levels. */
export function canLock(reason: LockReason, level: AccountLevel): boolean {
  return reason !== 'competent-authority' || level === 2;
}

/**
 * What lifts a lock that has not ended on its own:
 * - `holder-request`: the holder's own verified request, at once (Decree 69 Arts. 29–30, form TK03);
 * - `review`: the identity agency reviews a request;
 * - `card-reissued`: the holder gets a new ID card, which is done by the police, not at a kiosk;
 * - `police-approval`: only the police, after their own review;
 * - `never`.
 */
export type UnlockRoute = 'holder-request' | 'review' | 'card-reissued' | 'police-approval' | 'never';

export interface UnlockRule {
  route: UnlockRoute;
  /** Whether a kiosk may send the unlock request for this ground. */
  atKiosk: boolean;
}

export const unlockRules: Readonly<Record<LockReason, Readonly<UnlockRule>>> = Object.freeze({
  'holder-request': { route: 'holder-request', atKiosk: true },
  'terms-violation': { route: 'review', atKiosk: true },
  'id-card-revoked': { route: 'card-reissued', atKiosk: false },
  'competent-authority': { route: 'police-approval', atKiosk: false },
  'holder-deceased': { route: 'never', atKiosk: false },
});

/**
 * Whether the ground for a lock has ended, so the system lifts it on the next request.
 * Only a lock with an end (`until`) can end by itself, whatever its ground: a time-limited
 * authority order that has run out no longer holds the account either. A deceased holder's
 * lock never ends, even if the record carries a date. `until` is inclusive of its instant:
 * at that moment the term is over.
 */
export function lockHasEnded(lock: Pick<Lock, 'reason' | 'until'>, now: Now): boolean {
  if (lock.reason === 'holder-deceased' || lock.until === undefined) return false;
  // An unreadable date fails safe: the lock stays.
  return instantMs(lock.until) <= toEpochMs(now);
}

/**
 * Whether the account is locked because its holder has died. The screen is then read by a
 * relative, so the words must not address the holder ("ông/bà") as the reader.
 */
export function holderIsDeceased(subject: Pick<Account, 'status' | 'lock'>): boolean {
  return subject.status === 'locked' && subject.lock?.reason === 'holder-deceased';
}

/**
 * Whether the lock freezes the account against every change, unlinks included. Only a lock that
 * can never be lifted does (death): nobody can prove to be the holder any more, and the devices
 * stay on record as they were. Other locks leave unlinking open: a holder who locked the account
 * after losing a phone needs exactly that.
 */
export function lockFreezesAccount(subject: Pick<Account, 'status' | 'lock'>): boolean {
  if (subject.status !== 'locked' || subject.lock === undefined) return false;
  return unlockRules[subject.lock.reason].route === 'never';
}
