import type { Gender } from '../domain/account.js';
import { isBornAbroadPlaceholderCode, isLegacyProvinceCode, provinceNameFor } from './provinces.js';
import { vietnamYear } from './time.js';
import type { Now } from './time.js';

/**
 * Personal ID number (số định danh cá nhân): PPP G YY SSSSSS (DESIGN §10). There is no
 * checksum, so these checks catch typing mistakes, not forgeries.
 */

export const ID_NUMBER_LENGTH = 12;

export const idNumberErrorCodes = [
  'NOT_DIGITS',
  'WRONG_LENGTH',
  'UNKNOWN_PROVINCE',
  'BAD_CENTURY_DIGIT',
  'BIRTH_YEAR_IN_FUTURE',
  'DOB_MISMATCH',
  'GENDER_MISMATCH',
] as const;
export type IdNumberErrorCode = (typeof idNumberErrorCodes)[number];

/** What went wrong, with the facts the words in any language need (shared/i18n). */
export type IdNumberProblem =
  | { code: 'NOT_DIGITS' }
  | { code: 'WRONG_LENGTH'; length: number }
  | { code: 'UNKNOWN_PROVINCE'; provinceCode: string }
  | { code: 'BAD_CENTURY_DIGIT'; centuryDigit: number; centuryStart: number }
  | { code: 'BIRTH_YEAR_IN_FUTURE'; birthYear: number }
  | { code: 'DOB_MISMATCH'; birthYear: number; dateOfBirthYear: number }
  | { code: 'GENDER_MISMATCH'; gender: Gender; enteredGender: Gender };

export interface IdNumberOptions {
  /** Accept the unverified born-abroad codes (see provinces.ts). Off by default. */
  allowBornAbroad?: boolean;
  /** Needed for the "born in the future" checks; without it they are skipped. */
  now?: Now;
  /** The date of birth the citizen entered, YYYY-MM-DD. */
  dateOfBirth?: string;
  /** The gender the citizen entered. */
  gender?: Gender;
}

export interface ParsedIdNumber {
  idNumber: string;
  provinceCode: string;
  /** Absent for born-abroad codes. */
  provinceName?: string;
  bornAbroad: boolean;
  /** The 4th digit, G: gender and century. */
  centuryDigit: number;
  gender: Gender;
  /** First year of the century G encodes: 1900, 2000, 2100, … */
  centuryStart: number;
  birthYear: number;
  serial: string;
}

export type IdNumberResult = { ok: true; value: ParsedIdNumber } | { ok: false; error: IdNumberProblem };

export type IdNumberPrefixResult =
  | { ok: true; complete: false; digits: string }
  | { ok: true; complete: true; digits: string; value: ParsedIdNumber }
  | { ok: false; error: IdNumberProblem };

// Zero-width characters are not whitespace to /\s/, but a pasted number can carry them and
// the citizen cannot see them to delete them.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/gu;
const FULL_WIDTH_ZERO = 0xff10;

/** Strips every space (including non-breaking and full-width ones) and folds full-width digits to ASCII. */
export function normaliseIdNumber(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - FULL_WIDTH_ZERO));
}

/**
 * Parses a full number. Checks run in this order, and the first failure is reported: only
 * digits, 12 of them, a known province, a possible century, a birth year not in the future,
 * then agreement with the date of birth and gender the citizen entered. Validity comes before
 * agreement so the message names the real mistake when both are wrong.
 */
export function parseIdNumber(input: string, options: IdNumberOptions = {}): IdNumberResult {
  const digits = normaliseIdNumber(input);
  if (!/^\d*$/.test(digits)) return failure({ code: 'NOT_DIGITS' });
  if (digits.length !== ID_NUMBER_LENGTH) return failure({ code: 'WRONG_LENGTH', length: digits.length });
  const problem = findProblem(digits, options);
  if (problem) return failure(problem);
  return { ok: true, value: describe(digits) };
}

/**
 * Checks what the citizen has typed so far, so the screen can point at a mistake at once: an
 * unknown province after 3 digits, an impossible century after the 4th, a future birth year
 * after the 6th. A prefix of a valid number never fails, and once a prefix fails, every longer
 * input fails too. At 12 digits the answer is the same as parseIdNumber's.
 */
export function checkIdNumberPrefix(partial: string, options: IdNumberOptions = {}): IdNumberPrefixResult {
  const digits = normaliseIdNumber(partial);
  if (!/^\d*$/.test(digits)) return failure({ code: 'NOT_DIGITS' });
  if (digits.length > ID_NUMBER_LENGTH) return failure({ code: 'WRONG_LENGTH', length: digits.length });
  const problem = findProblem(digits, options);
  if (problem) return failure(problem);
  if (digits.length < ID_NUMBER_LENGTH) return { ok: true, complete: false, digits };
  return { ok: true, complete: true, digits, value: describe(digits) };
}

function failure(problem: IdNumberProblem): { ok: false; error: IdNumberProblem } {
  return { ok: false, error: problem };
}

function centuryStartFor(centuryDigit: number): number {
  return 1900 + 100 * Math.floor(centuryDigit / 2);
}

function genderFor(centuryDigit: number): Gender {
  return centuryDigit % 2 === 1 ? 'female' : 'male';
}

function isKnownCode(code: string, options: IdNumberOptions): boolean {
  return (
    isLegacyProvinceCode(code) || (options.allowBornAbroad === true && isBornAbroadPlaceholderCode(code))
  );
}

/** Works on any prefix of digits: each check runs once the digits it needs are there. */
function findProblem(digits: string, options: IdNumberOptions): IdNumberProblem | undefined {
  if (digits.length < 3) return undefined;
  const provinceCode = digits.slice(0, 3);
  if (!isKnownCode(provinceCode, options)) return { code: 'UNKNOWN_PROVINCE', provinceCode };

  if (digits.length < 4) return undefined;
  const centuryDigit = Number(digits[3]);
  const centuryStart = centuryStartFor(centuryDigit);
  const currentYear = options.now === undefined ? undefined : vietnamYear(options.now);
  if (currentYear !== undefined && centuryStart > currentYear) {
    return { code: 'BAD_CENTURY_DIGIT', centuryDigit, centuryStart };
  }

  if (digits.length >= 6) {
    const birthYear = centuryStart + Number(digits.slice(4, 6));
    if (currentYear !== undefined && birthYear > currentYear)
      return { code: 'BIRTH_YEAR_IN_FUTURE', birthYear };
    if (options.dateOfBirth !== undefined) {
      const dateOfBirthYear = yearOf(options.dateOfBirth);
      if (birthYear !== dateOfBirthYear) return { code: 'DOB_MISMATCH', birthYear, dateOfBirthYear };
    }
  }

  const gender = genderFor(centuryDigit);
  if (options.gender !== undefined && options.gender !== gender) {
    return { code: 'GENDER_MISMATCH', gender, enteredGender: options.gender };
  }
  return undefined;
}

/** The date of birth comes from the caller's own validated field, so a bad one is a caller bug. */
function yearOf(dateOfBirth: string): number {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(dateOfBirth);
  if (!match) throw new TypeError('dateOfBirth must be YYYY-MM-DD');
  return Number(match[1]);
}

function describe(digits: string): ParsedIdNumber {
  const provinceCode = digits.slice(0, 3);
  const provinceName = provinceNameFor(provinceCode);
  const centuryDigit = Number(digits[3]);
  const centuryStart = centuryStartFor(centuryDigit);
  return {
    idNumber: digits,
    provinceCode,
    ...(provinceName === undefined ? {} : { provinceName }),
    // Only a born-abroad code can pass the province check without a name.
    bornAbroad: provinceName === undefined,
    centuryDigit,
    gender: genderFor(centuryDigit),
    centuryStart,
    birthYear: centuryStart + Number(digits.slice(4, 6)),
    serial: digits.slice(6),
  };
}
