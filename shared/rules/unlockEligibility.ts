import type { Account, LockReason } from '../domain/account.js';
import { canLock, lockHasEnded, unlockRules } from './lockRules.js';
import type { Now } from './time.js';

export const unlockOutcomes = [
  'can-unlock-now',
  'needs-review',
  'go-to-commune-police',
  'cannot-unlock',
  'not-locked',
] as const;
export type UnlockOutcome = (typeof unlockOutcomes)[number];

/** Why the outcome is what it is; the catalogues (shared/i18n) explain each in plain words. */
export const unlockReasonCodes = [
  'NOT_LOCKED',
  'HOLDER_REQUEST',
  'LOCK_ENDED',
  'TERMS_VIOLATION_ONGOING',
  'ID_CARD_REVOKED',
  'COMPETENT_AUTHORITY',
  'HOLDER_DECEASED',
  'LOCK_NEEDS_CHECKING',
] as const;
export type UnlockReasonCode = (typeof unlockReasonCodes)[number];

/** What the citizen should do next. */
export const unlockNextSteps = [
  'NONE',
  'SUBMIT_UNLOCK_REQUEST',
  'SUBMIT_FOR_REVIEW',
  'REISSUE_ID_CARD',
  'VISIT_COMMUNE_POLICE',
  'REPORT_MISTAKE_TO_COMMUNE_POLICE',
] as const;
export type UnlockNextStep = (typeof unlockNextSteps)[number];

export interface UnlockEligibility {
  outcome: UnlockOutcome;
  reason: UnlockReasonCode;
  nextStep: UnlockNextStep;
  /** The ground of the lock, when the account is locked and the ground is known. */
  lockReason?: LockReason;
}

export type UnlockSubject = Pick<Account, 'status' | 'level' | 'lock'>;

/**
 * Whether an unlock request from the kiosk can succeed, before it is sent (DESIGN §1):
 * - an ended lock (see lockHasEnded) is lifted on request, whatever its ground, except death;
 * - the holder's own lock is lifted at once on their verified request;
 * - a terms-violation lock still in its term needs the agency's review;
 * - a revoked card needs a new card, which only the police issue;
 * - an authority lock goes through the police, never a kiosk;
 * - a deceased holder's account is never unlocked.
 * A locked account without a ground, or with a ground the decree does not allow at its
 * level, is bad data the kiosk cannot judge, so it sends the citizen to the police.
 */
export function unlockEligibility(subject: UnlockSubject, now: Now): UnlockEligibility {
  if (subject.status !== 'locked') return { outcome: 'not-locked', reason: 'NOT_LOCKED', nextStep: 'NONE' };
  const lock = subject.lock;
  if (lock === undefined) {
    return {
      outcome: 'go-to-commune-police',
      reason: 'LOCK_NEEDS_CHECKING',
      nextStep: 'VISIT_COMMUNE_POLICE',
    };
  }
  const lockReason = lock.reason;
  const result = (outcome: UnlockOutcome, reason: UnlockReasonCode, nextStep: UnlockNextStep) => ({
    outcome,
    reason,
    nextStep,
    lockReason,
  });

  if (!canLock(lockReason, subject.level)) {
    return result('go-to-commune-police', 'LOCK_NEEDS_CHECKING', 'VISIT_COMMUNE_POLICE');
  }
  if (lockHasEnded(lock, now)) return result('can-unlock-now', 'LOCK_ENDED', 'SUBMIT_UNLOCK_REQUEST');

  switch (unlockRules[lockReason].route) {
    case 'holder-request':
      return result('can-unlock-now', 'HOLDER_REQUEST', 'SUBMIT_UNLOCK_REQUEST');
    case 'review':
      return result('needs-review', 'TERMS_VIOLATION_ONGOING', 'SUBMIT_FOR_REVIEW');
    case 'card-reissued':
      return result('go-to-commune-police', 'ID_CARD_REVOKED', 'REISSUE_ID_CARD');
    case 'police-approval':
      return result('go-to-commune-police', 'COMPETENT_AUTHORITY', 'VISIT_COMMUNE_POLICE');
    case 'never':
      return result('cannot-unlock', 'HOLDER_DECEASED', 'REPORT_MISTAKE_TO_COMMUNE_POLICE');
  }
}
