import type { CardQrProblem } from '../../../../shared/card/cardQr.js';
import { idNumberErrorMessage } from '../../../../shared/i18n/ruleWords.js';
import type { Messages } from '../../i18n/useMessages';

/** The sentence for a scanned code that is not a usable card, in the language shown now. */
export function scanProblemText(t: Messages, problem: CardQrProblem): string {
  const words = t.cardScan;
  switch (problem.kind) {
    case 'not-card':
      return problem.looksLike === 'url' ? words.notCardUrl : words.notCardText;
    case 'damaged':
      return words.damaged;
    case 'impossible-date':
      return problem.field === 'dateOfBirth' ? words.impossibleDateOfBirth : words.impossibleIssuedOn;
    case 'id-number': {
      // The number's century and gender digit against the card's own date and gender word: a
      // misread, most likely, not a wrong number typed.
      const { error } = problem;
      if (error.code === 'DOB_MISMATCH') return words.dobMismatch(error.birthYear, error.dateOfBirthYear);
      if (error.code === 'GENDER_MISMATCH') return words.genderMismatch;
      return words.idNumber(idNumberErrorMessage(error, t.identify.rules));
    }
  }
}
