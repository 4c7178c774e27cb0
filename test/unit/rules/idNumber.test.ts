import { describe, expect, it } from 'vitest';
import { idNumberErrorMessage } from '../../../shared/i18n/ruleWords.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { normaliseIdNumber, parseIdNumber } from '../../../shared/rules/idNumber.js';
import type { IdNumberOptions } from '../../../shared/rules/idNumber.js';
import { DEMO_NOW, demoAccounts } from './fixtures/demoAccounts.js';

const NOW_2026 = new Date('2026-06-01T00:00:00.000Z');

describe('normaliseIdNumber', () => {
  it.each([
    ['001090012345', '001090012345'],
    [' 001 090 012345 ', '001090012345'],
    ['001\u00a0090\u00a0012345', '001090012345'],
    ['001\u3000090\u3000012345', '001090012345'],
    ['001\t090\n012345', '001090012345'],
    ['001\u2009090\u202f012345', '001090012345'],
    ['001\u200b090\ufeff012345', '001090012345'],
    ['００１０９００１２３４５', '001090012345'],
    ['００１ 090\u3000０１２345', '001090012345'],
    ['00a1-09', '00a1-09'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseIdNumber(input)).toBe(expected);
  });
});

describe('parseIdNumber: the demo accounts of DESIGN §9', () => {
  it.each([
    ['An', demoAccounts.an, 'Hà Nội', 0, 1990],
    ['Bình', demoAccounts.binh, 'Hà Tĩnh', 1, 1995],
    ['Cường', demoAccounts.cuong, 'Hà Tĩnh', 0, 1975],
    ['Dung', demoAccounts.dung, 'Thanh Hóa', 3, 2001],
    ['Em', demoAccounts.em, 'Nghệ An', 0, 1988],
    ['Giang', demoAccounts.giang, 'Hà Tĩnh', 1, 1997],
  ])('parses %s', (_name, account, provinceName, centuryDigit, birthYear) => {
    const result = parseIdNumber(account.idNumber, {
      now: DEMO_NOW,
      dateOfBirth: account.dateOfBirth,
      gender: account.gender,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        idNumber: account.idNumber,
        provinceCode: account.idNumber.slice(0, 3),
        provinceName,
        bornAbroad: false,
        centuryDigit,
        gender: account.gender,
        centuryStart: birthYear >= 2000 ? 2000 : 1900,
        birthYear,
        serial: account.idNumber.slice(6),
      },
    });
  });
});

describe('parseIdNumber: failures', () => {
  const an = demoAccounts.an.idNumber;
  const cases: [string, string, IdNumberOptions, Record<string, unknown>, string][] = [
    ['a letter', '00109001234a', {}, { code: 'NOT_DIGITS' }, 'Số định danh chỉ gồm chữ số'],
    ['dashes', '001-090-012345', {}, { code: 'NOT_DIGITS' }, 'Số định danh chỉ gồm chữ số'],
    ['letters before length', 'ab', {}, { code: 'NOT_DIGITS' }, 'chỉ gồm chữ số'],
    ['11 digits', '00109001234', {}, { code: 'WRONG_LENGTH', length: 11 }, 'Số định danh phải có 12 chữ số'],
    ['13 digits', '0010900123456', {}, { code: 'WRONG_LENGTH', length: 13 }, 'có 13 chữ số'],
    ['nothing', '   ', {}, { code: 'WRONG_LENGTH', length: 0 }, 'Số định danh phải có 12 chữ số'],
    ['province 003', '003090012345', {}, { code: 'UNKNOWN_PROVINCE', provinceCode: '003' }, 'Mã tỉnh 003'],
    ['province 000', '000090012345', {}, { code: 'UNKNOWN_PROVINCE', provinceCode: '000' }, 'không đúng'],
    ['province 097', '097090012345', {}, { code: 'UNKNOWN_PROVINCE', provinceCode: '097' }, 'Mã tỉnh 097'],
    [
      'born-abroad code while the setting is off',
      '100090012345',
      {},
      { code: 'UNKNOWN_PROVINCE', provinceCode: '100' },
      'Mã tỉnh 100',
    ],
    [
      'province before century',
      '003990012345',
      { now: NOW_2026 },
      { code: 'UNKNOWN_PROVINCE' },
      'Mã tỉnh 003',
    ],
    [
      'G=4, 22nd century',
      '001490012345',
      { now: NOW_2026 },
      { code: 'BAD_CENTURY_DIGIT', centuryDigit: 4, centuryStart: 2100 },
      'Chữ số thứ tư (4)',
    ],
    [
      'G=9',
      '001900012345',
      { now: NOW_2026 },
      { code: 'BAD_CENTURY_DIGIT', centuryDigit: 9, centuryStart: 2300 },
      'Chữ số thứ tư (9)',
    ],
    [
      'born next year',
      '001227012345',
      { now: NOW_2026 },
      { code: 'BIRTH_YEAR_IN_FUTURE', birthYear: 2027 },
      'năm sinh là 2027',
    ],
    [
      'future year before agreement',
      '001227012345',
      { now: NOW_2026, dateOfBirth: '1990-01-01', gender: 'male' },
      { code: 'BIRTH_YEAR_IN_FUTURE' },
      '2027',
    ],
    [
      'year of birth differs',
      an,
      { now: NOW_2026, dateOfBirth: '1991-05-12', gender: 'male' },
      { code: 'DOB_MISMATCH', birthYear: 1990, dateOfBirthYear: 1991 },
      'năm sinh là 1990, nhưng ngày sinh đã nhập là năm 1991',
    ],
    [
      'century of birth differs',
      an,
      { dateOfBirth: '2090-05-12' },
      { code: 'DOB_MISMATCH', birthYear: 1990, dateOfBirthYear: 2090 },
      '2090',
    ],
    [
      'date of birth before gender',
      an,
      { dateOfBirth: '1991-05-12', gender: 'female' },
      { code: 'DOB_MISMATCH' },
      '1991',
    ],
    [
      'gender differs',
      an,
      { now: NOW_2026, dateOfBirth: '1990-05-12', gender: 'female' },
      { code: 'GENDER_MISMATCH', gender: 'male', enteredGender: 'female' },
      'giới tính là nam, nhưng giới tính đã chọn là nữ',
    ],
    [
      'gender differs, female number',
      demoAccounts.binh.idNumber,
      { gender: 'male' },
      { code: 'GENDER_MISMATCH', gender: 'female', enteredGender: 'male' },
      'giới tính là nữ',
    ],
  ];

  it.each(cases)('%s', (_label, input, options, expected, messagePart) => {
    const result = parseIdNumber(input, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject(expected);
    // The rule answers with the code and its facts; the citizen reads the catalogue's words for them.
    expect(idNumberErrorMessage(result.error, vi.identify.rules)).toContain(messagePart);
  });

  it('gives every failure its own code', () => {
    const codes = cases.map(([, , , expected]) => expected.code);
    expect(new Set(codes)).toEqual(
      new Set([
        'NOT_DIGITS',
        'WRONG_LENGTH',
        'UNKNOWN_PROVINCE',
        'BAD_CENTURY_DIGIT',
        'BIRTH_YEAR_IN_FUTURE',
        'DOB_MISMATCH',
        'GENDER_MISMATCH',
      ]),
    );
  });
});

describe('parseIdNumber: edges', () => {
  it('accepts a birth in the current year', () => {
    expect(parseIdNumber('001226012345', { now: NOW_2026 })).toMatchObject({
      ok: true,
      value: { birthYear: 2026, gender: 'male' },
    });
  });

  it('counts the year in Vietnam time (UTC+7) around New Year', () => {
    const beforeMidnightInVietnam = new Date('2026-12-31T16:59:59.999Z');
    const justAfterMidnightInVietnam = new Date('2026-12-31T17:00:00.000Z');
    expect(parseIdNumber('001227012345', { now: beforeMidnightInVietnam })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_YEAR_IN_FUTURE' },
    });
    expect(parseIdNumber('001227012345', { now: justAfterMidnightInVietnam })).toMatchObject({
      ok: true,
      value: { birthYear: 2027 },
    });
  });

  it('takes now as milliseconds too', () => {
    expect(parseIdNumber('001227012345', { now: NOW_2026.getTime() })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_YEAR_IN_FUTURE' },
    });
  });

  it('skips the future checks when no time is given', () => {
    expect(parseIdNumber('001490012345')).toMatchObject({
      ok: true,
      value: { centuryStart: 2100, birthYear: 2190, gender: 'male' },
    });
  });

  it('reads the born-abroad placeholder codes only when allowed', () => {
    expect(parseIdNumber('100190012345', { allowBornAbroad: true, now: NOW_2026 })).toEqual({
      ok: true,
      value: {
        idNumber: '100190012345',
        provinceCode: '100',
        bornAbroad: true,
        centuryDigit: 1,
        gender: 'female',
        centuryStart: 1900,
        birthYear: 1990,
        serial: '012345',
      },
    });
    expect(parseIdNumber('000190012345', { allowBornAbroad: true })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROVINCE' },
    });
  });

  it('parses spaced and full-width input to the plain number', () => {
    const result = parseIdNumber(' ００１ ０９０\u3000０１２ ３４５ ', { now: NOW_2026 });
    expect(result).toMatchObject({ ok: true, value: { idNumber: '001090012345' } });
  });

  it('refuses a malformed date of birth and an invalid clock as caller bugs', () => {
    expect(() => parseIdNumber('001090012345', { dateOfBirth: '12/05/1990' })).toThrow(TypeError);
    expect(() => parseIdNumber('001090012345', { now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});
