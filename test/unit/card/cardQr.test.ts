import { describe, expect, it } from 'vitest';
import { cardQrText, parseCardQr } from '../../../shared/card/cardQr.js';
import type { CardQrRecord } from '../../../shared/card/cardQr.js';
import { classifyScannedCode } from '../../../shared/card/scannedCode.js';

const now = new Date('2026-12-02T05:00:00.000Z');

// The demo people (upstream/demo, test/e2e/kioskPage.ts PEOPLE), as their cards' QR codes hold them.
const AN_TEXT = '001090012345||Nguyễn Văn An|12051990|Nam|Số 12 Hàng Bài, Hoàn Kiếm, Hà Nội|15032021';
const BINH_TEXT = '042195001234|183456789|Trần Thị Bình|03081995|Nữ|Xã Thạch Hà, Hà Tĩnh|20072022';

const AN: CardQrRecord = {
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-05-12',
  gender: 'male',
  address: 'Số 12 Hàng Bài, Hoàn Kiếm, Hà Nội',
  issuedOn: '2021-03-15',
};
const BINH: CardQrRecord = {
  idNumber: '042195001234',
  oldIdNumber: '183456789',
  fullName: 'Trần Thị Bình',
  dateOfBirth: '1995-08-03',
  gender: 'female',
  address: 'Xã Thạch Hà, Hà Tĩnh',
  issuedOn: '2022-07-20',
};

function parse(text: string) {
  return parseCardQr(text, { now });
}

describe('parseCardQr: the demo cards', () => {
  it("reads An's card, whose old ID number field is empty", () => {
    expect(parse(AN_TEXT)).toEqual({ ok: true, card: AN });
  });

  it("reads Bình's card with its old 9-digit number", () => {
    expect(parse(BINH_TEXT)).toEqual({ ok: true, card: BINH });
  });

  it('writes the text a card holds', () => {
    expect(cardQrText(AN)).toBe(AN_TEXT);
    expect(cardQrText(BINH)).toBe(BINH_TEXT);
  });
});

describe('parseCardQr: what scanners send', () => {
  it.each([
    ['a trailing CR LF', `${AN_TEXT}\r\n`],
    ['a trailing LF', `${AN_TEXT}\n`],
    ['STX and ETX around it', `\u0002${AN_TEXT}\u0003`],
    ['an AIM symbology identifier in front', `]Q1${AN_TEXT}`],
    ['an AIM identifier behind it and CR', `${AN_TEXT}]Q1\r`],
    ['NFD Vietnamese', AN_TEXT.normalize('NFD')],
    ['a trailing empty field', `${AN_TEXT}|`],
  ])('accepts %s', (_label, text) => {
    expect(parse(text)).toEqual({ ok: true, card: AN });
  });

  it('gives NFC words for NFD text', () => {
    const result = parse(BINH_TEXT.normalize('NFD'));
    expect(result.ok && result.card.fullName).toBe('Trần Thị Bình');
    expect(result.ok && result.card.fullName.normalize('NFC')).toBe(result.ok && result.card.fullName);
  });

  it('keeps words folded to ASCII as read, and still knows "Nu"', () => {
    const result = parse('042195001234||Tran Thi Binh|03081995|Nu|Xa Thach Ha, Ha Tinh|20072022');
    expect(result).toEqual({
      ok: true,
      card: { ...BINH, oldIdNumber: undefined, fullName: 'Tran Thi Binh', address: 'Xa Thach Ha, Ha Tinh' },
    });
  });

  it.each([
    ['Nữ', 'female'],
    ['Nu', 'female'],
    ['NU', 'female'],
    ['nữ'.normalize('NFD'), 'female'],
    ['N?', 'unknown'],
    ['Nï¿½', 'unknown'],
    ['', 'unknown'],
  ])("reads the gender word %j on Bình's card as %s, never refusing the card", (word, gender) => {
    const result = parse(`042195001234||Trần Thị Bình|03081995|${word}|Hà Tĩnh|20072022`);
    expect(result.ok && result.card.gender).toBe(gender);
  });

  it.each(['Nam', 'NAM', 'nam'])("reads the gender word %j on An's card as male", (word) => {
    const result = parse(AN_TEXT.replace('|Nam|', `|${word}|`));
    expect(result.ok && result.card.gender).toBe('male');
  });

  it('never checks the name or the address, even garbage', () => {
    const result = parse('001090012345||N\u0000\uFFFD@@ V?n An|12051990|Nam|;;;\u0007|15032021');
    expect(result.ok && result.card.fullName).toBe('N\u0000\uFFFD@@ V?n An');
    expect(result.ok && result.card.address).toBe(';;;\u0007');
  });
});

describe('parseCardQr: refusals', () => {
  it.each([
    ['https://example.vn/x', 'url'],
    ['http://vneid.gov.vn', 'url'],
    ['WWW.EXAMPLE.COM', 'url'],
    ['hello', 'text'],
    ['', 'text'],
    ['12345678', 'text'],
  ])('%j is not a card (%s)', (text, looksLike) => {
    expect(parse(text)).toEqual({ ok: false, problem: { kind: 'not-card', looksLike } });
  });

  it.each([
    ['fields missing', '001090012345||Nguyễn Văn An|12051990|Nam'],
    ['twelve digits alone', '001090012345'],
    ['an extra field', `${AN_TEXT}|x|y`],
    ['a date with letters', '001090012345||Nguyễn Văn An|12O51990|Nam|Hà Nội|15032021'],
    ['a short date', '001090012345||Nguyễn Văn An|1251990|Nam|Hà Nội|15032021'],
    ['a slashed date', '001090012345||Nguyễn Văn An|12/05/1990|Nam|Hà Nội|15032021'],
    ['pipes only', '||||||'],
  ])('a damaged code: %s', (_label, text) => {
    expect(parse(text)).toEqual({ ok: false, problem: { kind: 'damaged' } });
  });

  it('refuses an unknown province', () => {
    expect(parse(AN_TEXT.replace('001090', '003090'))).toEqual({
      ok: false,
      problem: { kind: 'id-number', error: { code: 'UNKNOWN_PROVINCE', provinceCode: '003' } },
    });
  });

  it('refuses an ID number with a letter in it', () => {
    expect(parse(AN_TEXT.replace('001090012345', '00109001234X'))).toEqual({
      ok: false,
      problem: { kind: 'id-number', error: { code: 'NOT_DIGITS' } },
    });
  });

  it("refuses an ID number whose year disagrees with the card's date of birth", () => {
    expect(parse(AN_TEXT.replace('12051990', '12051991'))).toEqual({
      ok: false,
      problem: { kind: 'id-number', error: { code: 'DOB_MISMATCH', birthYear: 1990, dateOfBirthYear: 1991 } },
    });
  });

  it('refuses an ID number whose gender digit disagrees with the gender word', () => {
    expect(parse(AN_TEXT.replace('|Nam|', '|Nữ|'))).toEqual({
      ok: false,
      problem: {
        kind: 'id-number',
        error: { code: 'GENDER_MISMATCH', gender: 'male', enteredGender: 'female' },
      },
    });
  });

  it.each([
    ['31 February', AN_TEXT.replace('12051990', '31021990'), 'dateOfBirth'],
    ['month 13', AN_TEXT.replace('15032021', '15132021'), 'issuedOn'],
    ['day 00', AN_TEXT.replace('15032021', '00032021'), 'issuedOn'],
    ['issued before birth', AN_TEXT.replace('15032021', '11051990'), 'issuedOn'],
    ['issued tomorrow', AN_TEXT.replace('15032021', '03122026'), 'issuedOn'],
  ])('refuses an impossible date: %s', (_label, text, field) => {
    expect(parse(text)).toEqual({ ok: false, problem: { kind: 'impossible-date', field } });
  });

  it('accepts a card issued on the day of birth and one issued today (Vietnam time)', () => {
    expect(parse(AN_TEXT.replace('15032021', '12051990')).ok).toBe(true);
    expect(parse(AN_TEXT.replace('15032021', '02122026')).ok).toBe(true);
  });

  it('refuses a date of birth later today in the year', () => {
    const text = '001226012345||Bé Na|24122026|Nam|Hà Nội|24122026';
    expect(parse(text)).toEqual({ ok: false, problem: { kind: 'impossible-date', field: 'dateOfBirth' } });
  });
});

describe('classifyScannedCode', () => {
  it('recognises a receipt reference, in any case and with scanner framing', () => {
    expect(classifyScannedCode(']Q1abcde-12345\r\n', { now })).toEqual({
      kind: 'reference',
      reference: 'ABCDE-12345',
    });
    expect(classifyScannedCode('ABCDE12345', { now })).toEqual({
      kind: 'reference',
      reference: 'ABCDE-12345',
    });
  });

  it('recognises a card', () => {
    expect(classifyScannedCode(`${BINH_TEXT}\r`, { now })).toEqual({ kind: 'card', card: BINH });
  });

  it('refuses anything else with the reason', () => {
    expect(classifyScannedCode('https://example.vn', { now })).toEqual({
      kind: 'refused',
      problem: { kind: 'not-card', looksLike: 'url' },
    });
    expect(classifyScannedCode('ABCDE-1234', { now })).toEqual({
      kind: 'refused',
      problem: { kind: 'not-card', looksLike: 'text' },
    });
    expect(classifyScannedCode('001090012345|x', { now })).toEqual({
      kind: 'refused',
      problem: { kind: 'damaged' },
    });
  });
});
