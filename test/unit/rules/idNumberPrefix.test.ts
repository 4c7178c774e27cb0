import { describe, expect, it } from 'vitest';
import { idNumberErrorMessage } from '../../../shared/i18n/ruleWords.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { checkIdNumberPrefix } from '../../../shared/rules/idNumber.js';
import type { IdNumberOptions } from '../../../shared/rules/idNumber.js';

const NOW_2026 = new Date('2026-06-01T00:00:00.000Z');

describe('checkIdNumberPrefix', () => {
  const cases: [string, string, IdNumberOptions, Record<string, unknown>][] = [
    ['nothing yet', '', {}, { ok: true, complete: false, digits: '' }],
    ['two digits', '00', {}, { ok: true, complete: false, digits: '00' }],
    ['a known province', '001', {}, { ok: true, complete: false, digits: '001' }],
    ['spaces while typing', '00 1 ', {}, { ok: true, complete: false, digits: '001' }],
    ['full-width while typing', '０４２', {}, { ok: true, complete: false, digits: '042' }],
    ['a letter', '00x', {}, { ok: false, error: { code: 'NOT_DIGITS' } }],
    [
      'unknown province at the 3rd digit',
      '003',
      {},
      { ok: false, error: { code: 'UNKNOWN_PROVINCE', provinceCode: '003' } },
    ],
    [
      'impossible century at the 4th digit',
      '0014',
      { now: NOW_2026 },
      { ok: false, error: { code: 'BAD_CENTURY_DIGIT', centuryDigit: 4 } },
    ],
    ['a 4th digit that is fine', '0013', { now: NOW_2026 }, { ok: true, complete: false }],
    [
      'gender at the 4th digit',
      '0010',
      { gender: 'female' },
      { ok: false, error: { code: 'GENDER_MISMATCH', gender: 'male' } },
    ],
    ['the year is not known at the 5th digit', '00122', { now: NOW_2026 }, { ok: true, complete: false }],
    [
      'future year at the 6th digit',
      '001227',
      { now: NOW_2026 },
      { ok: false, error: { code: 'BIRTH_YEAR_IN_FUTURE', birthYear: 2027 } },
    ],
    ['date of birth not known at the 5th digit', '00109', { dateOfBirth: '1991-01-01' }, { ok: true }],
    [
      'date of birth at the 6th digit',
      '001090',
      { dateOfBirth: '1991-01-01' },
      { ok: false, error: { code: 'DOB_MISMATCH', birthYear: 1990 } },
    ],
    [
      'a complete number',
      '001090012345',
      { now: NOW_2026 },
      {
        ok: true,
        complete: true,
        digits: '001090012345',
        value: { birthYear: 1990, provinceName: 'Hà Nội' },
      },
    ],
    ['one digit too many', '0010900123456', {}, { ok: false, error: { code: 'WRONG_LENGTH', length: 13 } }],
  ];

  it.each(cases)('%s', (_label, partial, options, expected) => {
    expect(checkIdNumberPrefix(partial, options)).toMatchObject(expected);
  });

  it('shows the same Vietnamese message as the full parser', () => {
    const result = checkIdNumberPrefix('003');
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(idNumberErrorMessage(result.error, vi.identify.rules)).toBe(
      'Mã tỉnh 003 (ba chữ số đầu) không đúng. Xin ông/bà xem lại số trên thẻ căn cước.',
    );
  });
});
