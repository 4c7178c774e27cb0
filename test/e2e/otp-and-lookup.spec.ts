import {
  checkScreen,
  expect,
  heading,
  identifyUpToMethod,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';
import { expectPrintedInPlace, recordPrinting } from './printRecorder.js';

const CODE_PAD = 'Bàn phím mã tra cứu';

test('An proves it is him with a code sent by SMS: "sent to 091****678", a wrong code, then the right one', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await identifyUpToMethod(page, 'Quản lý thiết bị', PEOPLE.an);
  await tapButton(page, 'Mã qua tin nhắn (SMS)');

  await expect(h1).toHaveText('Nhập mã qua tin nhắn');
  await expect(page.getByText('Mã đã được gửi tới số 091****678.')).toBeVisible();
  // The national system refuses a second code within 30 seconds: the button counts down.
  await expect(page.getByRole('button', { name: /^Gửi lại mã sau \d+ giây$/ })).toBeDisabled();
  await checkScreen(page, '14-identify-otp');

  const otp = await kiosk.latestOtp(PEOPLE.an.idNumber);
  const wrong = otp === '000000' ? '111111' : '000000';
  await tapDigits(page, wrong);
  await tapButton(page, 'Tiếp tục');
  await expect(page.getByRole('alert')).toContainText('Mã không đúng.');
  await tapDigits(page, otp);
  await tapButton(page, 'Tiếp tục');
  await expect(h1).toHaveText('Quản lý thiết bị');
  await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(2);
});

test('a request is looked up by its code, typed on the pad and read by a barcode scanner', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);

  // A real request to look up: Bình's unlock, applied at once.
  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.binh);
  await tapButton(page, 'Gửi yêu cầu mở khóa');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
  await expect(h1).toHaveText('Tài khoản đã được mở khóa');
  const reference = (await page.locator('.done__reference-code').textContent()) ?? '';
  expect(reference).toMatch(/^[0-9A-F]{5}-[0-9A-F]{5}$/);
  await tapButton(page, 'Kết thúc');

  await test.step('Typed on the pad', async () => {
    await tapButton(page, 'Tra cứu yêu cầu');
    await expect(h1).toHaveText('Tra cứu yêu cầu');
    await checkScreen(page, '60-lookup-empty');
    await tapDigits(page, reference, CODE_PAD);
    await expect(page.getByRole('status')).toContainText('Đã nhập 10/10 ký tự');
    await checkScreen(page, '61-lookup-typed');
    await tapButton(page, 'Tra cứu');
    await expect(h1).toHaveText('Kết quả tra cứu');
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page.getByText('Yêu cầu mở khóa tài khoản')).toBeVisible();
    await expect(page.getByText('Đã được chấp thuận')).toBeVisible();
    await expect(page.getByText('Theo hệ thống định danh quốc gia.')).toBeVisible();
    // Bình's session has ended and no staff member served him: the slip is not offered again.
    await expect(page.getByRole('button', { name: 'In lại phiếu' })).toHaveCount(0);
    await checkScreen(page, '62-lookup-result');
  });

  await test.step('An unknown code says so', async () => {
    await tapButton(page, 'Tra cứu mã khác');
    await tapDigits(page, 'ABCDE-12345', CODE_PAD);
    await tapButton(page, 'Tra cứu');
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy yêu cầu nào với mã này.');
    await checkScreen(page, '63-lookup-not-found');
  });

  await test.step('A scanner burst replaces what was typed, wherever the focus is, and submits with Enter', async () => {
    await tapButton(page, 'Xóa hết');
    await tapDigits(page, '12', CODE_PAD);
    // A scanner types like a keyboard, fast, in lower case on some models, ending with Enter.
    await page.keyboard.type(reference.toLowerCase());
    await page.keyboard.press('Enter');
    await expect(h1).toHaveText('Kết quả tra cứu');
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page.getByText('Đã được chấp thuận')).toBeVisible();
  });

  await test.step('A card scanned over a result leaves the result, and says what it was', async () => {
    await page.keyboard.type('001090012345||Nguyen Van An|12051990|Nam|Ha Noi|15032021');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText(
      'Đây là mã QR trên thẻ căn cước, không phải mã tra cứu trên phiếu hẹn.',
    );
    await expect(h1).toHaveText('Kết quả tra cứu');
    await expect(page.getByText('Đã được chấp thuận')).toBeVisible();
  });

  await test.step('A second burst over a result looks up again', async () => {
    await page.keyboard.type('abcde-12345');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy yêu cầu nào với mã này.');
    await expect(page.getByRole('status')).toContainText('Đã nhập 10/10 ký tự');
  });

  await test.step('Keys typed by hand still type, and a scan that is not a reference changes nothing typed', async () => {
    await tapButton(page, 'Xóa hết');
    await page.keyboard.type('ab1', { delay: 150 });
    await expect(page.getByRole('status')).toContainText('Đã nhập 3/10 ký tự');
    // Two keys together come as fast as a scanner's keys, but no Enter ends them: typing.
    await page.keyboard.type('cd');
    await expect(page.getByRole('status')).toContainText('Đã nhập 5/10 ký tự');
    await page.keyboard.press('Backspace');
    await expect(page.getByRole('status')).toContainText('Đã nhập 4/10 ký tự');
    // Backspace right after fast keys comes after them, as it was pressed.
    await page.keyboard.type('ef');
    await page.keyboard.press('Backspace');
    await expect(page.getByRole('status')).toContainText('A B 1 C E. Đã nhập 5/10 ký tự');
    // A citizen ID card's QR code, read by the scanner: its digits must not become a code.
    await page.keyboard.type('001090012345||Nguyen Van An|12051990|Nam|Ha Noi|15032021');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText(
      'Đây là mã QR trên thẻ căn cước, không phải mã tra cứu trên phiếu hẹn.',
    );
    await expect(page.getByRole('status')).toContainText('A B 1 C E. Đã nhập 5/10 ký tự');
  });
});

test('a staff member looks up a request they served and prints its slip again, in place', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await recordPrinting(page);
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();

  await identifyWithPasscode(page, 'Mở khóa tài khoản', PEOPLE.binh);
  await tapButton(page, 'Gửi yêu cầu mở khóa');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).tap();
  await expect(h1).toHaveText('Tài khoản đã được mở khóa');
  const reference = (await page.locator('.done__reference-code').textContent()) ?? '';
  await tapButton(page, 'Kết thúc');

  // The citizen has gone; the staff member, still signed in, looks the request up.
  await tapButton(page, 'Tra cứu yêu cầu');
  await tapDigits(page, reference, CODE_PAD);
  await tapButton(page, 'Tra cứu');
  await expect(h1).toHaveText('Kết quả tra cứu');
  await expect(page.getByText('Đã được chấp thuận')).toBeVisible();
  await expectPrintedInPlace(page, 'In lại phiếu', reference);
  await checkScreen(page, '64-lookup-reprinted');
});
