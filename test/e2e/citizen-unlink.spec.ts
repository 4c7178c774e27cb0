import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { checkScreen, openKiosk, tapButton, tapDigits } from './kioskPage.js';
import { answerUnlinkWith, fakeReceipt, fakeReference, pushChangeUpdateLater } from './unlinkAnswers.js';

// Demo data (DESIGN §9): every passcode is 123456.
const AN = { idNumber: '001090012345', masked: '0010****2345', name: 'Nguyễn Văn An' };
const BINH = { idNumber: '042195001234' };
const PASSCODE = '123456';

// Tests in this file run in order on one web host. The first two only pretend to unlink (see
// unlinkAnswers.ts), so An's old phone is still there for the real walk that follows them.

async function tryToUnlinkAnsOldPhone(page: Page): Promise<void> {
  await openKiosk(page);
  await tapButton(page, 'Quản lý thiết bị');
  await tapDigits(page, AN.idNumber);
  await tapButton(page, 'Tiếp tục');
  await tapDigits(page, PASSCODE);
  await tapButton(page, 'Tiếp tục');
  const samsung = page.getByRole('listitem').filter({ hasText: 'Samsung Galaxy A52' });
  await samsung.getByRole('button', { name: 'Hủy liên kết' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
}

test('a change only recorded says "Đã ghi nhận, chờ gửi", then the outcome once it is sent', async ({
  page,
}) => {
  await answerUnlinkWith(page, fakeReceipt('pending'));
  const release = await pushChangeUpdateLater(page, fakeReceipt('applied', 'DEVICE_UNLINKED'));
  const h1 = page.getByRole('heading', { level: 1 });

  await tryToUnlinkAnsOldPhone(page);
  await expect(h1).toHaveText('Đã ghi nhận, chờ gửi');
  await expect(page.getByText('Đã hủy liên kết thiết bị')).toHaveCount(0);
  await expect(page.getByText(fakeReference)).toBeVisible();
  await checkScreen(page, '30-done-waiting');

  release();
  await expect(h1).toHaveText('Đã hủy liên kết thiết bị');
  await tapButton(page, 'Kết thúc');
  await expect(h1).toHaveText('Xin chào ông/bà');
});

test('a refused change says it was not done, and why', async ({ page }) => {
  await answerUnlinkWith(page, fakeReceipt('rejected', 'HOLDER_DECEASED'));
  await tryToUnlinkAnsOldPhone(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chưa hủy liên kết được');
  await expect(page.getByText('Tài khoản của người đã qua đời không được thay đổi.')).toBeVisible();
  await expect(page.getByText('Đã hủy liên kết thiết bị')).toHaveCount(0);
  await checkScreen(page, '31-done-refused');
  await tapButton(page, 'Kết thúc');
});

test('a citizen unlinks their old phone, from Welcome back to Welcome', async ({ page }) => {
  const h1 = page.getByRole('heading', { level: 1 });
  // A CSP violation or a crash shows up here before it shows up on a screen.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await test.step('Welcome', async () => {
    await openKiosk(page);
    await expect(h1).toHaveText('Xin chào ông/bà');
    await expect(page.getByText('Mã máy: KIOSK-DEMO-01')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quản lý thiết bị' })).toBeVisible();
    // The per-launch token must not stay in the address bar.
    expect(page.url()).not.toContain('token');
    await checkScreen(page, '01-welcome');
  });

  await test.step('Identify: the ID number on the on-screen pad', async () => {
    await tapButton(page, 'Quản lý thiết bị');
    await expect(h1).toHaveText('Nhập số định danh cá nhân');
    await expect(page.getByText('Bước 1/2')).toBeVisible();
    await checkScreen(page, '02-identify-empty');
    await tapDigits(page, AN.idNumber);
    // Shown in full, grouped, only while it is being typed.
    await expect(page.getByRole('status')).toContainText('001 090 012345');
    await expect(page.getByRole('status')).toContainText('Đã nhập 12/12 chữ số');
    await checkScreen(page, '03-identify-id');
    await tapButton(page, 'Tiếp tục');
  });

  await test.step('Identify: the passcode', async () => {
    await expect(h1).toHaveText('Nhập mật khẩu VNeID');
    await expect(page.getByText('Bước 2/2')).toBeVisible();
    await expect(page.getByText(AN.masked)).toBeVisible();
    await tapDigits(page, PASSCODE);
    await expect(page.getByRole('status')).toHaveText('Đã nhập 6/6 chữ số');
    await expect(page.getByText(PASSCODE, { exact: true })).toHaveCount(0);
    await checkScreen(page, '04-identify-passcode');
    await tapButton(page, 'Tiếp tục');
  });

  const devices = page.getByRole('list').getByRole('listitem');
  const samsung = devices.filter({ hasText: 'Samsung Galaxy A52' });
  const iphone = devices.filter({ hasText: 'iPhone 15' });

  await test.step('Devices: the account and both phones', async () => {
    await expect(h1).toHaveText('Quản lý thiết bị');
    await expect(page.getByText(AN.name)).toBeVisible();
    await expect(page.getByText(AN.masked)).toBeVisible();
    await expect(page.getByText('Mức độ 2')).toBeVisible();
    await expect(page.getByText('Đang hoạt động')).toBeVisible();
    await expect(devices).toHaveCount(2);
    await expect(iphone.getByText('Đang sử dụng', { exact: true })).toBeVisible();
    await expect(iphone.getByRole('button', { name: 'Hủy liên kết' })).toHaveCount(0);
    await expect(samsung.getByText('Đang sử dụng', { exact: true })).toHaveCount(0);
    await expect(samsung.getByText('SM-A525F')).toBeVisible();
    await expect(samsung.getByText('Android 13')).toBeVisible();
    await expect(samsung.getByText('Hà Nội')).toBeVisible();
    await expect(samsung.getByText(/^\d{2}\/\d{2}\/\d{4}$/)).toHaveCount(2);
    // The full number is never shown once it has been typed.
    await expect(page.getByText(AN.idNumber)).toHaveCount(0);
    await checkScreen(page, '05-devices');
  });

  await test.step('Confirm: a real modal dialog', async () => {
    await samsung.getByRole('button', { name: 'Hủy liên kết' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Hủy liên kết thiết bị' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog).toContainText(
      'Bạn có chắc chắn muốn hủy liên kết với thiết bị Samsung Galaxy A52 không?',
    );
    await expect(dialog.getByRole('button', { name: 'Quay lại' })).toBeFocused();
    await checkScreen(page, '06-confirm');
    await dialog.getByRole('button', { name: 'Xác nhận' }).tap();
  });

  await test.step('Done: success and the reference code', async () => {
    await expect(h1).toHaveText('Đã hủy liên kết thiết bị');
    await expect(page.getByText('Mã tham chiếu', { exact: true })).toBeVisible();
    await expect(page.getByText(/^[0-9A-F]{5}-[0-9A-F]{5}$/)).toBeVisible();
    await checkScreen(page, '07-done');
    await tapButton(page, 'Xem lại thiết bị');
  });

  await test.step('Devices again: the old phone is gone', async () => {
    await expect(h1).toHaveText('Quản lý thiết bị');
    await expect(devices).toHaveCount(1);
    await expect(iphone).toHaveCount(1);
    await expect(samsung).toHaveCount(0);
    await checkScreen(page, '08-devices-after');
    await tapButton(page, 'Kết thúc');
  });

  await test.step('Kết thúc: back to Welcome with nothing of the citizen left', async () => {
    await expect(h1).toHaveText('Xin chào ông/bà');
    await expect(page.getByText(AN.name)).toHaveCount(0);
    await expect(page.getByText(AN.masked)).toHaveCount(0);
  });

  expect(problems).toEqual([]);
});

test('a wrong passcode shows the Vietnamese error and stays on the passcode step', async ({ page }) => {
  await openKiosk(page);
  await tapButton(page, 'Quản lý thiết bị');
  await tapDigits(page, BINH.idNumber);
  await tapButton(page, 'Tiếp tục');
  await tapDigits(page, '654321');
  await tapButton(page, 'Tiếp tục');

  await expect(page.getByRole('alert')).toHaveText(/Số định danh hoặc mật khẩu không đúng/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập mật khẩu VNeID');
  // The wrong passcode is cleared so the citizen starts the six digits afresh.
  await expect(page.getByRole('status')).toHaveText('Đã nhập 0/6 chữ số');
  await checkScreen(page, '10-wrong-passcode');
});

test('an ID number of the wrong length shows the rule and stays on step 1', async ({ page }) => {
  await openKiosk(page);
  await tapButton(page, 'Quản lý thiết bị');
  await tapDigits(page, AN.idNumber.slice(0, 11));
  await tapButton(page, 'Tiếp tục');

  await expect(page.getByRole('alert')).toHaveText(
    /Số định danh phải có 12 chữ số, số vừa nhập có 11 chữ số/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập số định danh cá nhân');
  await checkScreen(page, '11-wrong-length');

  // Typing again clears the message; "Quay lại" leads back to Welcome.
  await tapDigits(page, '5');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await tapButton(page, 'Quay lại');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xin chào ông/bà');
});
