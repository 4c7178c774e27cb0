import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardQrText, parseCardQr } from '../../../shared/card/cardQr.js';
import type { CardGender, CardQrRecord } from '../../../shared/card/cardQr.js';
import { legacyProvinceCodes } from '../../../shared/rules/provinces.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const EPOCH_1900 = Date.UTC(1900, 0, 1);

/** The kiosk's calendar day, YYYY-MM-DD (Vietnam is UTC+7). */
const dayAtKiosk = (now: Date): string => new Date(now.getTime() + 7 * HOUR).toISOString().slice(0, 10);
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayIndex = (iso: string): number => Math.round((Date.parse(`${iso}T00:00:00.000Z`) - EPOCH_1900) / DAY);
const yearOf = (iso: string): number => Number(iso.slice(0, 4));
/** DESIGN §10: G = 2·(century − 19) + (female ? 1 : 0). */
const centuryDigit = (year: number, female: boolean): number =>
  2 * (Math.floor(year / 100) - 19) + (female ? 1 : 0);

// Vietnamese and plain letters, as names and addresses hold them (NFC, never a `|`).
const WORD_CHARS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ0123456789 ,./-',
];
const wordsArb = fc.string({ unit: fc.constantFrom(...WORD_CHARS), maxLength: 60 });
const digitsArb = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

const nowArb = fc.date({
  min: new Date('2020-01-01T00:00:00.000Z'),
  max: new Date('2098-12-31T00:00:00.000Z'),
  noInvalidDate: true,
});

interface CardCase {
  now: Date;
  card: CardQrRecord;
}

/** A valid card: its ID number's century and gender digit agree with its date of birth and gender. */
const cardCaseArb: fc.Arbitrary<CardCase> = nowArb.chain((now) => {
  const today = dayIndex(dayAtKiosk(now));
  return fc
    .record({
      dob: fc.integer({ min: 0, max: today }),
      issuedAfter: fc.integer({ min: 0, max: 40_000 }),
      province: fc.constantFrom(...legacyProvinceCodes),
      female: fc.boolean(),
      genderKnown: fc.boolean(),
      serial: digitsArb(6),
      oldIdNumber: fc.option(digitsArb(9), { nil: undefined }),
      fullName: wordsArb,
      address: wordsArb,
    })
    .map((facts) => {
      const dateOfBirth = isoDay(EPOCH_1900 + facts.dob * DAY);
      const issuedOn = isoDay(EPOCH_1900 + Math.min(today, facts.dob + facts.issuedAfter) * DAY);
      const year = yearOf(dateOfBirth);
      const idNumber = `${facts.province}${centuryDigit(year, facts.female)}${String(year % 100).padStart(2, '0')}${facts.serial}`;
      const gender: CardGender = facts.genderKnown ? (facts.female ? 'female' : 'male') : 'unknown';
      const card: CardQrRecord = {
        idNumber,
        ...(facts.oldIdNumber === undefined ? {} : { oldIdNumber: facts.oldIdNumber }),
        fullName: facts.fullName,
        dateOfBirth,
        gender,
        address: facts.address,
        issuedOn,
      };
      return { now, card };
    });
});

const foldToAscii = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** The card's text with one field replaced (0-based, in QR order). */
function withField(card: CardQrRecord, index: number, value: string): string {
  const fields = cardQrText(card).split('|');
  fields[index] = value;
  return fields.join('|');
}

const ddmmyyyy = (iso: string): string => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

describe('parseCardQr round trips', () => {
  it('reads back every valid card it writes', () => {
    fc.assert(
      fc.property(cardCaseArb, ({ now, card }) => {
        expect(parseCardQr(cardQrText(card), { now })).toEqual({ ok: true, card });
      }),
    );
  });

  it('reads the same card through NFD, CR/LF, control characters and a symbology identifier', () => {
    const framings = [
      (text: string) => text.normalize('NFD'),
      (text: string) => `${text}\r\n`,
      (text: string) => `${text}\r`,
      (text: string) => `${text}\n`,
      (text: string) => `\u0002${text}\u0003`,
      (text: string) => `]Q1${text}`,
      (text: string) => `]Q3${text.normalize('NFD')}\r\n`,
      (text: string) => `${text}]Q1`,
    ];
    fc.assert(
      fc.property(cardCaseArb, fc.constantFrom(...framings), ({ now, card }, frame) => {
        expect(parseCardQr(frame(cardQrText(card)), { now })).toEqual({ ok: true, card });
      }),
    );
  });

  it('reads a card whose words a scanner folded to ASCII: same numbers, dates and gender', () => {
    fc.assert(
      fc.property(cardCaseArb, ({ now, card }) => {
        const text = cardQrText(card);
        const fields = text.split('|');
        const folded = fields.map((field, index) => ([2, 4, 5].includes(index) ? foldToAscii(field) : field));
        expect(parseCardQr(folded.join('|'), { now })).toEqual({
          ok: true,
          card: { ...card, fullName: foldToAscii(card.fullName), address: foldToAscii(card.address) },
        });
      }),
    );
  });
});

describe('parseCardQr refuses every kind of bad code', () => {
  it('a non-digit in the ID number', () => {
    fc.assert(
      fc.property(
        cardCaseArb,
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...'OolI x'),
        ({ now, card }, at, bad) => {
          const idNumber = card.idNumber.slice(0, at) + bad + card.idNumber.slice(at + 1);
          expect(parseCardQr(withField(card, 0, idNumber), { now })).toEqual({
            ok: false,
            problem: {
              kind: 'id-number',
              error: bad === ' ' ? { code: 'WRONG_LENGTH', length: 11 } : { code: 'NOT_DIGITS' },
            },
          });
        },
      ),
    );
  });

  it('an unknown province', () => {
    const known = new Set(legacyProvinceCodes);
    const unknownArb = digitsArb(3).filter((code) => !known.has(code));
    fc.assert(
      fc.property(cardCaseArb, unknownArb, ({ now, card }, provinceCode) => {
        const text = withField(card, 0, provinceCode + card.idNumber.slice(3));
        expect(parseCardQr(text, { now })).toEqual({
          ok: false,
          problem: { kind: 'id-number', error: { code: 'UNKNOWN_PROVINCE', provinceCode } },
        });
      }),
    );
  });

  it('an impossible calendar date, in either date', () => {
    const impossible = [
      '3002',
      '3102',
      '3104',
      '3106',
      '3109',
      '3111',
      '0001',
      '0005',
      '1500',
      '1513',
      '3200',
    ];
    fc.assert(
      fc.property(
        cardCaseArb,
        fc.constantFrom(...impossible),
        fc.constantFrom(3, 6),
        ({ now, card }, dayMonth, index) => {
          const iso = index === 3 ? card.dateOfBirth : card.issuedOn;
          const text = withField(card, index, dayMonth + iso.slice(0, 4));
          expect(parseCardQr(text, { now })).toEqual({
            ok: false,
            problem: { kind: 'impossible-date', field: index === 3 ? 'dateOfBirth' : 'issuedOn' },
          });
        },
      ),
    );
  });

  it('an issue date before the date of birth or after today', () => {
    fc.assert(
      fc.property(
        cardCaseArb,
        fc.integer({ min: 1, max: 20_000 }),
        fc.boolean(),
        ({ now, card }, days, before) => {
          const issuedOn = before
            ? isoDay(Date.parse(card.dateOfBirth) - days * DAY)
            : isoDay(Date.parse(dayAtKiosk(now)) + days * DAY);
          fc.pre(yearOf(issuedOn) >= 1000 && yearOf(issuedOn) <= 9999);
          expect(parseCardQr(withField(card, 6, ddmmyyyy(issuedOn)), { now })).toEqual({
            ok: false,
            problem: { kind: 'impossible-date', field: 'issuedOn' },
          });
        },
      ),
    );
  });

  it("an ID number's century or year disagreeing with the date of birth", () => {
    fc.assert(
      fc.property(cardCaseArb, fc.integer({ min: 1, max: 199 }), ({ now, card }, shift) => {
        const dobYear = yearOf(card.dateOfBirth);
        // Another birth year for the ID number, in the 1900s or 2000s, same gender.
        const idYear = 1900 + ((dobYear - 1900 + shift) % 200);
        const female = Number(card.idNumber[3]) % 2 === 1;
        const idNumber = `${card.idNumber.slice(0, 3)}${centuryDigit(idYear, female)}${String(idYear % 100).padStart(2, '0')}${card.idNumber.slice(6)}`;
        const nowYear = yearOf(dayAtKiosk(now));
        expect(parseCardQr(withField(card, 0, idNumber), { now })).toEqual({
          ok: false,
          problem: {
            kind: 'id-number',
            error:
              idYear > nowYear
                ? { code: 'BIRTH_YEAR_IN_FUTURE', birthYear: idYear }
                : { code: 'DOB_MISMATCH', birthYear: idYear, dateOfBirthYear: dobYear },
          },
        });
      }),
    );
  });

  it("an ID number's gender digit disagreeing with the gender word", () => {
    fc.assert(
      fc.property(cardCaseArb, fc.constantFrom('Nam', 'Nữ', 'Nu', 'NU', 'nam'), ({ now, card }, word) => {
        const enteredGender = word.toLowerCase() === 'nam' ? 'male' : 'female';
        const gender = Number(card.idNumber[3]) % 2 === 1 ? 'female' : 'male';
        fc.pre(enteredGender !== gender);
        expect(parseCardQr(withField(card, 4, word), { now })).toEqual({
          ok: false,
          problem: { kind: 'id-number', error: { code: 'GENDER_MISMATCH', gender, enteredGender } },
        });
      }),
    );
  });

  it('a code cut short is damaged', () => {
    fc.assert(
      fc.property(cardCaseArb, fc.nat(), ({ now, card }, cut) => {
        const text = cardQrText(card);
        // Keep at least the 12 digits, lose at least the last character.
        const kept = text.slice(0, 12 + (cut % (text.length - 12)));
        expect(parseCardQr(kept, { now })).toEqual({ ok: false, problem: { kind: 'damaged' } });
      }),
    );
  });

  it('a field lost or added is damaged', () => {
    fc.assert(
      fc.property(cardCaseArb, fc.integer({ min: 0, max: 6 }), fc.boolean(), ({ now, card }, index, add) => {
        const fields = cardQrText(card).split('|');
        if (add) fields.splice(index, 0, 'x');
        else fields.splice(index, 1);
        expect(parseCardQr(fields.join('|'), { now })).toEqual({ ok: false, problem: { kind: 'damaged' } });
      }),
    );
  });

  it('a URL is not a card', () => {
    fc.assert(
      fc.property(nowArb, fc.webUrl(), fc.constantFrom('', '\r\n', ']Q1'), (now, url, frame) => {
        expect(parseCardQr(`${frame}${url}${frame === ']Q1' ? '' : frame}`, { now })).toEqual({
          ok: false,
          problem: { kind: 'not-card', looksLike: 'url' },
        });
      }),
      { numRuns: 50 },
    );
  });
});
