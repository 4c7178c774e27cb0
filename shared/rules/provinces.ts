/**
 * Birth-registration codes, the first three digits of a personal ID number (DESIGN §10).
 * The names are those of the 63 provinces in Circular 07/2016/TT-BCA, Appendix 1. The codes
 * stay valid after the 2025 merger into 34 provinces, because they record where a birth was
 * registered at the time, not where the holder lives now.
 */
export const legacyProvinces: Readonly<Record<string, string>> = Object.freeze({
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
});

export const legacyProvinceCodes: readonly string[] = Object.freeze(Object.keys(legacyProvinces).sort());

export function isLegacyProvinceCode(code: string): boolean {
  return Object.hasOwn(legacyProvinces, code);
}

export function provinceNameFor(code: string): string | undefined {
  return isLegacyProvinceCode(code) ? legacyProvinces[code] : undefined;
}

/**
 * UNVERIFIED PLACEHOLDER. Births registered abroad get a country code instead of a province
 * code, but we have no confirmed list of those codes (DESIGN §10). Until someone checks the
 * Ministry of Public Security's table, we accept every code from 100 to 999 (the whole range
 * outside the 0xx block that holds all 63 province codes) and only when the kiosk setting
 * `allowBornAbroad` is on, so a typo in a domestic number is still caught by default.
 * Replace this with the official list once it is confirmed.
 */
export function isBornAbroadPlaceholderCode(code: string): boolean {
  return /^[1-9]\d{2}$/.test(code);
}
