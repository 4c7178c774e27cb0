import {
  checkScreen,
  expect,
  heading,
  identifyUpToMethod,
  identifyWithPasscode,
  openKiosk,
  PASSCODE,
  PEOPLE,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';

/*
 * The locked accounts of DESIGN §9, each through "Mở khóa tài khoản": the reason in plain
 * words, who can unlock it, what happens next, and an unlock request only where it can help.
 */

test('Bình, locked at her own request, asks for the unlock and it is applied at once', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.binh);

  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText(PEOPLE.binh.name, { exact: true })).toBeVisible();
  await expect(page.getByText('Đang bị khóa')).toBeVisible();
  await expect(page.getByText('Có thể mở khóa ngay')).toBeVisible();
  await expect(page.getByText('Tài khoản bị khóa vì chính ông/bà đã yêu cầu khóa.')).toBeVisible();
  await expect(page.getByText(/Chính ông\/bà có thể yêu cầu mở khóa/)).toBeVisible();
  await expect(page.getByText('Tổng đài VNeID: 1900 0368')).toBeVisible();
  await checkScreen(page, '20-account-binh-holder-request');

  await tapButton(page, 'Gửi yêu cầu mở khóa');
  const dialog = page.getByRole('dialog', { name: 'Gửi yêu cầu mở khóa' });
  await expect(dialog).toContainText('Gửi yêu cầu mở khóa tài khoản VNeID của ông/bà?');
  await checkScreen(page, '21-confirm-unlock');
  await dialog.getByRole('button', { name: 'Xác nhận' }).tap();

  await expect(h1).toHaveText('Tài khoản đã được mở khóa');
  await expect(page.getByText('Yêu cầu mở khóa tài khoản')).toBeVisible();
  await expect(page.getByText(/^[0-9A-F]{5}-[0-9A-F]{5}$/)).toBeVisible();
  await checkScreen(page, '22-receipt-unlocked');

  await tapButton(page, 'Xem tài khoản');
  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText('Đang hoạt động', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi yêu cầu mở khóa' })).toHaveCount(0);
  await tapButton(page, 'Kết thúc');
  await expect(h1).toHaveText('Xin chào ông/bà');
});

test('Em’s terms-violation lock ended yesterday: the screen says why it was locked, and the unlock request is applied', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.em);

  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText('Mức độ 1', { exact: true })).toBeVisible();
  // The reason first, in plain words, then the next step.
  await expect(
    page.getByText('Tài khoản bị khóa vì vi phạm điều khoản sử dụng ứng dụng VNeID. Thời hạn khóa đã hết.'),
  ).toBeVisible();
  await expect(page.getByText(/^Ông\/bà có thể gửi yêu cầu mở khóa ngay tại đây/)).toBeVisible();
  await expect(page.getByText(/Thời hạn khóa đến ngày \d{2}\/\d{2}\/\d{4}\./)).toBeVisible();
  await checkScreen(page, '23-account-em-lock-ended');
  await tapButton(page, 'Gửi yêu cầu mở khóa');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
  await expect(h1).toHaveText('Tài khoản đã được mở khóa');
});

test('Cường’s account (holder deceased) cannot be unlocked or changed, the kiosk says why, and never addresses him', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.cuong);

  // A relative is reading: the holder is named, never addressed as "ông/bà".
  await expect(h1).toHaveText('Thông tin tài khoản');
  const accountScreen = page.getByRole('region', { name: 'Thông tin tài khoản' });
  await expect(accountScreen.getByText(PEOPLE.cuong.name, { exact: true })).toBeVisible();
  await expect(accountScreen).not.toContainText(/ông\/bà/i);
  await expect(
    accountScreen.getByText('Khi xong, bấm “Kết thúc” để xóa thông tin tài khoản này khỏi máy.'),
  ).toBeVisible();
  await expect(page.getByText('Không thể mở khóa', { exact: true })).toBeVisible();
  await expect(page.getByText('Tài khoản đã bị khóa vì chủ tài khoản đã qua đời.')).toBeVisible();
  await expect(page.getByText('Tài khoản này không thể mở lại.')).toBeVisible();
  await expect(page.getByText(/Công an xã, tại trụ sở xã/)).toBeVisible();
  await expect(page.getByRole('button', { name: /yêu cầu mở khóa/ })).toHaveCount(0);
  await checkScreen(page, '24-account-cuong-deceased');

  await tapButton(page, 'Quản lý thiết bị');
  await expect(h1).toHaveText('Quản lý thiết bị');
  await expect(
    page.getByText('Tài khoản này không thể thay đổi, nên không hủy liên kết được thiết bị.'),
  ).toBeVisible();
  await expect(page.getByText(/^Đây là các thiết bị đã đăng nhập tài khoản VNeID này\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quản lý thiết bị' })).not.toContainText(/ông\/bà/i);
  await expect(page.getByRole('button', { name: 'Hủy liên kết' })).toHaveCount(0);
  await checkScreen(page, '25-devices-cuong-frozen');
});

test('Dung’s account, locked at a court’s request, is sent to the commune police', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.dung);

  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText('Cần đến Công an xã')).toBeVisible();
  await expect(page.getByText(/theo yêu cầu của tòa án hoặc cơ quan nhà nước có thẩm quyền/)).toBeVisible();
  await expect(page.getByText('Tòa án nhân dân tỉnh Thanh Hóa')).toBeVisible();
  await expect(page.getByText(/Chỉ cơ quan Công an mới mở khóa được/)).toBeVisible();
  await expect(page.getByText(/Công an xã, tại trụ sở xã/)).toBeVisible();
  await expect(page.getByText('Tổng đài VNeID: 1900 0368')).toBeVisible();
  // "Cần hỏi thêm" and the hotline are said once, in their box.
  await expect(page.getByText('Cần hỏi thêm')).toHaveCount(1);
  await expect(page.getByText(/1900 0368/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: /yêu cầu mở khóa/ })).toHaveCount(0);
  await checkScreen(page, '26-account-dung-authority');

  // A locked account can still unlink a phone (only death freezes it).
  await tapButton(page, 'Quản lý thiết bị');
  await expect(page.getByRole('button', { name: 'Hủy liên kết' })).toHaveCount(1);
});

test('Giang has no registered phone for a code, and her revoked card needs re-issuing at the commune police', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyUpToMethod(page, 'Mở khóa tài khoản', PEOPLE.giang);

  await tapButton(page, 'Mã qua tin nhắn (SMS)');
  await expect(h1).toHaveText('Nhập mã qua tin nhắn');
  await expect(page.getByRole('alert')).toHaveText(/chưa đăng ký số điện thoại để nhận mã/);
  await checkScreen(page, '27-otp-no-phone');
  await tapButton(page, 'Dùng passcode VNeID');
  await expect(h1).toHaveText('Nhập passcode VNeID');
  await tapDigits(page, PASSCODE);
  await tapButton(page, 'Tiếp tục');

  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText('Tài khoản bị khóa vì thẻ căn cước của ông/bà đã bị thu hồi.')).toBeVisible();
  await expect(page.getByText(/làm thủ tục cấp lại thẻ căn cước/)).toBeVisible();
  await expect(page.getByText('Cần hỏi thêm')).toHaveCount(1);
  await expect(page.getByText(/1900 0368/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: /yêu cầu mở khóa/ })).toHaveCount(0);
  await checkScreen(page, '28-account-giang-card-revoked');

  await tapButton(page, 'Quản lý thiết bị');
  await expect(page.getByText('Tài khoản chưa liên kết với thiết bị nào.')).toBeVisible();
});
