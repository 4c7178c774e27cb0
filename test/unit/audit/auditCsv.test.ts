import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { auditCsv, auditCsvFile, csvField } from '../../../electron/core/audit/auditCsv.js';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import type { AuditLogEntry } from '../../../shared/ipc/auditContract.js';

const words = catalogueFor('vi').auditLog;

const entries: AuditLogEntry[] = [
  {
    seq: 2,
    // 17:30 UTC is 00:30 the next day in Vietnam.
    at: '2026-11-30T17:30:05.000Z',
    action: 'store.noticeAcknowledged',
    actor: 'staff',
    staffId: 'CB01',
    outcome: 'DISK_LOW',
    detail: 'N-1, "ổ đĩa"\nsắp đầy',
  },
  { seq: 1, at: '2026-11-30T01:00:00.000Z', action: 'change.finished', actor: 'kiosk', outcome: 'applied' },
];

describe('the audit CSV', () => {
  it('is UTF-8 with a BOM and CRLF rows that a CSV reader gives back cell for cell', () => {
    const text = auditCsv(entries, words);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toEqual([
      [
        'Số thứ tự',
        'Thời gian',
        'Việc',
        'Mã việc',
        'Người thực hiện',
        'Mã cán bộ',
        'Số định danh (đã che)',
        'Mã tra cứu',
        'Kết quả',
        'Ghi chú',
      ],
      [
        '2',
        '01/12/2026 00:30:05',
        'Cán bộ đã xem thông báo về dữ liệu',
        'store.noticeAcknowledged',
        'Cán bộ',
        'CB01',
        '',
        '',
        'DISK_LOW',
        'N-1, "ổ đĩa"\nsắp đầy',
      ],
      [
        '1',
        '30/11/2026 08:00:00',
        'Hệ thống quốc gia trả kết quả',
        'change.finished',
        'Máy',
        '',
        '',
        '',
        'Đã xử lý',
        '',
      ],
    ]);
  });

  it('quotes by RFC 4180 and never lets Excel run a cell as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('is named for the kiosk and the filter, in letters a file system takes', () => {
    const now = new Date('2026-12-02T03:04:00.000Z');
    expect(auditCsvFile('x', 'KIOSK-DEMO-01', { day: '2026-12-02', staffId: 'CB01' }, now).fileName).toBe(
      'nhat-ky_KIOSK-DEMO-01_2026-12-02_CB01.csv',
    );
    expect(auditCsvFile('x', 'KIOSK-DEMO-01', {}, now)).toEqual({
      fileName: 'nhat-ky_KIOSK-DEMO-01_den-2026-12-02-10-04.csv',
      mediaType: 'text/csv; charset=utf-8',
      contentBase64: Buffer.from('x', 'utf8').toString('base64'),
    });
  });
});
