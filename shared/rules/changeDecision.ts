import type { ChangeOutcome } from '../domain/change.js';
import type { ChangeResultCode } from '../upstream/api.js';

/**
 * What the national system answers to one change, decided before any state is touched. The
 * reference service applies it; the kiosk can call the same rule to predict the answer.
 * `message` is plain English for logs: screens show their own text per `code`.
 */
export interface ChangeDecision {
  outcome: ChangeOutcome;
  code: ChangeResultCode;
  message: string;
}
