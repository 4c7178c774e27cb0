import type { ChangeOutcome } from '../domain/change.js';
import type { ChangeResultCode } from '../upstream/api.js';

/**
 * What the national system answers to one change, decided before any state is touched. The
 * reference service applies it; the kiosk can call the same rule to predict the answer.
 * A code, never words: the service words its own log message, and screens and slips take
 * theirs from shared/i18n by `code`.
 */
export interface ChangeDecision {
  outcome: ChangeOutcome;
  code: ChangeResultCode;
}
