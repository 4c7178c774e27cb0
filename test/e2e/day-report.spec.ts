import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { pdfText } from '../unit/receipts/pdfTools.js';
import {
  checkScreen,
  collectPageProblems,
  expect,
  heading,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  test,
} from './kioskPage.js';

/** A call through the web host's bridge endpoint, as the page itself makes it (its cookie goes along). */
async function invoke(
  page: Page,
  method: string,
  args: unknown,
): Promise<{ ok: boolean; value?: Record<string, unknown> }> {
  return page.evaluate(
    async ([name, input]) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: name, args: input }),
      });
      return (await response.json()) as { ok: boolean; value?: Record<string, unknown> };
    },
    [method, args] as const,
  );
}

const today = () => {
  const local = new Date(Date.now() + 7 * 3_600_000);
  return `${String(local.getUTCDate()).padStart(2, '0')}/${String(local.getUTCMonth() + 1).padStart(2, '0')}/${local.getUTCFullYear()}`;
};

test('the day report: the figures of what staff did, on screen, as PDF and as CSV', async ({
  page,
  kiosk,
}) => {
  const problems = collectPageProblems(page);
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await expect(heading(page)).toHaveText('Xin chào ông/bà');
  let unlockReference = '';
  let unlinkReference = '';

  await test.step('At the counter: Bình’s unlock request, in the screens', async () => {
    await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.binh);
    await expect(heading(page)).toHaveText('Tài khoản của ông/bà');
    await tapButton(page, 'Gửi yêu cầu mở khóa');
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
    await expect(heading(page)).toHaveText('Tài khoản đã được mở khóa');
    unlockReference = (await page.locator('.done__reference-code').textContent()) ?? '';
    expect(unlockReference).toMatch(/^[0-9A-F]{5}-[0-9A-F]{5}$/);
    await tapButton(page, 'Kết thúc');
  });

  await test.step('Through the bridge: a wrong passcode for An, then a device unlinked', async () => {
    expect(
      (await invoke(page, 'session.verifyPasscode', { idNumber: PEOPLE.an.idNumber, passcode: '000000' })).ok,
    ).toBe(false);
    expect(
      (await invoke(page, 'session.verifyPasscode', { idNumber: PEOPLE.an.idNumber, passcode: '123456' })).ok,
    ).toBe(true);
    const unlink = await invoke(page, 'device.unlink', { deviceId: 'dev-an-galaxy-a52' });
    expect(unlink).toMatchObject({ ok: true, value: { state: 'applied' } });
    unlinkReference = String(unlink.value?.reference);
    await invoke(page, 'session.end', {});
  });

  await test.step('“Quản trị” → “Báo cáo ngày”: today, with the figures of the walk', async () => {
    await tapButton(page, 'Quản trị');
    await tapButton(page, 'Báo cáo ngày');
    await expect(heading(page)).toHaveText('Báo cáo ngày');
    await expect(page.getByText(`Ngày ${today()} (Hôm nay)`)).toBeVisible();
    await expect(page.getByRole('button', { name: /Ngày trước/ })).toBeDisabled();
    await expect(page.getByRole('button', { name: /Ngày sau/ })).toBeDisabled();

    const changes = page.getByTestId('report-changes');
    await expect(changes.getByRole('row', { name: /^Hủy liên kết thiết bị/ })).toHaveText(
      /Hủy liên kết thiết bị\s*1\s*0\s*0\s*0\s*0\s*0\s*1/,
    );
    await expect(changes.getByRole('row', { name: /^Mở khóa tài khoản/ })).toHaveText(
      /Mở khóa tài khoản\s*1\s*0\s*0\s*0\s*0\s*0\s*1/,
    );
    await expect(changes.locator('tfoot tr')).toHaveText(/Tổng\s*2\s*0\s*0\s*0\s*0\s*0\s*2/);
    const identifications = page.getByTestId('report-identifications');
    await expect(identifications.getByRole('row', { name: /^Passcode VNeID/ })).toHaveText(
      /Passcode VNeID\s*2\s*1/,
    );
    await expect(identifications.getByRole('row', { name: /^Mã SMS/ })).toHaveText(/\s*0\s*0$/);
    await expect(
      page.getByTestId('report-unlocks').getByRole('row', { name: /^Chủ tài khoản yêu cầu khóa/ }),
    ).toHaveText(/Chủ tài khoản yêu cầu khóa\s*1\s*0/);
    await expect(page.getByTestId('report-staff').getByRole('row', { name: /^CB01/ })).toHaveText(
      /CB01\s*1\s*0\s*2\s*0/,
    );
    const requests = page.getByTestId('report-requests');
    await expect(requests.locator('tbody tr')).toHaveCount(2);
    await expect(requests).toContainText(unlinkReference);
    await expect(requests).toContainText(unlockReference);
    await expect(requests).toContainText(PEOPLE.binh.masked);
    await expect(page.getByText(PEOPLE.binh.idNumber)).toHaveCount(0);
    await expect(page.getByText(PEOPLE.binh.name)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tải PDF' })).toBeInViewport();
    // The web host has no printer: no print button; the PDF prints from the browser.
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toHaveCount(0);
    await checkScreen(page, 'day-report/01-today');
  });

  await test.step('“Tải CSV”: one row per request, Vietnamese headers, UTF-8 with a BOM', async () => {
    const downloading = page.waitForEvent('download');
    await tapButton(page, 'Tải CSV');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bao-cao-ngay-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Giờ', 'Mã tra cứu', 'Số định danh', 'Loại yêu cầu', 'Trạng thái']);
    expect(rows).toHaveLength(3);
    const byReference = new Map(rows.slice(1).map((row) => [row[1], row]));
    expect(byReference.get(unlinkReference)?.slice(2)).toEqual([
      PEOPLE.an.masked,
      'Hủy liên kết thiết bị',
      'Đã thực hiện',
    ]);
    expect(byReference.get(unlockReference)?.slice(2)).toEqual([
      PEOPLE.binh.masked,
      'Mở khóa tài khoản',
      'Đã thực hiện',
    ]);
    expect(bytes.toString('utf8')).not.toContain(PEOPLE.binh.idNumber);
    await expect(page.getByText(/^Đã tải tệp về máy\. bao-cao-ngay-/)).toBeVisible();
  });

  await test.step('“Tải PDF”: the A4 report with the same figures, and the lines to sign', async () => {
    const downloading = page.waitForEvent('download');
    await tapButton(page, 'Tải PDF');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bao-cao-ngay-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(await readFile((await download.path()) ?? ''));
    for (const expected of [
      'BÁO CÁO NGÀY',
      `Ngày ${today()}`,
      'Máy kiosk: KIOSK-DEMO-01',
      'Tổng 2 0 0 0 0 0 2',
      'Passcode VNeID 2 1',
      'Chủ tài khoản yêu cầu khóa 1 0',
      'CB01 1 0 2 0',
      unlinkReference,
      unlockReference,
      PEOPLE.binh.masked,
      'Cán bộ lập báo cáo',
      'Người phụ trách',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(PEOPLE.binh.idNumber);
    expect(text).not.toContain(PEOPLE.binh.name);
  });

  await test.step('English one tap away', async () => {
    await tapButton(page, 'Switch the screen to English');
    await expect(heading(page)).toHaveText('Day report');
    // What was said about the download follows the language too.
    await expect(page.getByText(/^The file was downloaded\. bao-cao-ngay-.*\.pdf$/)).toBeVisible();
    await expect(page.getByTestId('report-changes').locator('tfoot tr')).toHaveText(
      /Total\s*2\s*0\s*0\s*0\s*0\s*0\s*2/,
    );
    await checkScreen(page, 'day-report/02-today-english');
    await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
    await expect(heading(page)).toHaveText('Báo cáo ngày');
  });

  // Before the refusal below, which the browser logs as a failed load.
  expect(problems).toEqual([]);

  await test.step('The figures come from the core: a citizen alone cannot download the report', async () => {
    await tapButton(page, 'Về màn hình chính');
    await invoke(page, 'staff.signOut', {});
    const refused = await page.evaluate(async () => {
      const response = await fetch(
        `/api/export?method=report.export&args=${encodeURIComponent('{"day":"2026-01-01","format":"csv"}')}`,
      );
      return { status: response.status, body: (await response.json()) as { code: string } };
    });
    expect(refused).toEqual({ status: 403, body: expect.objectContaining({ code: 'STAFF_REQUIRED' }) });
  });
});
