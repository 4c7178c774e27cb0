import {
  checkScreen,
  expect,
  heading,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';
import { cardQrText } from '../../shared/card/cardQr.js';
import { CARDS, scanWithWedge } from './scanner.js';

test('staff attest Bình’s card by a scan: no retyping, the tick box still required, the source recorded', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();
  await expect(h1).toHaveText('Xin chào ông/bà');

  await scanWithWedge(page, cardQrText(CARDS.binh));
  await expect(h1).toHaveText('Đúng là thẻ của ông/bà?');
  // For staff: the whole number and the name (as the scanner typed it: folded to ASCII), never the address.
  await expect(page.getByText('042 195 001234', { exact: true })).toBeVisible();
  await expect(page.getByText('Tran Thi Binh', { exact: true })).toBeVisible();
  await expect(page.getByText('15/09/2022', { exact: true })).toBeVisible();
  await expect(page.getByText(/Cam Xuyen|Cẩm Xuyên/)).toHaveCount(0);
  await checkScreen(page, '110-card-check-staff');

  await page.getByRole('button', { name: 'Đúng, cán bộ xác nhận thẻ' }).tap();
  await expect(h1).toHaveText('Cán bộ xác nhận danh tính');
  await expect(
    page.getByText('Số định danh và ngày sinh được đọc từ mã QR trên thẻ căn cước (ngày cấp 15/09/2022).', {
      exact: false,
    }),
  ).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Xác nhận' });
  await expect(confirm).toBeDisabled();
  await checkScreen(page, '111-attest-from-card');

  const attested = page.waitForRequest(
    (request) =>
      request.url().endsWith('/api/invoke') &&
      request.postData()?.includes('"session.attestByStaff"') === true,
  );
  const box = page.getByRole('checkbox', { name: 'Tôi đã kiểm tra thẻ căn cước' });
  await box.tap();
  await expect(box).toBeChecked();
  // The tick box keeps the focus: a scan is still heard there, and its space never toggles it.
  await expect(box).toBeFocused();
  await scanWithWedge(page, 'KIOSK TEST');
  await expect(page.getByRole('alert')).toContainText('Mã vừa quét không phải mã QR trên thẻ căn cước.');
  await expect(box).toBeChecked();
  await confirm.tap();
  const body = (await attested).postData() ?? '';
  expect(body).toContain('"card":{"source":"card-qr","issuedOn":"2022-09-15"}');
  expect(body).not.toMatch(/Tran Thi Binh|Cam Xuyen|fullName|address/);
  await expect(h1).toHaveText('Tài khoản của ông/bà');
  await expect(page.getByText(PEOPLE.binh.name).first()).toBeVisible();
});

test('a scan turned away, then the number typed by hand: the attestation says nothing of a card', async ({
  page,
  kiosk,
}) => {
  const h1 = heading(page);
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await expect(h1).toHaveText('Xin chào ông/bà');
  await tapButton(page, 'Quản lý thiết bị');
  await expect(h1).toHaveText('Nhập số định danh cá nhân');
  await scanWithWedge(page, cardQrText(CARDS.binh));
  await expect(h1).toHaveText('Đúng là thẻ của ông/bà?');
  await tapButton(page, 'Không phải, nhập lại');
  await expect(h1).toHaveText('Nhập số định danh cá nhân');
  // The same facts, typed: they are no longer the card's.
  await tapDigits(page, PEOPLE.binh.idNumber);
  await tapButton(page, 'Tiếp tục');
  await expect(h1).toHaveText('Nhập ngày sinh');
  await tapDigits(page, PEOPLE.binh.dob);
  await tapButton(page, 'Tiếp tục');
  await expect(h1).toHaveText('Chọn cách xác minh');
  await tapButton(page, 'Cán bộ kiểm tra thẻ căn cước');
  await expect(h1).toHaveText('Cán bộ xác nhận danh tính');
  await expect(page.getByText('được đọc từ mã QR trên thẻ căn cước')).toHaveCount(0);
  await expect(page.getByText('Tran Thi Binh')).toHaveCount(0);
  const attested = page.waitForRequest(
    (request) =>
      request.url().endsWith('/api/invoke') &&
      request.postData()?.includes('"session.attestByStaff"') === true,
  );
  await page.getByRole('checkbox', { name: 'Tôi đã kiểm tra thẻ căn cước' }).tap();
  await page.getByRole('button', { name: 'Xác nhận' }).tap();
  expect((await attested).postData() ?? '').not.toContain('card-qr');
  await expect(h1).toHaveText('Quản lý thiết bị');
});
