import { vietnamDayOf } from './time.js';
import type { Now } from './time.js';

/** Why a card's issue date cannot be right. */
export const cardIssueDateProblems = [
  /** After today, in Vietnam time. */
  'IN_FUTURE',
  /** Before the date of birth the card gives. */
  'BEFORE_BIRTH',
] as const;
export type CardIssueDateProblem = (typeof cardIssueDateProblems)[number];

/**
 * Whether a card's issue date (YYYY-MM-DD) can be right: not after today in Vietnam, and not
 * before the holder's date of birth. Dates in this form compare as text. `undefined` when it can.
 */
export function cardIssueDateProblem(
  issuedOn: string,
  dateOfBirth: string,
  now: Now,
): CardIssueDateProblem | undefined {
  if (issuedOn > vietnamDayOf(now)) return 'IN_FUTURE';
  if (issuedOn < dateOfBirth) return 'BEFORE_BIRTH';
  return undefined;
}
