import { idNumberErrorMessage } from '../../../../shared/i18n/ruleWords.js';
import type { DobProblem } from '../../format/dateOfBirth';
import { formatDobDigits } from '../../format/dateOfBirth';
import type { Messages } from '../../i18n/useMessages';
import type { IdentifyProblem } from '../../state/identifyFlow';
import { scanProblemText } from '../scan/scanProblemText';

export function dobProblemText(t: Messages, problem: DobProblem, digits: string): string {
  switch (problem) {
    case 'bad-day':
      return t.identify.dobBadDay;
    case 'bad-month':
      return t.identify.dobBadMonth;
    case 'not-a-date':
      return t.identify.dobNotADate(formatDobDigits(digits));
    case 'in-future':
      return t.identify.dobInFuture;
    case 'too-old':
      return t.identify.dobTooOld;
    case 'incomplete':
      return t.identify.dobIncomplete;
  }
}

/** Tries left are said once a lockout is near: earlier, the count only worries. */
export const ATTEMPTS_LEFT_SHOWN_FROM = 2;

function showAttemptsLeft(left: number | undefined): left is number {
  return left !== undefined && left <= ATTEMPTS_LEFT_SHOWN_FROM;
}

/** The sentence for a problem, in the language shown now. */
export function identifyProblemText(t: Messages, problem: IdentifyProblem, dobDigits: string): string {
  switch (problem.kind) {
    case 'id-number':
      return idNumberErrorMessage(problem.error, t.identify.rules);
    case 'dob':
      return dobProblemText(t, problem.problem, dobDigits);
    case 'code-length':
      return problem.step === 'otp' ? t.identify.otpWrongLength : t.identify.passcodeWrongLength;
    case 'otp-wrong':
      return showAttemptsLeft(problem.attemptsLeft)
        ? t.identify.otpWrongLeft(problem.attemptsLeft)
        : t.identify.otpWrong;
    case 'passcode-wrong':
      return showAttemptsLeft(problem.attemptsLeft)
        ? t.identify.passcodeWrongLeft(problem.attemptsLeft)
        : t.errors.VERIFICATION_FAILED;
    case 'otp-expired':
      return t.identify.otpExpired;
    case 'otp-rate-limited':
      return t.identify.otpRateLimited(problem.waitSeconds);
    case 'otp-no-phone':
      return t.identify.otpNoPhone;
    case 'attest-need-check':
      return t.identify.attestNeedCheck;
    case 'scan':
      return scanProblemText(t, problem.problem);
    case 'refused':
      return t.errors[problem.code];
  }
}
