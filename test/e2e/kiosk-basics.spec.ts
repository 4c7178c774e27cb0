import { expect, test } from '@playwright/test';
import { checkScreen, openKiosk, tapButton, tapDigits } from './kioskPage.js';

// Trần Thị Bình (DESIGN §9): locked at her own request, one phone. Nothing here changes her data.
const BINH = { idNumber: '042195001234', masked: '0421****1234', name: 'Trần Thị Bình' };
const PASSCODE = '123456';

test('the launch token leaves the address bar and survives a reload', async ({ page }) => {
  await openKiosk(page);
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.getByText('Mã máy: KIOSK-DEMO-01')).toBeVisible();
});

test('Vietnamese letters are drawn with the bundled Be Vietnam Pro, not a system font', async ({ page }) => {
  await openKiosk(page);
  // Fonts load lazily per unicode-range: the Vietnamese subset loads only if the page uses it.
  const loaded = (await page.evaluate(
    `document.fonts.ready.then(() => [...document.fonts]
      .filter((font) => font.status === 'loaded')
      .map((font) => font.family + ' ' + font.weight + ' ' + font.unicodeRange))`,
  )) as string[];
  const vietnamese = loaded.filter((font) => font.includes('Be Vietnam Pro') && /1ea0-1ef9/i.test(font));
  expect(vietnamese.length).toBeGreaterThan(0);
});

test('without the launch token the kiosk says so instead of failing silently', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(/Máy chưa được mở đúng cách/);
  await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quản lý thiết bị' })).toHaveCount(0);
});

test('a physical keyboard works on both steps: digits, Backspace and Enter', async ({ page }) => {
  const h1 = page.getByRole('heading', { level: 1 });
  await openKiosk(page);
  await tapButton(page, 'Quản lý thiết bị');

  await page.keyboard.type(`${BINH.idNumber}9`); // the 13th digit is ignored
  await expect(page.getByRole('status')).toContainText('042 195 001234');
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('status')).toContainText('Đã nhập 11/12 chữ số');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText('Nhập mật khẩu VNeID');

  await page.keyboard.type(PASSCODE);
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText('Quản lý thiết bị');
  await expect(page.getByText(BINH.name)).toBeVisible();
  await expect(page.getByText('Đang bị khóa')).toBeVisible();
  await expect(page.getByText('Theo yêu cầu của chủ tài khoản', { exact: false })).toBeVisible();
  await tapButton(page, 'Kết thúc');
  await expect(h1).toHaveText('Xin chào ông/bà');
});

test.describe('portrait screen (1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('every screen of a locked account stays readable and accessible', async ({ page }) => {
    const h1 = page.getByRole('heading', { level: 1 });
    await openKiosk(page);
    await checkScreen(page, '20-portrait-welcome');

    await tapButton(page, 'Quản lý thiết bị');
    await tapDigits(page, BINH.idNumber);
    await checkScreen(page, '21-portrait-identify');
    await tapButton(page, 'Tiếp tục');
    await tapDigits(page, PASSCODE);
    await tapButton(page, 'Tiếp tục');

    await expect(h1).toHaveText('Quản lý thiết bị');
    await expect(page.getByText(BINH.masked)).toBeVisible();
    await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(1);
    await checkScreen(page, '22-portrait-devices-locked');
    await tapButton(page, 'Kết thúc');
    await expect(h1).toHaveText('Xin chào ông/bà');
  });
});
