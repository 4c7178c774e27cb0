import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../../shared/rules/idNumber.js';
import {
  isBornAbroadPlaceholderCode,
  legacyProvinceCodes,
  legacyProvinces,
} from '../../../shared/rules/provinces.js';
import { DESIGN_PROVINCE_CODES as DESIGN_CODES } from './fixtures/designProvinceCodes.js';

const NOW_2026 = new Date('2026-06-01T00:00:00.000Z');

describe('province codes', () => {
  it('are exactly the 63 legacy codes of DESIGN §10', () => {
    expect(DESIGN_CODES).toHaveLength(63);
    expect([...legacyProvinceCodes]).toEqual(DESIGN_CODES);
  });

  it.each([
    ['001', 'Hà Nội'],
    ['079', 'Hồ Chí Minh'],
    ['042', 'Hà Tĩnh'],
    ['038', 'Thanh Hóa'],
    ['040', 'Nghệ An'],
    ['048', 'Đà Nẵng'],
    ['096', 'Cà Mau'],
  ])('names %s as %s', (code, name) => {
    const result = parseIdNumber(`${code}090012345`, { now: NOW_2026 });
    expect(result).toMatchObject({ ok: true, value: { provinceCode: code, provinceName: name } });
  });

  it('gives each code a distinct name', () => {
    expect(new Set(Object.values(legacyProvinces)).size).toBe(63);
  });

  it.each(DESIGN_CODES)('accepts %s', (code) => {
    expect(parseIdNumber(`${code}190000001`, { now: NOW_2026 }).ok).toBe(true);
  });
});

// Circular 07/2016/TT-BCA, Appendix 1.
const CIRCULAR_NAMES: [string, string][] = [
  ['001', 'Hà Nội'],
  ['002', 'Hà Giang'],
  ['004', 'Cao Bằng'],
  ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'],
  ['011', 'Điện Biên'],
  ['012', 'Lai Châu'],
  ['014', 'Sơn La'],
  ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'],
  ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'],
  ['022', 'Quảng Ninh'],
  ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'],
  ['027', 'Bắc Ninh'],
  ['030', 'Hải Dương'],
  ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'],
  ['034', 'Thái Bình'],
  ['035', 'Hà Nam'],
  ['036', 'Nam Định'],
  ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'],
  ['040', 'Nghệ An'],
  ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'],
  ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'],
  ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'],
  ['051', 'Quảng Ngãi'],
  ['052', 'Bình Định'],
  ['054', 'Phú Yên'],
  ['056', 'Khánh Hòa'],
  ['058', 'Ninh Thuận'],
  ['060', 'Bình Thuận'],
  ['062', 'Kon Tum'],
  ['064', 'Gia Lai'],
  ['066', 'Đắk Lắk'],
  ['067', 'Đắk Nông'],
  ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'],
  ['074', 'Bình Dương'],
  ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'],
  ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'],
  ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'],
  ['089', 'An Giang'],
  ['091', 'Kiên Giang'],
  ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'],
  ['095', 'Bạc Liêu'],
  ['096', 'Cà Mau'],
];

describe('province names', () => {
  it('match Circular 07/2016 for all 63 codes', () => {
    expect(Object.entries(legacyProvinces).sort()).toEqual(CIRCULAR_NAMES);
  });
});

describe('born-abroad placeholder codes', () => {
  it.each([
    ['100', true],
    ['999', true],
    ['500', true],
    ['000', false],
    ['001', false],
    ['099', false],
    ['10', false],
    ['1000', false],
  ])('%s → %s', (code, expected) => {
    expect(isBornAbroadPlaceholderCode(code)).toBe(expected);
  });

  it('never overlaps the legacy province codes', () => {
    expect(DESIGN_CODES.filter(isBornAbroadPlaceholderCode)).toEqual([]);
  });
});
