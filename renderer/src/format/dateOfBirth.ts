import { vietnamToday } from './date';

/** Why the digits typed so far cannot be a date of birth. */
export type DobProblem = 'bad-day' | 'bad-month' | 'not-a-date' | 'in-future' | 'too-old' | 'incomplete';

export type DobCheck =
  | { ok: true; complete: false }
  | { ok: true; complete: true; isoDate: string }
  | { ok: false; problem: DobProblem };

/**
 * Checks ddmmyyyy digits as they are typed on the pad: the day after two digits, the month
 * after four, the whole date at eight (a real calendar day, not after today, not before 1900).
 */
export function checkDobDigits(digits: string, nowMs: number): DobCheck {
  if (digits.length >= 2) {
    const day = Number(digits.slice(0, 2));
    if (day < 1 || day > 31) return { ok: false, problem: 'bad-day' };
  }
  if (digits.length >= 4) {
    const month = Number(digits.slice(2, 4));
    if (month < 1 || month > 12) return { ok: false, problem: 'bad-month' };
  }
  if (digits.length >= 5 && digits[4] !== '1' && digits[4] !== '2') return { ok: false, problem: 'too-old' };
  if (digits.length < 8) return { ok: true, complete: false };
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 8));
  if (year < 1900) return { ok: false, problem: 'too-old' };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, problem: 'not-a-date' };
  }
  const isoDate = `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
  if (isoDate > vietnamToday(nowMs)) return { ok: false, problem: 'in-future' };
  return { ok: true, complete: true, isoDate };
}

/** ddmmyyyy digits → dd/mm/yyyy as far as typed. */
export function formatDobDigits(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter((part) => part !== '').join('/');
}
