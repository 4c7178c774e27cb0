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
import { cardQrText } from '../../shared/card/cardQr.js';
import { CARDS, scanWithWedge } from './scanner.js';

/*
 * Issue 13: the citizen ID card's QR code, read by a handheld scanner in keyboard-wedge mode
 * (scanner.ts sends it as key presses, folded to ASCII, as such a scanner types it).
 */

const AN_TEXT = cardQrText(CARDS.an);

test('a scan takes An from Welcome, through one check, to the passcode and the account', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await scanWithWedge(page, AN_TEXT);
  await expect(h1).toHaveText('Đúng là thẻ của ông/bà?');
  // The number masked as everywhere; the date of birth; never the name or the address.
  await expect(page.getByText(PEOPLE.an.masked, { exact: true })).toBeVisible();
  await expect(page.getByText('12/05/1990', { exact: true })).toBeVisible();
  await expect(page.getByText(PEOPLE.an.idNumber)).toHaveCount(0);
  await expect(page.getByText(/Nguyen Van An|Nguyễn Văn An/)).toHaveCount(0);
  await expect(page.getByText(/Hang Bai|Hàng Bài/)).toHaveCount(0);
  await checkScreen(page, '100-card-check');

  await tapButton(page, 'Đúng, nhập passcode VNeID');
  await expect(h1).toHaveText('Nhập passcode VNeID');
  await tapDigits(page, PASSCODE);
  await tapButton(page, 'Tiếp tục');
  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText(PEOPLE.an.name)).toBeVisible();
});

test('the same scan on the ID step replaces the digits typed; "Không phải, nhập lại" empties it', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await tapButton(page, 'Quản lý thiết bị');
  await expect(h1).toHaveText('Nhập số định danh cá nhân');
  await expect(page.getByRole('button', { name: 'Quét mã QR trên thẻ căn cước' })).toBeVisible();
  await tapDigits(page, '042');
  await scanWithWedge(page, AN_TEXT);
  await expect(h1).toHaveText('Đúng là thẻ của ông/bà?');
  await expect(page.getByText(PEOPLE.an.masked, { exact: true })).toBeVisible();
  // The SMS code is the second way, as on step 3.
  await expect(page.getByRole('button', { name: 'Đúng, nhận mã qua tin nhắn SMS' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đúng, cán bộ xác nhận thẻ' })).toHaveCount(0);

  await tapButton(page, 'Không phải, nhập lại');
  await expect(h1).toHaveText('Nhập số định danh cá nhân');
  await expect(page.getByRole('status')).toContainText('Đã nhập 0/12 chữ số');
});

const BAD_SCANS = [
  {
    what: 'a URL',
    text: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    says: 'Mã vừa quét là địa chỉ một trang web, không phải mã QR trên thẻ căn cước.',
  },
  {
    what: 'a damaged code',
    text: `${PEOPLE.an.idNumber}||Nguyen Van An|12051990`,
    says: 'Chưa đọc được trọn mã QR trên thẻ. Xin quét lại',
  },
  {
    what: 'a card whose ID number fails its rules',
    text: cardQrText({ ...CARDS.an, idNumber: '999090012345' }),
    says: 'Số định danh đọc từ thẻ không hợp lệ.',
  },
  {
    what: 'an impossible date of birth',
    text: AN_TEXT.replace('|12051990|', '|31021990|'),
    says: 'Ngày sinh trong mã vừa quét không phải một ngày có thật.',
  },
  {
    what: 'a birth year the number disagrees with',
    text: cardQrText({ ...CARDS.an, dateOfBirth: '1991-05-12' }),
    says: 'số định danh ứng với năm sinh 1990, nhưng ngày sinh là năm 1991',
  },
] as const;

test('each bad scan says why, and changes nothing typed', async ({ page, kiosk }) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await tapButton(page, 'Quản lý thiết bị');
  await tapDigits(page, '0010');
  for (const [index, scan] of BAD_SCANS.entries()) {
    await test.step(scan.what, async () => {
      await scanWithWedge(page, scan.text);
      await expect(page.getByRole('alert')).toContainText(scan.says);
      await expect(h1).toHaveText('Nhập số định danh cá nhân');
      // The digits typed, read out before the count: still 0010, not the scan's.
      await expect(page.getByRole('status')).toContainText('001 0. Đã nhập 4/12 chữ số');
      if (index === 0) await checkScreen(page, '101-card-scan-not-a-card');
    });
  }
  // And on Welcome: the message, nothing else.
  await tapButton(page, 'Quay lại');
  await expect(h1).toHaveText('Xin chào ông/bà');
  await scanWithWedge(page, BAD_SCANS[1].text);
  await expect(page.getByRole('alert')).toContainText(BAD_SCANS[1].says);
  await expect(h1).toHaveText('Xin chào ông/bà');
  await checkScreen(page, '102-welcome-scan-damaged');
});

test('a receipt reference scanned on Welcome offers the lookup, which opens with it looked up', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await scanWithWedge(page, 'ABCDE-12345');
  const offer = page.getByRole('dialog', { name: 'Đây là mã tra cứu trên phiếu hẹn.' });
  await expect(offer).toContainText('Mã ABCDE-12345.');
  await checkScreen(page, '103-scan-reference-offer');
  await offer.getByRole('button', { name: 'Tra cứu yêu cầu này' }).tap();
  await expect(h1).toHaveText('Tra cứu yêu cầu');
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy yêu cầu nào với mã này.');
  await expect(page.getByRole('status')).toContainText('Đã nhập 10/10 ký tự');
});

test.describe('idle', () => {
  test.use({ kioskEnv: { KIOSK_CITIZEN_IDLE_SECONDS: '5' } });

  test('the idle wipe takes the scanned card with it', async ({ page, kiosk }) => {
    const h1 = heading(page);
    await openKiosk(page, kiosk);
    await scanWithWedge(page, AN_TEXT);
    await expect(h1).toHaveText('Đúng là thẻ của ông/bà?');
    await expect(h1).toHaveText('Thông tin của ông/bà đã được xóa', { timeout: 20_000 });
    await expect(page.getByText(PEOPLE.an.masked)).toHaveCount(0);
    await tapButton(page, 'Về màn hình đầu');
    await tapButton(page, 'Quản lý thiết bị');
    await expect(page.getByRole('status')).toContainText('Đã nhập 0/12 chữ số');
  });
});

test.describe('the national system down', () => {
  test.use({ kioskEnv: { UPSTREAM_DROP_RATE: '1' } });

  test('a citizen alone who scans a card on Welcome hears that it needs the connection', async ({
    page,
    kiosk,
  }) => {
    test.setTimeout(90_000);
    const h1 = heading(page);
    await openKiosk(page, kiosk);
    await expect(page.getByRole('button', { name: 'Quản lý thiết bị', exact: true })).toBeDisabled({
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Quét mã QR trên thẻ căn cước' })).toBeDisabled();
    await scanWithWedge(page, AN_TEXT);
    await expect(page.getByRole('alert')).toContainText(
      'Đã đọc được thẻ, nhưng máy đang mất kết nối với hệ thống định danh quốc gia',
    );
    await expect(h1).toHaveText('Xin chào ông/bà');
    await expect(page.getByText(PEOPLE.an.masked)).toHaveCount(0);
    await checkScreen(page, '104-welcome-scan-offline');
  });
});
