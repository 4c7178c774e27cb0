import { describe, expect, it } from 'vitest';
import { classifyScannedCode } from '../../../shared/card/scannedCode.js';
import { cardQrText } from '../../../shared/card/cardQr.js';
import type { CardQrRecord } from '../../../shared/card/cardQr.js';
import { en } from '../../../shared/i18n/en/catalogue.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { scanProblemText } from '../../../renderer/src/screens/scan/scanProblemText.js';

const NOW = Date.parse('2026-12-01T03:00:00.000Z');
const AN: CardQrRecord = {
  idNumber: '001090012345',
  fullName: 'Nguyen Van An',
  dateOfBirth: '1990-05-12',
  gender: 'male',
  address: 'Ha Noi',
  issuedOn: '2021-04-10',
};

/** What a citizen reads after scanning `text`, as the kiosk classifies it. */
function words(text: string, catalogue = vi): string {
  const code = classifyScannedCode(text, { now: NOW });
  if (code.kind !== 'refused') throw new Error(`not refused: ${code.kind}`);
  return scanProblemText(catalogue, code.problem);
}

describe('the words of a scan that is not a usable card', () => {
  it('a URL, other text, a damaged code', () => {
    expect(words('https://dichvucong.gov.vn/p/home')).toMatch(/^Mã vừa quét là địa chỉ một trang web/);
    expect(words('HELLO WORLD 123')).toMatch(/^Mã vừa quét không phải mã QR trên thẻ căn cước/);
    expect(words('001090012345||Nguyen Van An|12051990')).toMatch(/^Chưa đọc được trọn mã QR trên thẻ/);
  });

  it("a number that fails its own rules says that rule's words", () => {
    const text = words(cardQrText({ ...AN, idNumber: '999090012345' }));
    expect(text).toMatch(/^Số định danh đọc từ thẻ không hợp lệ\. /);
    expect(text).toContain('999');
  });

  it('the century and gender digit disagreeing with the card, each in its own words', () => {
    expect(words(cardQrText({ ...AN, dateOfBirth: '1991-05-12' }))).toMatch(
      /số định danh ứng với năm sinh 1990, nhưng ngày sinh là năm 1991/,
    );
    expect(words(cardQrText({ ...AN, gender: 'female' }))).toMatch(/giới tính không khớp với số định danh/);
  });

  it('an impossible date of birth, or issue date', () => {
    expect(words(cardQrText(AN).replace('|12051990|', '|31021990|'))).toMatch(/^Ngày sinh trong mã vừa quét/);
    expect(words(cardQrText({ ...AN, issuedOn: '2030-01-01' }))).toMatch(/^Ngày cấp trong mã vừa quét/);
  });

  it('in English too', () => {
    expect(words('https://example.org', en)).toMatch(/^The code scanned is a web address/);
  });
});
