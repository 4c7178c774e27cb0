import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { DEMO_DEVICE_IDS } from '../../upstream/demo/demoAccounts.js';
import { pdfText } from '../unit/receipts/pdfTools.js';
import { startKioskHost } from './kioskHost.js';
import type { KioskHost } from './kioskHost.js';
import {
  checkScreen,
  collectPageProblems,
  expect,
  heading,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';

const CODE_PAD = 'Bàn phím mã tra cứu';

let host: KioskHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** The reference service's decision knobs (upstream/README.md): conflicts and refused batches on purpose. */
async function setDecisions(kiosk: KioskHost, knobs: Record<string, number | string>): Promise<void> {
  const response = await fetch(`${kiosk.upstreamUrl}/admin/decisions`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(knobs),
  });
  expect(response.status).toBe(200);
}

interface Receipt {
  changeId: string;
  reference: string;
  state: string;
}

/**
 * A staff-attested unlink made through the web host's bridge, as the assisted screens make it (the walk
 * through those screens is assisted.spec.ts's); the desk itself is then used by tapping.
 */
async function unlinkThroughBridge(page: Page, person: { idNumber: string; dob: string }, deviceId: string) {
  const dateOfBirth = `${person.dob.slice(4)}-${person.dob.slice(2, 4)}-${person.dob.slice(0, 2)}`;
  // The web host's bridge: the same POST the renderer makes, with the page's own session cookie.
  const script = `(async () => {
    const invoke = async (method, args) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, args }),
      });
      return response.json();
    };
    const attest = await invoke('session.attestByStaff', ${JSON.stringify({
      idNumber: person.idNumber,
      dateOfBirth,
      cardChecked: true,
    })});
    if (!attest.ok) return attest;
    const unlink = await invoke('device.unlink', ${JSON.stringify({ deviceId })});
    await invoke('session.end', {});
    return unlink;
  })()`;
  const answer = (await page.evaluate(script)) as { ok: boolean; value: Receipt };
  expect(answer.ok).toBe(true);
  return answer.value;
}

/** The reference with its dash, as printed on the slip and shown on the desk. */
const printed = (reference: string) =>
  reference.includes('-') ? reference : `${reference.slice(0, 5)}-${reference.slice(5)}`;

/** What a download brought, as bytes. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await tapButton(page, button);
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') };
}

/**
 * The staff day, in one walk: a conflict and a refused batch made with the reference
 * service's knobs, seen on the desk, one resent and one closed with a reason, the closed one
 * looked up, the day report read on screen, as PDF and as CSV, and every action found in the
 * audit log.
 */
test('a staff day: the desk resends one change and closes another, the day report and the audit log tell it', async ({
  page,
}) => {
  // A long walk with ten pictures and axe runs, on a machine shared with other work.
  test.setTimeout(360_000);
  const problems = collectPageProblems(page);
  const kiosk = (host = await startKioskHost());
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await expect(heading(page)).toHaveText('Xin chào ông/bà');

  let conflict: Receipt | undefined;
  let refused: Receipt | undefined;
  await test.step('The national system answers one change conflict and refuses the next batch', async () => {
    await setDecisions(kiosk, { conflictNextChanges: 1 });
    conflict = await unlinkThroughBridge(page, PEOPLE.an, DEMO_DEVICE_IDS.anGalaxyA52);
    expect(conflict.state).toBe('conflict');
    await setDecisions(kiosk, { refuseNextBatches: 1000, refuseStatus: 403 });
    refused = await unlinkThroughBridge(page, PEOPLE.binh, DEMO_DEVICE_IDS.binhPhone);
    expect(refused.state).toBe('pending');
  });
  if (conflict === undefined || refused === undefined) throw new Error('the changes were not made');
  const conflictRef = printed(conflict.reference);
  const refusedRef = printed(refused.reference);

  await test.step('“Quản trị” → “Đồng bộ”: the counts, the ageing and both changes, in words', async () => {
    await tapButton(page, 'Quản trị');
    await tapButton(page, 'Đồng bộ');
    await expect(heading(page)).toHaveText('Đồng bộ');
    await expect(page.getByRole('heading', { name: 'Yêu cầu cần cán bộ xử lý' })).toBeVisible();
    const conflictCard = page.getByRole('listitem').filter({ hasText: conflictRef });
    await expect(conflictCard).toContainText('Xung đột: tài khoản đã thay đổi sau khi xác minh');
    await expect(conflictCard).toContainText('0010****2345');
    await expect(conflictCard).toContainText('Cán bộ CB01');
    await expect(conflictCard).toContainText('gửi lại chỉ nhận lại đúng kết quả cũ');
    await expect(conflictCard.getByRole('button', { name: `Gửi lại yêu cầu ${conflictRef}` })).toHaveCount(0);
    const refusedCard = page.getByRole('listitem').filter({ hasText: refusedRef });
    await expect(refusedCard).toContainText('Cả lô bị từ chối, chưa được xét');
    await expect(refusedCard).toContainText('403 (BATCH_REFUSED)');
    await expect(page.getByText('Thời gian chờ gửi: Bình thường')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gửi ngay' })).toBeVisible();
    await checkScreen(page, 'sync-desk/80-desk-two-changes');
  });

  await test.step('English words on the same desk', async () => {
    await tapButton(page, 'Switch the screen to English');
    await expect(page.getByRole('heading', { name: 'Requests that need staff' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Resend request ${refusedRef}` })).toBeVisible();
    await checkScreen(page, 'sync-desk/81-desk-english');
    await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
  });

  await test.step('“Gửi lại” the refused one, once the national system takes batches again', async () => {
    await setDecisions(kiosk, { refuseNextBatches: 0 });
    await tapButton(page, `Gửi lại yêu cầu ${refusedRef}`);
    await expect(page.getByText(`Đã gửi lại yêu cầu ${refusedRef}.`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: refusedRef })).toHaveCount(0);
  });

  await test.step('“Đóng” the conflict with a reason', async () => {
    await tapButton(page, `Đóng yêu cầu ${conflictRef}`);
    const dialog = page.getByRole('dialog', { name: `Đóng yêu cầu ${conflictRef}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio')).toHaveCount(4);
    await dialog.getByRole('radio', { name: 'Chuyển Công an xã xử lý' }).tap();
    await dialog.getByRole('textbox', { name: 'Ghi chú (không bắt buộc)' }).fill('Đã hẹn công dân');
    await checkScreen(page, 'sync-desk/82-close-dialog');
    await dialog.getByRole('button', { name: 'Đóng yêu cầu', exact: true }).tap();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`Đã đóng yêu cầu ${conflictRef}.`)).toBeVisible();
    await expect(page.getByText('Không có yêu cầu nào cần cán bộ xử lý.')).toBeVisible();
    await checkScreen(page, 'sync-desk/83-desk-done');
  });

  await test.step('The lookup of the closed one says “Đã đóng: …”', async () => {
    await tapButton(page, 'Về màn hình chính');
    await tapButton(page, 'Tra cứu yêu cầu');
    await tapDigits(page, conflictRef, CODE_PAD);
    await tapButton(page, 'Tra cứu');
    await expect(heading(page)).toHaveText('Kết quả tra cứu');
    await expect(page.getByText('Đã đóng: Chuyển Công an xã xử lý')).toBeVisible();
    await expect(page.getByText('Ghi chú của cán bộ: Đã hẹn công dân')).toBeVisible();
    await checkScreen(page, 'sync-desk/84-lookup-closed');
  });

  // The two unlinks of the day: the resent one applied, the conflict closed.
  const rowOfUnlinks = /Hủy liên kết thiết bị\s*1\s*0\s*0\s*0\s*1\s*0\s*2/;
  await test.step('“Báo cáo ngày”: the day’s figures count the closed change once, as closed', async () => {
    await tapButton(page, 'Về màn hình đầu');
    await tapButton(page, 'Quản trị');
    await tapButton(page, 'Báo cáo ngày');
    await expect(heading(page)).toHaveText('Báo cáo ngày');
    const changes = page.getByTestId('report-changes');
    await expect(changes.getByRole('row', { name: /^Hủy liên kết thiết bị/ })).toHaveText(rowOfUnlinks);
    await expect(changes.locator('tfoot tr')).toHaveText(/Tổng\s*1\s*0\s*0\s*0\s*1\s*0\s*2/);
    const requests = page.getByTestId('report-requests');
    await expect(requests.locator('tbody tr')).toHaveCount(2);
    await expect(requests.locator('tbody tr').filter({ hasText: conflictRef })).toContainText('Đã đóng');
    await expect(requests.locator('tbody tr').filter({ hasText: refusedRef })).toContainText('Đã thực hiện');
    await checkScreen(page, 'staff-day/85-day-report');
  });

  await test.step('The report’s CSV and PDF say the same', async () => {
    const csv = await downloaded(page, 'Tải CSV');
    const rows = parse(csv.bytes, { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
    const stateOf = new Map(rows.slice(1).map((row) => [row[1], row[4]]));
    expect(stateOf.get(conflictRef)).toBe('Đã đóng');
    expect(stateOf.get(refusedRef)).toBe('Đã thực hiện');
    const pdf = await pdfText((await downloaded(page, 'Tải PDF')).bytes);
    for (const expected of [
      'BÁO CÁO NGÀY',
      'Tổng 1 0 0 0 1 0 2',
      conflictRef,
      refusedRef,
      'Người phụ trách',
    ]) {
      expect(pdf).toContain(expected);
    }
    expect(pdf).not.toContain(PEOPLE.an.idNumber);
  });

  await test.step('“Nhật ký”: the resend, the close and the exports, each in words with the staff ID', async () => {
    await tapButton(page, 'Quản trị');
    await tapButton(page, 'Nhật ký');
    await expect(heading(page)).toHaveText('Nhật ký');
    await expect(page.getByText('Nhật ký nguyên vẹn')).toBeVisible();
    const entries = page.locator('.audit-entry');
    for (const action of ['Gửi lại yêu cầu', 'Đóng yêu cầu', 'Xuất báo cáo ngày']) {
      const entry = entries.filter({ hasText: action }).first();
      await expect(entry).toContainText('Cán bộ CB01');
    }
    await expect(entries.filter({ hasText: 'Đóng yêu cầu' }).first()).toContainText(conflictRef);
    await expect(entries.filter({ hasText: 'Đóng yêu cầu' }).first()).toContainText(
      'Chuyển Công an xã xử lý',
    );
    await expect(entries.filter({ hasText: 'Gửi lại yêu cầu' }).first()).toContainText(refusedRef);
    await checkScreen(page, 'staff-day/86-audit-log');
  });
  expect(problems).toEqual([]);
});
