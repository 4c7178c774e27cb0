import type { AccountStatus, Lock } from '../../shared/domain/account.js';
import type { RequestStatus, RuleDecision } from './outcomes.js';

export interface UnlockDecision extends RuleDecision {
  /** True when the account becomes active as part of this change. */
  unlocks: boolean;
  requestStatus?: RequestStatus;
}

export interface UnlockSubject {
  status: AccountStatus;
  lock?: Lock;
}

/**
 * Whether an unlock request succeeds, per lock ground (DESIGN §1, Decree 69/2024 Arts. 29–30):
 * - a deceased holder's account is never unlocked;
 * - any other lock whose term (`until`) has passed has lost its ground and is lifted on request;
 * - the holder's own lock is lifted at once;
 * - a terms-violation lock still in its term waits for review;
 * - a revoked card needs a new card, and an authority lock needs the commune police: refused here.
 * A locked account without a recorded ground cannot be judged by rule, so it is refused and
 * the citizen is sent to the police, as the kiosk's own eligibility check does.
 * Pure, so it can move into shared/ and the kiosk can predict the outcome before sending.
 *
 * @param hasPendingReview an earlier unlock request on this account is still waiting for review.
 */
export function decideUnlock(
  subject: UnlockSubject,
  nowMs: number,
  hasPendingReview = false,
): UnlockDecision {
  const { lock } = subject;
  if (subject.status !== 'locked') {
    return {
      outcome: 'duplicate',
      code: 'NOT_LOCKED',
      message: 'The account is not locked.',
      unlocks: false,
    };
  }
  if (lock === undefined) {
    return refuse(
      'LOCK_NEEDS_CHECKING',
      'The account is locked without a recorded ground; the police must check it.',
    );
  }
  if (lock.reason === 'holder-deceased') {
    return refuse('HOLDER_DECEASED', "A deceased holder's account is never unlocked.");
  }
  // An unreadable date parses to NaN and compares false: the lock stays.
  if (lock.until !== undefined && Date.parse(lock.until) <= nowMs) {
    return unlock('The term of the lock has ended; the account is unlocked.');
  }
  switch (lock.reason) {
    case 'competent-authority':
      return refuse(
        'AUTHORITY_LOCK',
        'The lock was ordered by a competent authority; only the commune police can lift it.',
      );
    case 'id-card-revoked':
      return refuse(
        'CARD_REVOKED',
        'The ID card was revoked; the account unlocks when a new card is issued.',
      );
    case 'holder-request':
      return unlock("The holder's own lock is lifted at the holder's request.");
    case 'terms-violation':
      if (hasPendingReview) {
        return {
          outcome: 'duplicate',
          code: 'REVIEW_ALREADY_PENDING',
          message: 'An earlier unlock request for this account is still waiting for review.',
          unlocks: false,
          requestStatus: 'pending-review',
        };
      }
      return {
        outcome: 'applied',
        code: 'REVIEW_PENDING',
        message: 'The terms-violation lock has not ended; the request waits for review.',
        unlocks: false,
        requestStatus: 'pending-review',
      };
  }
}

function unlock(message: string): UnlockDecision {
  return { outcome: 'applied', code: 'UNLOCKED', message, unlocks: true, requestStatus: 'approved' };
}

function refuse(code: string, message: string): UnlockDecision {
  return { outcome: 'rejected', code, message, unlocks: false, requestStatus: 'refused' };
}
