import type { Page } from '@playwright/test';
import { referenceForChange } from '../../shared/domain/reference.js';
import {
  checkScreen,
  collectPageProblems,
  expect,
  heading,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  tapButton,
  test,
} from './kioskPage.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/**
 * The reference service has no API to add a device, so this replaces only the answer to
 * `account.read`, in the browser, for this one test: An's real account with one more device
 * whose upstream text is markup. Everything else (sign-in, the core) is real.
 */
async function addHostileDevice(page: Page): Promise<void> {
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method?: string };
    if (body.method !== 'account.read') return route.fallback();
    const response = await route.fetch();
    const answer = (await response.json()) as { ok: boolean; value?: { devices: unknown[] } };
    if (answer.ok && answer.value !== undefined) {
      answer.value.devices.push({
        deviceId: 'dev-hostile',
        name: HOSTILE_NAME,
        model: '<b>bold</b>',
        os: '"><script>alert(2)</script>',
        firstSeen: '2026-01-05T03:00:00.000Z',
        lastSeen: '2026-11-20T03:00:00.000Z',
        lastPlace: '<i>Nơi lạ</i>',
        active: false,
      });
    }
    return route.fulfill({ response, json: answer });
  });
}

test('device names and places from the national system are shown as text, never as markup', async ({
  page,
  kiosk,
}) => {
  const problems = collectPageProblems(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    // The test counts dialogs; whether dismissing one succeeds does not matter.
    void dialog.dismiss();
  });
  await addHostileDevice(page);
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);

  const hostile = page.getByRole('listitem').filter({ hasText: HOSTILE_NAME });
  await expect(hostile.getByRole('heading', { name: HOSTILE_NAME })).toBeVisible();
  // A code no list knows is shown as the code, marked as one: still text.
  await expect(hostile.getByText('<b>bold</b> (mã máy)', { exact: true })).toBeVisible();
  await expect(hostile.getByText('"><script>alert(2)</script>', { exact: true })).toBeVisible();
  // The unfamiliar place is flagged, quoted as text too.
  await expect(
    hostile.getByText('Lần cuối máy này được dùng ở "<i>Nơi lạ</i>"', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('main img, main script, main b, main i')).toHaveCount(0);
  await checkScreen(page, '15-devices-hostile-names');

  await hostile.getByRole('button', { name: 'Hủy liên kết' }).tap();
  await expect(page.getByRole('dialog')).toContainText(`thiết bị ${HOSTILE_NAME} không?`);
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});

test('a refused change says it was not done, and why', async ({ page, kiosk }) => {
  // The one outcome the demo data cannot produce on an unlink the screen offers, so only the
  // answer to `device.unlink` is replaced; it never reaches the core.
  const changeId = '6f1c2b7e-4a9d-4e21-9c3b-2d5e8f0a7b14';
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method?: string };
    if (body.method !== 'device.unlink') return route.fallback();
    return route.fulfill({
      json: {
        ok: true,
        value: {
          changeId,
          reference: referenceForChange(changeId),
          kind: 'unlink-device',
          state: 'rejected',
          outcomeCode: 'DEVICE_NOT_FOUND',
          acceptedAt: new Date().toISOString(),
        },
      },
    });
  });
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);
  const samsung = page.getByRole('listitem').filter({ hasText: 'Samsung Galaxy A52' });
  await samsung.getByRole('button', { name: 'Hủy liên kết' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();

  await expect(heading(page)).toHaveText('Chưa hủy liên kết được');
  await expect(
    page.getByText('Hệ thống định danh quốc gia không tìm thấy thiết bị này trong tài khoản.'),
  ).toBeVisible();
  await expect(page.getByText('Đã hủy liên kết thiết bị')).toHaveCount(0);
  await expect(page.getByText(referenceForChange(changeId))).toBeVisible();
  await checkScreen(page, '16-receipt-refused');
});

test('the launch code leaves the address bar, works once, and its cookie survives a reload', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  // The 303 after the exchange: the code is neither in the address bar nor in the history.
  expect(page.url()).toBe(`${kiosk.origin}/`);
  const cookies = await page.context().cookies(kiosk.origin);
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: false,
    expires: -1,
  });
  expect(await page.evaluate('document.cookie')).toBe('');
  await page.reload();
  await expect(page.getByText('Mã máy: KIOSK-DEMO-01')).toBeVisible();

  // The same link a second time is refused with a page that says so, and the session stays.
  const again = await page.goto(kiosk.launchUrl);
  expect(again?.status()).toBe(401);
  await expect(page.locator('#refusal-code')).toHaveText('LAUNCH_CODE_USED');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('đã được dùng một lần');
  await page.goto(kiosk.origin);
  await expect(page.getByText('Mã máy: KIOSK-DEMO-01')).toBeVisible();
});

test('without the launch code the kiosk says so instead of failing silently', async ({ page, kiosk }) => {
  await page.goto(kiosk.origin);
  await expect(page.getByRole('alert')).toContainText('Máy chưa được mở đúng cách');
  await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quản lý thiết bị', exact: true })).toHaveCount(0);
});

test('Vietnamese letters are drawn with the bundled Be Vietnam Pro, not a system font', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  // Fonts load lazily per unicode-range: the Vietnamese subset loads only if the page uses it.
  const loaded = (await page.evaluate(
    `document.fonts.ready.then(() => [...document.fonts]
      .filter((font) => font.status === 'loaded')
      .map((font) => font.family + ' ' + font.weight + ' ' + font.unicodeRange))`,
  )) as string[];
  const vietnamese = loaded.filter((font) => font.includes('Be Vietnam Pro') && /1ea0-1ef9/i.test(font));
  expect(vietnamese.length).toBeGreaterThan(0);
});

test('a physical keyboard works on the typing steps: digits, Backspace and Enter', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await tapButton(page, 'Quản lý thiết bị');
  await page.keyboard.type(`${PEOPLE.binh.idNumber}9`); // the 13th digit is ignored
  await expect(page.getByRole('status')).toContainText('042 195 001234');
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('status')).toContainText('Đã nhập 11/12 chữ số');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText('Nhập ngày sinh');
  // At a hand's pace: eight keys at a scanner's speed with Enter are a scan (issue 13), here
  // one that is not a card, which types nothing.
  await page.keyboard.type(PEOPLE.binh.dob, { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText('Chọn cách xác minh');
});
