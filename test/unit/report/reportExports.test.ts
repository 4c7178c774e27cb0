import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderReportCsv } from '../../../electron/core/report/reportCsv.js';
import { renderReportPdf } from '../../../electron/core/report/reportPdf.js';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import type { DayReport, DayReportRequest, OutcomeCounts } from '../../../shared/ipc/reportContract.js';
import { pdfFonts, pdfPages, pdfText } from '../receipts/pdfTools.js';

const words = catalogueFor('vi').dayReport;
const none: OutcomeCounts = { applied: 0, duplicate: 0, rejected: 0, conflict: 0, closed: 0, pending: 0 };

function request(i: number, overrides: Partial<DayReportRequest> = {}): DayReportRequest {
  const minutes = String(i % 60).padStart(2, '0');
  return {
    // 08:mm in Vietnam.
    at: `2026-11-23T01:${minutes}:00.000Z`,
    reference: `K7Q2M-${String(10000 + i).slice(-5)}`,
    idNumberMasked: '0010****2345',
    kind: 'unlink-device',
    state: 'applied',
    ...overrides,
  };
}

function reportWith(requests: DayReportRequest[]): DayReport {
  return {
    day: '2026-11-23',
    communeName: 'UBND xã Cẩm Bình',
    kioskId: 'KIOSK-DEMO-01',
    generatedAt: '2026-11-23T10:05:00.000Z',
    earliestDay: '2026-11-01',
    latestDay: '2026-11-23',
    changes: {
      byKind: {
        'unlink-device': { ...none, applied: 7, rejected: 1, closed: 2 },
        'unlink-all-devices': { ...none, pending: 3 },
        'unlock-request': { ...none, conflict: 1 },
      },
      total: { ...none, applied: 7, rejected: 1, closed: 2, pending: 3, conflict: 1 },
    },
    identifications: {
      passcode: { succeeded: 11, failed: 4 },
      otp: { succeeded: 5, failed: 2 },
      staff: { succeeded: 6, failed: 0 },
    },
    unlocks: [
      { lockReason: 'holder-request', requested: 2, refusedAtKiosk: 0 },
      { lockReason: 'competent-authority', requested: 0, refusedAtKiosk: 3 },
    ],
    staff: [{ staffId: 'CB01', signIns: 2, attested: 6, changes: 9, receiptsPrinted: 4 }],
    requests,
  };
}

describe('the day report as CSV', () => {
  it('is UTF-8 with a BOM and CRLF, one row per request under Vietnamese headers, as Excel reads it', () => {
    const csv = renderReportCsv(
      reportWith([
        request(1),
        request(2, { kind: 'unlock-request', state: 'closed' }),
        request(3, { state: 'blocked' }),
      ]),
      words,
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.slice(1).split('\r\n')).toHaveLength(5);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const rows = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows).toEqual([
      ['Giờ', 'Mã tra cứu', 'Số định danh', 'Loại yêu cầu', 'Trạng thái'],
      ['23/11/2026 08:01', 'K7Q2M-10001', '0010****2345', 'Hủy liên kết thiết bị', 'Đã thực hiện'],
      ['23/11/2026 08:02', 'K7Q2M-10002', '0010****2345', 'Mở khóa tài khoản', 'Đã đóng'],
      ['23/11/2026 08:03', 'K7Q2M-10003', '0010****2345', 'Hủy liên kết thiết bị', 'Chờ yêu cầu trước'],
    ]);
  });

  it('quotes a field holding a comma or a quote (RFC 4180)', () => {
    const quoting = { ...words, states: { ...words.states, applied: 'Đã "xong", rồi' } };
    const csv = renderReportCsv(reportWith([request(1)]), quoting);
    expect(csv.toString('utf8')).toContain('"Đã ""xong"", rồi"');
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[1]?.[4]).toBe('Đã "xong", rồi');
  });

  it('is only the header row on a day without requests', () => {
    const rows = parse(renderReportCsv(reportWith([]), words), { bom: true }) as string[][];
    expect(rows).toHaveLength(1);
  });
});

describe('the day report as an A4 PDF', () => {
  it('says the commune, the kiosk, the day, the figures, the requests and the signature lines, in Be Vietnam Pro', async () => {
    const pdf = await renderReportPdf(reportWith([request(1), request(2, { state: 'conflict' })]), words);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      'UBND xã Cẩm Bình',
      'Máy kiosk: KIOSK-DEMO-01',
      'BÁO CÁO NGÀY',
      'Ngày 23/11/2026',
      'Lập lúc: 23/11/2026 17:05',
      'Yêu cầu theo loại và kết quả',
      'Xác thực công dân',
      'Passcode VNeID 11 4',
      'Mã SMS (OTP) 5 2',
      'Cán bộ đối chiếu CCCD 6 0',
      'Chủ tài khoản yêu cầu khóa 2 0',
      'Cơ quan có thẩm quyền yêu cầu 0 3',
      'CB01 2 6 9 4',
      'Danh sách yêu cầu trong ngày',
      '23/11/2026 08:01 K7Q2M-10001 0010****2345 Hủy liên kết thiết bị Đã thực hiện',
      'K7Q2M-10002',
      'Xung đột',
      'Cán bộ lập báo cáo',
      'Người phụ trách',
      '(Ký, ghi rõ họ tên)',
      'Trang 1/1',
    ]) {
      expect(text).toContain(expected);
    }
    // The changes table: the total row adds each column.
    expect(text).toContain('Tổng 7 0 1 1 2 3 14');
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/BeVietnamPro/);
      expect(font.embedded).toBe(true);
    }
  });

  it('runs a long day over several pages, the header row repeated on each, every request once', async () => {
    const requests = Array.from({ length: 120 }, (_, i) => request(i));
    const pdf = await renderReportPdf(reportWith(requests), words);
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(await pdfPages(pdf)).toBe(pages.length);
    const listing = pages.filter((page) => requests.some(({ reference }) => page.includes(reference)));
    expect(listing.length).toBeGreaterThanOrEqual(3);
    for (const page of listing) expect(page).toContain('Giờ Mã tra cứu Số định danh Loại yêu cầu Trạng thái');
    const text = pages.join(' ');
    for (const { reference } of requests) expect(text.split(reference).length - 1).toBe(1);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
    expect(pages.at(-1)).toContain('Người phụ trách');
  });
});

const run = promisify(execFile);

/** Each page's text (pdftotext ends a page with a form feed), whitespace folded. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'report-pdf-'));
  try {
    await writeFile(join(dir, 'report.pdf'), pdf);
    const { stdout } = await run('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    return stdout
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' ').trim())
      .filter((page) => page !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
