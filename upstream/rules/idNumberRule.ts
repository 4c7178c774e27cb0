import { parseIdNumber, type IdNumberProblem } from '../../shared/rules/idNumber.js';

/**
 * Why no one can hold this ID number, or undefined when someone could: an unassigned province
 * code, a century digit for a century that has not begun, a birth year in the future (business
 * time, Vietnam's calendar year). The same rule the kiosk types against (shared/rules/idNumber).
 * The shape (12 digits) is the request schema's business and is refused before this runs.
 */
export function impossibleIdNumber(idNumber: string, nowMs: number): IdNumberProblem | undefined {
  const parsed = parseIdNumber(idNumber, { now: nowMs });
  return parsed.ok ? undefined : parsed.error;
}

/** One line for logs and the answer's `message`; the kiosk words its own text by code. */
export function impossibleIdNumberMessage(problem: IdNumberProblem): string {
  switch (problem.code) {
    case 'UNKNOWN_PROVINCE':
      return `No ID number starts with ${problem.provinceCode}: that province code is not assigned.`;
    case 'BAD_CENTURY_DIGIT':
      return `The 4th digit ${problem.centuryDigit} means a birth from ${problem.centuryStart}, which has not come yet.`;
    case 'BIRTH_YEAR_IN_FUTURE':
      return `The ID number gives a birth year of ${problem.birthYear}, which is in the future.`;
    default:
      return `The ID number cannot exist (${problem.code}).`;
  }
}
