import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptFileName, renderReceiptPdf } from '../../../electron/core/receipts/receiptPdf.js';
import type { ReceiptFacts } from '../../../electron/core/receipts/receiptPdf.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import { pdfFonts, pdfPages, pdfText, pdfToPng } from './pdfTools.js';

const facts: ReceiptFacts = {
  reference: '3B241-101E2',
  kind: 'unlink-device',
  deviceLabel: 'Samsung Galaxy A52 (SM-A525F)',
  idNumberMasked: '0010****2345',
  // 23:50 UTC is 06:50 the next morning in Vietnam.
  acceptedAt: '2026-11-22T23:50:00.000Z',
  state: 'pending',
  communeName: 'UBND xã Cẩm Bình',
  kioskId: 'KIOSK-DEMO-01',
  issuedAt: '2026-11-22T23:51:00.000Z',
};

describe('the receipt PDF', () => {
  it('is a one-page PDF with the commune, kiosk, Vietnam time, request, masked ID and reference', async () => {
    const pdf = await renderReceiptPdf(facts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPages(pdf)).toBe(1);
    const text = await pdfText(pdf);
    for (const expected of [
      'UBND xã Cẩm Bình',
      'KIOSK-DEMO-01',
      'BIÊN NHẬN YÊU CẦU',
      '23/11/2026 06:50',
      'Hủy liên kết thiết bị: Samsung Galaxy A52 (SM-A525F)',
      '0010****2345',
      'Mã tra cứu',
      '3B241-101E2',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds Be Vietnam Pro as a subset, and no other font', async () => {
    const fonts = await pdfFonts(await renderReceiptPdf(facts));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)$/);
      expect(font).toMatchObject({ embedded: true, subset: true });
    }
  });

  it.each<[ChangeState, string | undefined, string, string | undefined]>([
    ['pending', undefined, 'Đã ghi nhận, chờ gửi', 'ngay khi có kết nối'],
    ['sending', undefined, 'Đã ghi nhận, chờ gửi', undefined],
    ['blocked', undefined, 'Đã ghi nhận, chờ gửi', 'chờ cán bộ'],
    ['applied', 'DEVICE_UNLINKED', 'Đã xử lý', 'Đã hủy liên kết thiết bị.'],
    ['duplicate', 'ALREADY_UNLINKED', 'Đã xử lý', 'đã được hủy liên kết từ trước'],
    ['rejected', 'HOLDER_DECEASED', 'Không thực hiện được', 'Chủ tài khoản đã qua đời'],
    ['conflict', 'SOMETHING_NEW', 'Không thực hiện được', 'Mã kết quả: SOMETHING_NEW'],
  ])('tells the true status of a %s change', async (state, outcomeCode, status, note) => {
    const text = await pdfText(
      await renderReceiptPdf({ ...facts, state, ...(outcomeCode === undefined ? {} : { outcomeCode }) }),
    );
    expect(text).toContain(status);
    if (note !== undefined) expect(text).toContain(note);
    for (const other of ['Đã ghi nhận, chờ gửi', 'Đã xử lý', 'Không thực hiện được'].filter(
      (s) => s !== status,
    )) {
      expect(text).not.toContain(other);
    }
  });

  it('speaks English when asked', async () => {
    const text = await pdfText(
      await renderReceiptPdf(
        { ...facts, kind: 'unlock-request', state: 'applied', outcomeCode: 'UNLOCKED', staffId: 'CB01' },
        'en',
      ),
    );
    expect(text).toContain('REQUEST RECEIPT');
    expect(text).toContain('Unlock the account');
    expect(text).toContain('Processed');
    expect(text).toContain('The account was unlocked.');
    expect(text).toContain('Assisted by CB01');
    expect(text).not.toContain('Đã xử lý');
  });

  it('stays one page with the longest texts', async () => {
    const pdf = await renderReceiptPdf(
      {
        ...facts,
        communeName: 'UBND xã Cẩm Bình, huyện Cẩm Xuyên, tỉnh Hà Tĩnh (máy trình diễn số 1)',
        deviceLabel: 'X'.repeat(200),
        state: 'rejected',
        outcomeCode: 'AUTHORITY_LOCK',
        staffId: 'CBXA123456',
      },
      'en',
    );
    expect(await pdfPages(pdf)).toBe(1);
  });

  // Not under test-results/: Playwright empties that folder when the browser tests start.
  it('draws: page 1 renders to a PNG (kept in the temp folder, kiosk-receipt-previews, to look at)', async () => {
    const dir = join(tmpdir(), 'kiosk-receipt-previews');
    await mkdir(dir, { recursive: true });
    for (const [name, variant] of [
      ['pending-vi', facts],
      [
        'rejected-vi',
        {
          ...facts,
          kind: 'unlock-request',
          deviceLabel: undefined,
          state: 'rejected',
          outcomeCode: 'HOLDER_DECEASED',
        },
      ],
    ] as const) {
      const pdf = await renderReceiptPdf(variant as ReceiptFacts);
      const png = await pdfToPng(pdf);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      await writeFile(join(dir, `${name}.pdf`), pdf);
      await writeFile(join(dir, `${name}.png`), png);
    }
  });

  it('names the file after the reference', () => {
    expect(receiptFileName('3B241-101E2')).toBe('bien-nhan-3B241-101E2.pdf');
  });
});
