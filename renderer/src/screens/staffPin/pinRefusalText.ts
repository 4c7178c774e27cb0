import type { Catalogue } from '../../../../shared/i18n/Catalogue.js';
import type { ClientError } from '../../bridge/kioskClient';
import { formatDateTime } from '../../format/date';
import { attemptsLeft, untilInstant } from '../../format/errorFacts';

/** The sentence for a refused PIN, setup code or sign-in, from the code and its details only. */
export function pinRefusalText(t: Catalogue, error: ClientError): string {
  switch (error.code) {
    case 'PIN_TOO_WEAK':
      return t.staffAdmin.pinRules[error.details.rule];
    case 'SETUP_PIN_MISMATCH':
      return t.staffAdmin.pinsDiffer;
    case 'SETUP_CODE_WRONG':
      return t.staffAdmin.codeWrong(error.details.attemptsLeft);
    case 'STAFF_PIN_WRONG':
      return t.staff.pinWrong(attemptsLeft(error));
    case 'STAFF_LOCKED_OUT': {
      const until = untilInstant(error);
      return t.staff.lockedOut(until === undefined ? undefined : formatDateTime(until));
    }
    default:
      return t.errors[error.code];
  }
}
