import type { LockReason, PaperKind } from '../domain/account.js';
import type { ContentItem, ContentProblemCode } from '../rules/accountContents.js';
import { STALE_AFTER_DAYS } from '../rules/devices.js';
import type { SuspicionOptions, SuspicionReason, SuspiciousDevice } from '../rules/devices.js';
import type { IdNumberErrorCode, IdNumberProblem } from '../rules/idNumber.js';
import type {
  UnlockEligibility,
  UnlockNextStep,
  UnlockOutcome,
  UnlockReasonCode,
} from '../rules/unlockEligibility.js';

/*
 * The rules in shared/rules answer with codes and the facts behind them; these are the shapes
 * of the words for those codes, and the functions that pick them. Each language fills the
 * shapes in its own folder, so a new code without words fails the typecheck in both.
 */

/** One sentence per ID-number problem, given the facts the rule found. */
export type IdNumberWords = {
  readonly [C in IdNumberErrorCode]: (problem: Extract<IdNumberProblem, { code: C }>) => string;
};

export interface UnlockWords {
  outcomes: Readonly<Record<UnlockOutcome, string>>;
  reasons: Readonly<Record<UnlockReasonCode, { reason: string; whoCanUnlock: string }>>;
  nextSteps: Readonly<Record<UnlockNextStep, string>>;
  /** Each ground of a lock in plain words, as the end of "locked because …". */
  grounds: Readonly<Record<LockReason, string>>;
  /**
   * The reason sentence for the outcomes that do not say the ground by themselves (an ended
   * lock; a ground the account's level does not allow), built around the ground's words.
   */
  withGround: Readonly<Record<GroundedReasonCode, (ground: string) => string>>;
}

/** The reason codes whose sentence names the lock's ground only when told it. */
export type GroundedReasonCode = Extract<UnlockReasonCode, 'LOCK_ENDED' | 'LOCK_NEEDS_CHECKING'>;

function isGrounded(code: UnlockReasonCode): code is GroundedReasonCode {
  return code === 'LOCK_ENDED' || code === 'LOCK_NEEDS_CHECKING';
}

/** The facts each suspicion reason's sentence may quote. */
export interface SuspicionFacts {
  stale: { staleAfterDays: number; daysSinceLastSeen: number };
  'unfamiliar-place': { place: string };
}

export interface DeviceWords {
  /** For `MORE_THAN_ONE_ACTIVE` from activeDevice. */
  moreThanOneActive: string;
  reasons: { readonly [R in SuspicionReason]: (facts: SuspicionFacts[R]) => string };
}

/** The app's own names for what an account holds ("Thông tin tài khoản"), and what can be wrong with it. */
export interface AccountContentWords {
  items: Readonly<Record<ContentItem, string>>;
  paperKinds: Readonly<Record<PaperKind, string>>;
  problems: Readonly<Record<ContentProblemCode, string>>;
}

export interface UnlockExplanation {
  title: string;
  reason: string;
  whoCanUnlock: string;
  nextStep: string;
}

export function idNumberErrorMessage(problem: IdNumberProblem, words: IdNumberWords): string {
  switch (problem.code) {
    case 'NOT_DIGITS':
      return words.NOT_DIGITS(problem);
    case 'WRONG_LENGTH':
      return words.WRONG_LENGTH(problem);
    case 'UNKNOWN_PROVINCE':
      return words.UNKNOWN_PROVINCE(problem);
    case 'BAD_CENTURY_DIGIT':
      return words.BAD_CENTURY_DIGIT(problem);
    case 'BIRTH_YEAR_IN_FUTURE':
      return words.BIRTH_YEAR_IN_FUTURE(problem);
    case 'DOB_MISMATCH':
      return words.DOB_MISMATCH(problem);
    case 'GENDER_MISMATCH':
      return words.GENDER_MISMATCH(problem);
  }
}

/** The texts a screen shows for an eligibility result: the verdict, why, who can unlock, what next. */
export function explainUnlockEligibility(
  eligibility: UnlockEligibility,
  words: UnlockWords,
): UnlockExplanation {
  const { reason, whoCanUnlock } = words.reasons[eligibility.reason];
  // Every explanation names the lock's ground when it is known: "the term is over" alone
  // leaves a citizen locked for a terms violation not knowing why it happened.
  const code = eligibility.reason;
  const grounded =
    eligibility.lockReason !== undefined && isGrounded(code)
      ? words.withGround[code](words.grounds[eligibility.lockReason])
      : reason;
  return {
    title: words.outcomes[eligibility.outcome],
    reason: grounded,
    whoCanUnlock,
    nextStep: words.nextSteps[eligibility.nextStep],
  };
}

/** One plain sentence per reason a device was flagged, in the order the rule gave them. */
export function explainSuspicion(
  finding: SuspiciousDevice,
  options: SuspicionOptions,
  words: DeviceWords,
): string[] {
  const staleAfterDays = options.staleAfterDays ?? STALE_AFTER_DAYS;
  return finding.reasons.map((reason) =>
    reason === 'stale'
      ? words.reasons.stale({ staleAfterDays, daysSinceLastSeen: finding.daysSinceLastSeen })
      : words.reasons['unfamiliar-place']({ place: finding.unfamiliarPlace ?? '' }),
  );
}
