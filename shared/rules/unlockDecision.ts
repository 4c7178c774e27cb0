import type { RequestStatus } from '../upstream/api.js';
import type { ChangeDecision } from './changeDecision.js';
import type { Now } from './time.js';
import { unlockEligibility } from './unlockEligibility.js';
import type { UnlockEligibility, UnlockReasonCode, UnlockSubject } from './unlockEligibility.js';

export interface UnlockDecision extends ChangeDecision {
  /** True when the account becomes active as part of this change. */
  unlocks: boolean;
  requestStatus?: RequestStatus;
  /** The eligibility the answer was derived from, so a screen can explain it. */
  eligibility: UnlockEligibility;
}

type Answer = Omit<UnlockDecision, 'eligibility'>;

const unlocked = (message: string): Answer => ({
  outcome: 'applied',
  code: 'UNLOCKED',
  message,
  unlocks: true,
  requestStatus: 'approved',
});

const refused = (code: Answer['code'], message: string): Answer => ({
  outcome: 'rejected',
  code,
  message,
  unlocks: false,
  requestStatus: 'refused',
});

/**
 * The national system's answer for each eligibility reason. Exhaustive by type, so a new reason
 * cannot be added to unlockEligibility without deciding what the service answers to it.
 */
const answerFor: Readonly<Record<UnlockReasonCode, (hasPendingReview: boolean) => Answer>> = {
  NOT_LOCKED: () => ({
    outcome: 'duplicate',
    code: 'NOT_LOCKED',
    message: 'The account is not locked.',
    unlocks: false,
  }),
  HOLDER_REQUEST: () => unlocked("The holder's own lock is lifted at the holder's request."),
  LOCK_ENDED: () => unlocked('The term of the lock has ended; the account is unlocked.'),
  TERMS_VIOLATION_ONGOING: (hasPendingReview) =>
    hasPendingReview
      ? {
          outcome: 'duplicate',
          code: 'REVIEW_ALREADY_PENDING',
          message: 'An earlier unlock request for this account is still waiting for review.',
          unlocks: false,
          requestStatus: 'pending-review',
        }
      : {
          outcome: 'applied',
          code: 'REVIEW_PENDING',
          message: 'The terms-violation lock has not ended; the request waits for review.',
          unlocks: false,
          requestStatus: 'pending-review',
        },
  ID_CARD_REVOKED: () =>
    refused('CARD_REVOKED', 'The ID card was revoked; the account unlocks when a new card is issued.'),
  COMPETENT_AUTHORITY: () =>
    refused(
      'AUTHORITY_LOCK',
      'The lock was ordered by a competent authority; only the commune police can lift it.',
    ),
  HOLDER_DECEASED: () => refused('HOLDER_DECEASED', "A deceased holder's account is never unlocked."),
  LOCK_NEEDS_CHECKING: () =>
    refused(
      'LOCK_NEEDS_CHECKING',
      'The lock has no recorded ground, or one the decree does not allow at this level; the police must check it.',
    ),
};

/**
 * How the national system answers an unlock request (DESIGN §1, §4). It is unlockEligibility, the
 * rule the kiosk shows the citizen before sending, turned into a change result, so the kiosk's
 * promise and the service's answer cannot drift apart:
 * - can-unlock-now → `applied UNLOCKED`;
 * - needs-review → `applied REVIEW_PENDING`, or `duplicate REVIEW_ALREADY_PENDING` while an earlier
 *   request still waits;
 * - go-to-commune-police and cannot-unlock → `rejected`, with a code per reason;
 * - not-locked → `duplicate NOT_LOCKED`.
 *
 * @param hasPendingReview an earlier unlock request on this account is still waiting for review.
 */
export function decideUnlockRequest(
  subject: UnlockSubject,
  now: Now,
  hasPendingReview = false,
): UnlockDecision {
  const eligibility = unlockEligibility(subject, now);
  return { ...answerFor[eligibility.reason](hasPendingReview), eligibility };
}
