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

const unlocked: Answer = {
  outcome: 'applied',
  code: 'UNLOCKED',
  unlocks: true,
  requestStatus: 'approved',
};

const refused = (code: Answer['code']): Answer => ({
  outcome: 'rejected',
  code,
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
    unlocks: false,
  }),
  HOLDER_REQUEST: () => unlocked,
  LOCK_ENDED: () => unlocked,
  TERMS_VIOLATION_ONGOING: (hasPendingReview) =>
    hasPendingReview
      ? {
          outcome: 'duplicate',
          code: 'REVIEW_ALREADY_PENDING',
          unlocks: false,
          requestStatus: 'pending-review',
        }
      : {
          outcome: 'applied',
          code: 'REVIEW_PENDING',
          unlocks: false,
          requestStatus: 'pending-review',
        },
  ID_CARD_REVOKED: () => refused('CARD_REVOKED'),
  COMPETENT_AUTHORITY: () => refused('AUTHORITY_LOCK'),
  HOLDER_DECEASED: () => refused('HOLDER_DECEASED'),
  LOCK_NEEDS_CHECKING: () => refused('LOCK_NEEDS_CHECKING'),
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
