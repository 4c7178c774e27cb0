import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumberPrefix, normaliseIdNumber, parseIdNumber } from '../../../shared/rules/idNumber.js';
import type { IdNumberOptions } from '../../../shared/rules/idNumber.js';
import { DESIGN_PROVINCE_CODES as DESIGN_CODES } from './fixtures/designProvinceCodes.js';

const DESIGN_CODE_SET = new Set(DESIGN_CODES);

const HOUR = 60 * 60 * 1000;
/** The kiosk's calendar year: Vietnam is UTC+7. */
const yearAtKiosk = (now: Date): number => new Date(now.getTime() + 7 * HOUR).getUTCFullYear();
/** DESIGN §10: birth year = 1900 + 100·⌊G/2⌋ + YY; odd G = female. */
const specYear = (g: number, yy: number): number => 1900 + 100 * Math.floor(g / 2) + yy;
const specGender = (g: number): 'male' | 'female' => (g % 2 === 1 ? 'female' : 'male');

const nowArb = fc.date({
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2099-12-31T00:00:00.000Z'),
  noInvalidDate: true,
});
const digitsArb = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

interface ValidCase {
  now: Date;
  province: string;
  g: number;
  yy: number;
  serial: string;
  idNumber: string;
  birthYear: number;
  gender: 'male' | 'female';
}

const validCaseArb: fc.Arbitrary<ValidCase> = fc
  .tuple(
    nowArb,
    fc.constantFrom(...DESIGN_CODES),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 99 }),
    digitsArb(6),
  )
  .filter(([now, , g, yy]) => specYear(g, yy) <= yearAtKiosk(now))
  .map(([now, province, g, yy, serial]) => ({
    now,
    province,
    g,
    yy,
    serial,
    idNumber: `${province}${g}${String(yy).padStart(2, '0')}${serial}`,
    birthYear: specYear(g, yy),
    gender: specGender(g),
  }));

const dobFor = (year: number): string => `${String(year).padStart(4, '0')}-06-15`;

const SPACES = [' ', '\u00a0', '\u3000', '\t', '\n', '\u2009', '\u202f', '\u200b', '\ufeff'];
const toFullWidth = (digit: string): string => String.fromCharCode(0xff10 + Number(digit));

describe('normaliseIdNumber (properties)', () => {
  const messyArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('0', '7', 'a', '-', '０', '９', ...SPACES) }),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(messyArb, (input) => {
        const once = normaliseIdNumber(input);
        expect(normaliseIdNumber(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no spaces and no full-width digits', () => {
    fc.assert(
      fc.property(messyArb, (input) => {
        expect(normaliseIdNumber(input)).not.toMatch(/[\s\uFF10-\uFF19\u200b\ufeff]/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseIdNumber (properties)', () => {
  it('accepts any number built from valid parts, with the right gender and year', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const result = parseIdNumber(c.idNumber, {
          now: c.now,
          dateOfBirth: dobFor(c.birthYear),
          gender: c.gender,
        });
        expect(result).toMatchObject({
          ok: true,
          value: {
            idNumber: c.idNumber,
            provinceCode: c.province,
            bornAbroad: false,
            centuryDigit: c.g,
            gender: c.gender,
            birthYear: c.birthYear,
            serial: c.serial,
          },
        });
        if (result.ok) expect(result.value.provinceName).toMatch(/\S/u);
      }),
      { numRuns: 500 },
    );
  });

  it('catches a changed province digit unless it makes another legacy code', () => {
    fc.assert(
      fc.property(
        validCaseArb,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 9 }),
        (c, position, shift) => {
          const digit = String((Number(c.idNumber[position]) + shift) % 10);
          const changed = c.idNumber.slice(0, position) + digit + c.idNumber.slice(position + 1);
          const newCode = changed.slice(0, 3);
          const result = parseIdNumber(changed, { now: c.now });
          if (DESIGN_CODE_SET.has(newCode)) {
            expect(result).toMatchObject({ ok: true, value: { provinceCode: newCode } });
          } else {
            expect(result).toMatchObject({
              ok: false,
              error: { code: 'UNKNOWN_PROVINCE', provinceCode: newCode },
            });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a changed century digit either fails or changes the derived gender or year', () => {
    fc.assert(
      fc.property(validCaseArb, fc.integer({ min: 1, max: 9 }), (c, shift) => {
        const g = (c.g + shift) % 10;
        const changed = `${c.idNumber.slice(0, 3)}${g}${c.idNumber.slice(4)}`;
        const result = parseIdNumber(changed, { now: c.now });
        if (result.ok) {
          expect(result.value.gender !== c.gender || result.value.birthYear !== c.birthYear).toBe(true);
          expect(result.value).toMatchObject({ gender: specGender(g), birthYear: specYear(g, c.yy) });
        } else {
          expect(['BAD_CENTURY_DIGIT', 'BIRTH_YEAR_IN_FUTURE']).toContain(result.error.code);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always catches a changed century digit when the date of birth and gender are known', () => {
    fc.assert(
      fc.property(validCaseArb, fc.integer({ min: 1, max: 9 }), (c, shift) => {
        const changed = `${c.idNumber.slice(0, 3)}${(c.g + shift) % 10}${c.idNumber.slice(4)}`;
        const result = parseIdNumber(changed, {
          now: c.now,
          dateOfBirth: dobFor(c.birthYear),
          gender: c.gender,
        });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with DESIGN §10 on any 12 digits', () => {
    const numberArb = fc
      .tuple(fc.oneof(fc.constantFrom(...DESIGN_CODES), digitsArb(3)), digitsArb(9))
      .map(([prefix, rest]) => prefix + rest);
    fc.assert(
      fc.property(numberArb, nowArb, (idNumber, now) => {
        const g = Number(idNumber[3]);
        const year = specYear(g, Number(idNumber.slice(4, 6)));
        const currentYear = yearAtKiosk(now);
        const expectedCode = !DESIGN_CODE_SET.has(idNumber.slice(0, 3))
          ? 'UNKNOWN_PROVINCE'
          : specYear(g, 0) > currentYear
            ? 'BAD_CENTURY_DIGIT'
            : year > currentYear
              ? 'BIRTH_YEAR_IN_FUTURE'
              : undefined;
        const result = parseIdNumber(idNumber, { now });
        if (expectedCode === undefined) {
          expect(result).toMatchObject({ ok: true, value: { birthYear: year, gender: specGender(g) } });
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: expectedCode } });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads full-width digits and any spaces the same as plain digits', () => {
    const anyNumberArb = fc.oneof(
      validCaseArb.map((c) => c.idNumber),
      digitsArb(12),
    );
    const dressedArb = anyNumberArb.chain((idNumber) =>
      fc
        .tuple(
          fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
          fc.array(fc.string({ unit: fc.constantFrom(...SPACES), maxLength: 2 }), {
            minLength: 13,
            maxLength: 13,
          }),
        )
        .map(([wide, gaps]) => ({
          idNumber,
          dressed:
            gaps[0] +
            [...idNumber].map((digit, i) => (wide[i] ? toFullWidth(digit) : digit) + gaps[i + 1]).join(''),
        })),
    );
    const options: IdNumberOptions = { now: new Date('2026-06-01T00:00:00.000Z'), gender: 'male' };
    fc.assert(
      fc.property(dressedArb, ({ idNumber, dressed }) => {
        expect(parseIdNumber(dressed, options)).toEqual(parseIdNumber(idNumber, options));
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkIdNumberPrefix (properties)', () => {
  const optionsArb: fc.Arbitrary<IdNumberOptions> = fc.record(
    {
      now: nowArb,
      dateOfBirth: fc.integer({ min: 1900, max: 2099 }).map(dobFor),
      gender: fc.constantFrom('male' as const, 'female' as const),
    },
    { requiredKeys: [] },
  );

  it('never rejects a prefix of a valid number', () => {
    fc.assert(
      fc.property(validCaseArb, fc.integer({ min: 0, max: 12 }), (c, length) => {
        const options = { now: c.now, dateOfBirth: dobFor(c.birthYear), gender: c.gender };
        expect(checkIdNumberPrefix(c.idNumber.slice(0, length), options).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('once a prefix fails, every longer input fails', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...DESIGN_CODES), digitsArb(3)),
        digitsArb(9),
        fc.integer({ min: 1, max: 12 }),
        optionsArb,
        (prefix, rest, cut, options) => {
          const full = prefix + rest;
          const short = checkIdNumberPrefix(full.slice(0, cut), options);
          if (short.ok) return;
          for (let length = cut; length <= 12; length += 1) {
            expect(checkIdNumberPrefix(full.slice(0, length), options).ok).toBe(false);
          }
          expect(parseIdNumber(full, options).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the same answer as parseIdNumber on 12 digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...DESIGN_CODES), digitsArb(3)),
        digitsArb(9),
        optionsArb,
        (prefix, rest, options) => {
          const parsed = parseIdNumber(prefix + rest, options);
          const checked = checkIdNumberPrefix(prefix + rest, options);
          if (parsed.ok) {
            expect(checked).toEqual({ ok: true, complete: true, digits: prefix + rest, value: parsed.value });
          } else {
            expect(checked).toEqual(parsed);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
