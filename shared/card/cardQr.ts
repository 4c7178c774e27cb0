import type { Gender } from '../domain/account.js';
import { parseIdNumber } from '../rules/idNumber.js';
import type { IdNumberProblem } from '../rules/idNumber.js';
import { vietnamDayOf } from '../rules/time.js';
import type { Now } from '../rules/time.js';
import { unwrapScannerText } from './scannerText.js';

/**
 * The QR code on a chip-based citizen ID card (CCCD, Căn cước): seven fields separated by `|`,
 *   ID number | old ID number or empty | full name | date of birth ddmmyyyy | Nam/Nữ | address | issue date ddmmyyyy
 * The code is not signed: it saves typing and proves nothing. Only the ID number and the
 * dates count; the words often arrive garbled from keyboard-wedge scanners that cannot type
 * Vietnamese, so they are kept as read and never a reason to refuse a card.
 */

/** 'unknown' when the gender word arrives garbled. */
export type CardGender = Gender | 'unknown';

export interface CardQrRecord {
  /** 12 digits. */
  idNumber: string;
  /** 9 digits; absent when the field is empty (most cards issued after 2021). */
  oldIdNumber?: string;
  /** As read, NFC; may be garbled or folded to ASCII; never checked. */
  fullName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  gender: CardGender;
  /** As read, NFC; never checked. */
  address: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
}

export type CardQrProblem =
  /** No card shape at all: a URL, a word, another kind of code. */
  | { kind: 'not-card'; looksLike: 'url' | 'text' }
  /** Card-like (pipes, or 12 digits in front) but fields missing or dates not 8 digits. */
  | { kind: 'damaged' }
  /** From parseIdNumber, including its DOB_MISMATCH and GENDER_MISMATCH with the card's own facts. */
  | { kind: 'id-number'; error: IdNumberProblem }
  /** Not a calendar date (31/02), born in the future, issued before birth or in the future. */
  | { kind: 'impossible-date'; field: 'dateOfBirth' | 'issuedOn' };

export type CardQrResult = { ok: true; card: CardQrRecord } | { ok: false; problem: CardQrProblem };

const FIELD_COUNT = 7;
const URL_START = /^(?:https?:\/\/|www\.)/iu;
const CARD_START = /^\d{12}/u;
const DATE_FIELD = /^(\d{2})(\d{2})(\d{4})$/u;
const OLD_ID_NUMBER = /^\d{9}$/u;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTERS = /[^a-z]/gu;

function refused(problem: CardQrProblem): CardQrResult {
  return { ok: false, problem };
}

/**
 * Reads a card's QR text as a scanner or camera delivers it. Checks run in this order and
 * the first failure is reported: the card's shape, each date on the calendar, the ID number
 * (with its century and gender digit against the card's date of birth and gender word), then
 * the dates against each other and today.
 */
export function parseCardQr(text: string, options: { now: Now }): CardQrResult {
  const body = unwrapScannerText(text);
  if (URL_START.test(body)) return refused({ kind: 'not-card', looksLike: 'url' });
  if (!body.includes('|') && !CARD_START.test(body)) return refused({ kind: 'not-card', looksLike: 'text' });

  const fields = body.split('|');
  // A trailing `|` with nothing after it is tolerated: it hides no data.
  if (fields.length === FIELD_COUNT + 1 && fields[FIELD_COUNT] === '') fields.pop();
  if (fields.length !== FIELD_COUNT) return refused({ kind: 'damaged' });
  const [idField, oldIdField, fullName, dobField, genderField, address, issuedField] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  const dobDigits = DATE_FIELD.exec(dobField.trim());
  const issuedDigits = DATE_FIELD.exec(issuedField.trim());
  if (dobDigits === null || issuedDigits === null) return refused({ kind: 'damaged' });
  const dateOfBirth = calendarDate(dobDigits);
  if (dateOfBirth === undefined) return refused({ kind: 'impossible-date', field: 'dateOfBirth' });
  const issuedOn = calendarDate(issuedDigits);
  if (issuedOn === undefined) return refused({ kind: 'impossible-date', field: 'issuedOn' });

  const gender = genderFromWord(genderField);
  const id = parseIdNumber(idField, {
    now: options.now,
    dateOfBirth,
    ...(gender === 'unknown' ? {} : { gender }),
  });
  if (!id.ok) return refused({ kind: 'id-number', error: id.error });

  const today = vietnamDayOf(options.now);
  if (dateOfBirth > today) return refused({ kind: 'impossible-date', field: 'dateOfBirth' });
  if (issuedOn < dateOfBirth || issuedOn > today)
    return refused({ kind: 'impossible-date', field: 'issuedOn' });

  const oldIdNumber = oldIdField.trim();
  return {
    ok: true,
    card: {
      idNumber: id.value.idNumber,
      // Any other content in this field is ignored: nothing uses it, and it must not cost the citizen the scan.
      ...(OLD_ID_NUMBER.test(oldIdNumber) ? { oldIdNumber } : {}),
      fullName,
      dateOfBirth,
      gender,
      address,
      issuedOn,
    },
  };
}

/** The text a card's QR code holds, for tests and the fake camera. */
export function cardQrText(card: CardQrRecord): string {
  const words = [card.fullName, card.address];
  if (words.some((word) => word.includes('|'))) throw new RangeError('a card field cannot contain |');
  return [
    card.idNumber,
    card.oldIdNumber ?? '',
    card.fullName,
    dateDigits(card.dateOfBirth),
    genderWord(card.gender),
    card.address,
    dateDigits(card.issuedOn),
  ].join('|');
}

/** YYYY-MM-DD for a real calendar day, else undefined (31/02, month 13, day 00). */
function calendarDate([, day, month, year]: RegExpExecArray): string | undefined {
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) return undefined;
  return iso;
}

/** ddmmyyyy from YYYY-MM-DD: how the card's QR code writes a date, and how the pad types one. */
export function dateDigits(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match === null) throw new RangeError('dates must be YYYY-MM-DD');
  return `${match[3]}${match[2]}${match[1]}`;
}

/** "Nam"/"Nữ" in any case or normal form, or folded to ASCII ("Nu"); anything else is unknown. */
function genderFromWord(word: string): CardGender {
  const letters = word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_LETTERS, '');
  if (letters === 'nam') return 'male';
  if (letters === 'nu') return 'female';
  return 'unknown';
}

function genderWord(gender: CardGender): string {
  if (gender === 'male') return 'Nam';
  if (gender === 'female') return 'Nữ';
  return '';
}
