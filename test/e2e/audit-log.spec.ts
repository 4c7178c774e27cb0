import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import type { AuditInput } from '../../electron/core/audit/AuditLog.js';
import { AuditLog } from '../../electron/core/audit/AuditLog.js';
import { auditFileName } from '../../electron/core/audit/auditFiles.js';
import { keyFileSource } from '../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../electron/core/store/openKioskStore.js';
import { startKioskHost } from './kioskHost.js';
import type { KioskHost } from './kioskHost.js';
import {
  checkScreen,
  collectPageProblems,
  expect,
  heading,
  identifyUpToMethod,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';

/*
 * Issue 11, part A: "Nhật ký". A staff member does a few things at the counter, then reads them
 * in the audit log in words, filters by day, staff member and action, pages, and exports the
 * CSV; and a log with a line altered by hand shows where the chain breaks and what it means.
 */
const SHOTS = 'audit-log';
const DAY_MS = 24 * 60 * 60 * 1000;

let host: KioskHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Yesterday's work by another staff member (CB02), written by the real store before the host starts. */
async function yesterdayByCb02(dataDir: string, count = 24): Promise<void> {
  const start = Date.now() - DAY_MS;
  let now = new Date(start);
  const store = await openKioskStore({
    dataDir,
    keySource: keyFileSource(join(dataDir, 'kiosk.key')),
    now: () => now,
  });
  const log = new AuditLog({ store });
  const inputs: AuditInput[] = [{ action: 'staff.signIn', actor: 'staff', staffId: 'CB02' }];
  for (let i = 1; i < count; i++) {
    inputs.push(
      i % 2 === 1
        ? { action: 'request.lookup', actor: 'staff', staffId: 'CB02', outcome: 'not-found' }
        : { action: 'session.attested', actor: 'staff', staffId: 'CB02', idNumber: PEOPLE.em.idNumber },
    );
  }
  for (const [i, input] of inputs.entries()) {
    now = new Date(start + i * 60_000);
    await log.append(input);
  }
  await log.close();
  await store.close();
}

async function openAuditLog(page: Page): Promise<void> {
  await tapButton(page, 'Quản trị');
  await tapButton(page, 'Nhật ký');
  await expect(heading(page)).toHaveText('Nhật ký');
}

function entries(page: Page) {
  return page.locator('.audit-entry');
}

test('staff read the morning in words, filter by day, staff and action, page, and export the CSV', async ({
  page,
}) => {
  // A long walk: six pictures in two orientations, each with an axe audit.
  test.setTimeout(240_000);
  const kiosk = (host = await startKioskHost({}, { prepareDataDir: (dir) => yesterdayByCb02(dir) }));
  const problems = collectPageProblems(page);
  await openKiosk(page, kiosk);
  const h1 = heading(page);

  let reference = '';
  await test.step('A few actions at the counter: sign-in, an attested unlink, a lookup', async () => {
    await signInStaff(page);
    await identifyUpToMethod(page, 'Quản lý thiết bị', PEOPLE.an);
    await tapButton(page, 'Cán bộ kiểm tra thẻ căn cước');
    await page.getByRole('checkbox', { name: 'Tôi đã kiểm tra thẻ căn cước' }).tap();
    await tapButton(page, 'Xác nhận');
    await expect(h1).toHaveText('Quản lý thiết bị');
    const samsung = page.getByRole('listitem').filter({ hasText: 'Samsung Galaxy A52' });
    await samsung.getByRole('button', { name: 'Hủy liên kết' }).tap();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
    await expect(h1).toHaveText('Đã hủy liên kết thiết bị');
    reference = (await page.locator('.done__reference-code').textContent()) ?? '';
    await tapButton(page, 'Kết thúc');
    await tapButton(page, 'Tra cứu yêu cầu');
    await tapDigits(page, reference, 'Bàn phím mã tra cứu');
    await tapButton(page, 'Tra cứu');
    await expect(h1).toHaveText('Kết quả tra cứu');
  });

  await test.step('“Nhật ký”: the chain intact, the newest entries first, in words', async () => {
    await openAuditLog(page);
    await expect(page.getByRole('heading', { name: 'Nhật ký nguyên vẹn' })).toBeVisible();
    await expect(page.getByText(/^Trang 1: 10 mục, mới nhất trước$/)).toBeVisible();
    const first = entries(page).first();
    await expect(first).toContainText('Tra cứu yêu cầu');
    await expect(first).toContainText('Cán bộ CB01');
    await expect(first).toContainText(reference);
    for (const words of ['Cán bộ đăng nhập', 'Cán bộ xác nhận thẻ căn cước', 'Hủy liên kết một thiết bị']) {
      await expect(entries(page).filter({ hasText: words }).first()).toBeVisible();
    }
    const unlink = entries(page).filter({ hasText: 'Hủy liên kết một thiết bị' });
    await expect(unlink).toContainText(PEOPLE.an.masked);
    await expect(page.locator('main')).not.toContainText(PEOPLE.an.idNumber);
    const box = await page.getByRole('button', { name: 'Mọi cán bộ' }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(48);
    await checkScreen(page, `${SHOTS}/80-audit-log`);
  });

  await test.step('Paging: “Trang sau” reaches yesterday, “Trang trước” comes back', async () => {
    const newest = await entries(page).first().textContent();
    await tapButton(page, 'Trang sau');
    await expect(page.getByText(/^Trang 2: \d+ mục, mới nhất trước$/)).toBeVisible();
    await expect(entries(page).first()).toContainText('CB02');
    await checkScreen(page, `${SHOTS}/81-audit-log-page-2`);
    await tapButton(page, 'Trang trước');
    await expect(page.getByText(/^Trang 1: 10 mục/)).toBeVisible();
    await expect(entries(page).first()).toHaveText(newest ?? '');
  });

  await test.step('By staff member: CB01 only, then everyone again', async () => {
    const cb01 = page.getByRole('button', { name: 'CB01', exact: true });
    await cb01.tap();
    await expect(cb01).toHaveAttribute('aria-pressed', 'true');
    await expect(entries(page).filter({ hasText: 'Cán bộ CB02' })).toHaveCount(0);
    await expect(entries(page).filter({ hasText: 'Máy tự thực hiện' })).toHaveCount(0);
    await expect(entries(page).filter({ hasText: 'Hủy liên kết một thiết bị' })).toHaveCount(1);
    await checkScreen(page, `${SHOTS}/82-audit-log-by-staff`);
    await tapButton(page, 'Mọi cán bộ');
  });

  await test.step('By day: today, then yesterday with ‹', async () => {
    const todayChip = page.getByRole('button', { name: /^Chỉ ngày / });
    await todayChip.tap();
    await expect(todayChip).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Ngày sau' })).toBeDisabled();
    await expect(entries(page).filter({ hasText: 'CB02' })).toHaveCount(0);
    await tapButton(page, 'Ngày trước');
    await expect(entries(page).first()).toContainText('Cán bộ CB02');
    await expect(entries(page).filter({ hasText: 'CB01' })).toHaveCount(0);
    await tapButton(page, 'Mọi ngày');
  });

  await test.step('By action, then the CSV of what is filtered', async () => {
    await page.getByLabel('Việc', { exact: true }).selectOption({ label: 'Hủy liên kết một thiết bị' });
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page).first()).toContainText(PEOPLE.an.masked);
    await checkScreen(page, `${SHOTS}/83-audit-log-by-action`);

    const downloading = page.waitForEvent('download');
    await tapButton(page, 'Xuất CSV');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^nhat-ky_KIOSK-DEMO-01_.*_device\.unlink\.csv$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual(['Số thứ tự', 'Thời gian', 'Việc', 'Mã việc']);
    expect(rows.slice(1).map((row) => row.slice(2, 7))).toEqual([
      ['Hủy liên kết một thiết bị', 'device.unlink', 'Cán bộ', 'CB01', PEOPLE.an.masked],
    ]);
    expect(text).not.toContain(PEOPLE.an.idNumber);
    await expect(page.getByText(`Đã xuất tệp ${download.suggestedFilename()}.`)).toBeVisible();

    // The export is on record too.
    await page.getByLabel('Việc', { exact: true }).selectOption({ label: 'Xuất nhật ký' });
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page).first()).toContainText('Cán bộ CB01');
    await expect(entries(page).first()).toContainText('action=device.unlink');
  });

  await test.step('English is one tap away', async () => {
    await tapButton(page, 'Switch the screen to English');
    await expect(page.getByRole('heading', { name: 'The log is intact' })).toBeVisible();
    await expect(entries(page).first()).toContainText('Audit log exported');
    await checkScreen(page, `${SHOTS}/84-audit-log-english`);
    await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
  });

  expect(problems).toEqual([]);
});

test('a line altered by hand: the log shows the first failing entry and what it means', async ({ page }) => {
  const kiosk = (host = await startKioskHost(
    {},
    {
      prepareDataDir: async (dir) => {
        await yesterdayByCb02(dir, 6);
        const file = join(dir, 'audit', auditFileName(new Date(Date.now() - DAY_MS)));
        const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
        // Entry 3's staff ID rewritten: its own hash no longer matches.
        const altered = (lines[2] as string).replace('"staffId":"CB02"', '"staffId":"CB09"');
        if (altered === lines[2]) throw new Error('entry 3 was not altered');
        lines[2] = altered;
        await writeFile(file, `${lines.join('\n')}\n`);
      },
    },
  ));
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await openAuditLog(page);
  await expect(page.getByRole('heading', { name: 'Nhật ký bị hỏng' })).toBeVisible();
  const banner = page.locator('.audit-chain--broken');
  await expect(banner).toContainText('mục số 3');
  await expect(banner).toContainText('dòng 3');
  await expect(banner).toContainText('Nội dung mục này không khớp mã băm của nó: mục đã bị sửa.');
  await expect(banner).toContainText('2 mục trước đó vẫn nguyên vẹn.');
  await expect(banner).toContainText('Không thể tin các mục từ số 3 trở đi');
  await expect(banner).toContainText('bộ phận kỹ thuật của huyện');
  await expect(entries(page).filter({ hasText: 'Không bảo đảm nguyên vẹn' }).first()).toBeVisible();
  await expect(
    entries(page).filter({ hasText: 'Mục số 2' }).filter({ hasText: 'Không bảo đảm nguyên vẹn' }),
  ).toHaveCount(0);
  await checkScreen(page, `${SHOTS}/85-audit-log-broken`);
});
