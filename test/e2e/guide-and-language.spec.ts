import {
  checkScreen,
  expect,
  heading,
  openKiosk,
  PASSCODE,
  PEOPLE,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';

test('the guide shows the app’s four steps with drawings, in Vietnamese and in English', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await tapButton(page, 'Hướng dẫn trên điện thoại');

  await expect(h1).toHaveText('Hướng dẫn hủy liên kết trên ứng dụng VNeID');
  const steps = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Cá nhân');
  await expect(steps.nth(1)).toContainText('Quản lý thiết bị');
  await expect(steps.nth(2)).toContainText('Hủy liên kết');
  await expect(steps.nth(3)).toContainText('Xác nhận');
  // One drawing of the phone per step, hidden from screen readers (the words say the same).
  await expect(page.locator('svg.guide-phone')).toHaveCount(4);
  await checkScreen(page, '70-guide');

  await tapButton(page, 'Switch the screen to English');
  await expect(h1).toHaveText('How to unlink a phone in the VNeID app');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(steps.nth(2)).toContainText('“Hủy liên kết” (Unlink)');
  await checkScreen(page, '71-guide-en');

  // "Do it here" leads to the kiosk's own unlink, still in English.
  await tapButton(page, 'Do it here at the kiosk');
  await expect(h1).toHaveText('Enter your personal ID number');
});

test('English is one tap away on every screen, and the next citizen gets Vietnamese again', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  const toEnglish = () => tapButton(page, 'Switch the screen to English');
  await openKiosk(page, kiosk);
  await toEnglish();

  await expect(h1).toHaveText('Welcome');
  await checkScreen(page, '80-welcome-en');

  await tapButton(page, 'Unlock my account');
  await expect(h1).toHaveText('Enter your personal ID number');
  await tapDigits(page, PEOPLE.binh.idNumber, 'Number pad');
  await tapButton(page, 'Continue');
  await expect(h1).toHaveText('Enter your date of birth');
  await tapDigits(page, PEOPLE.binh.dob, 'Number pad');
  await checkScreen(page, '81-identify-dob-en');
  await tapButton(page, 'Continue');
  await expect(h1).toHaveText('Choose how to prove it is you');
  await checkScreen(page, '82-identify-method-en');
  await tapButton(page, 'VNeID passcode');
  await tapDigits(page, PASSCODE, 'Number pad');
  await tapButton(page, 'Continue');

  await expect(h1).toHaveText('Your account');
  await expect(page.getByText('Can be unlocked now')).toBeVisible();
  await expect(page.getByText('The account was locked because you asked for it yourself.')).toBeVisible();
  await expect(page.getByText('VNeID hotline: 1900 0368')).toBeVisible();
  await checkScreen(page, '83-account-en');

  // Switching back and forth keeps the citizen where they are.
  await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await toEnglish();
  await expect(h1).toHaveText('Your account');

  await tapButton(page, 'Manage devices');
  await expect(h1).toHaveText('Manage devices');
  await expect(page.getByRole('button', { name: 'Unlink (Hủy liên kết)' })).toBeVisible();
  await checkScreen(page, '84-devices-en');
  await tapButton(page, 'See why the account is locked');
  await tapButton(page, 'Send an unlock request');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm (Xác nhận)' }).tap();
  await expect(h1).toHaveText('The account is unlocked');
  await expect(page.getByText('Lookup code', { exact: true })).toBeVisible();
  await checkScreen(page, '85-receipt-en');
  await tapButton(page, 'Finish');

  await expect(h1).toHaveText('Xin chào ông/bà');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await toEnglish();
  await tapButton(page, 'Check a request');
  await expect(h1).toHaveText('Check a request');
  await checkScreen(page, '86-lookup-en');
  await tapButton(page, 'Back');
  await page.getByRole('button', { name: /^Staff/ }).tap();
  await expect(h1).toHaveText('Enter your staff ID');
  await checkScreen(page, '87-staff-id-en');
});
