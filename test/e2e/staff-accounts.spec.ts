import type { Page } from '@playwright/test';
import {
  checkScreen,
  expect,
  heading,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  tapDigits,
  test,
} from './kioskPage.js';

/*
 * Staff accounts (issue 11 §4) on the web host in demo mode: the demo supervisor CB01 enrols
 * CB09, who sets a PIN with the one-time setup code and works; disabled, CB09 is refused. The
 * core refuses a staff member's supervisor call and a citizen's staff call through the same
 * HTTP bridge the page uses, and nothing changes.
 */

const NEW_MEMBER = { staffId: 'CB09', name: 'Trần Văn Chín', pin: '480715' } as const;
const shot = (name: string) => `staff-accounts/${name}`;

interface BridgeAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string };
}

/** A call as the page makes it (POST /api/invoke with the session cookie), not through a screen. */
async function invoke(page: Page, method: string, args: unknown): Promise<BridgeAnswer> {
  return page.evaluate(
    async ([name, body]) => {
      const answer = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: name, args: body }),
      });
      return (await answer.json()) as BridgeAnswer;
    },
    [method, args] as const,
  );
}

async function openOfficePage(page: Page, name: string, title = name): Promise<void> {
  await tapButton(page, 'Quản trị');
  await tapButton(page, name);
  await expect(heading(page)).toHaveText(title);
}

async function signOut(page: Page): Promise<void> {
  await tapButton(page, 'Đăng xuất');
  await expect(heading(page)).toHaveText('Xin chào ông/bà');
}

function memberCard(page: Page, staffId: string) {
  return page.getByRole('listitem').filter({ hasText: staffId });
}

test('a supervisor enrols a member, who sets a PIN with the setup code and works; disabled, they are refused', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(300_000);
  await openKiosk(page, kiosk);
  let setupCode = '';

  await test.step('The supervisor opens “Quản lý cán bộ”: the members with their status', async () => {
    await signInStaff(page);
    await openOfficePage(page, 'Quản lý cán bộ');
    const own = memberCard(page, 'CB01');
    await expect(own).toContainText('Cán bộ Nguyễn Thị Hoa');
    await expect(own).toContainText('(đang đăng nhập)');
    await expect(own).toContainText('Cán bộ phụ trách');
    await expect(own).toContainText('Đang hoạt động');
    // Nobody acts on their own account here: their PIN is changed from "Đổi mã PIN".
    await expect(own.getByRole('button')).toHaveCount(0);
    await checkScreen(page, shot('01-list'));
  });

  await test.step('“Thêm cán bộ”: the ID on the letter pad, then name and role', async () => {
    await tapButton(page, 'Thêm cán bộ');
    await expect(heading(page)).toHaveText('Nhập mã cán bộ');
    await tapDigits(page, 'CB0', 'Bàn phím chữ và số');
    await tapButton(page, 'Tiếp tục');
    await expect(page.getByRole('alert')).toContainText('Mã cán bộ gồm 2 đến 4 chữ cái');
    await tapDigits(page, '9', 'Bàn phím chữ và số');
    await checkScreen(page, shot('02-enrol-id'));
    await tapButton(page, 'Tiếp tục');
    await expect(heading(page)).toHaveText('Họ và tên cán bộ');
    await tapButton(page, 'Thêm và cấp mã cài đặt');
    await expect(page.getByRole('alert')).toHaveText(/Xin nhập họ và tên cán bộ/);
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill(NEW_MEMBER.name);
    await expect(page.getByRole('radio', { name: 'Cán bộ', exact: true })).toBeChecked();
    await checkScreen(page, shot('03-enrol-details'));
    await tapButton(page, 'Thêm và cấp mã cài đặt');
  });

  await test.step('The setup code, large and once, with its expiry', async () => {
    await expect(heading(page)).toHaveText('Mã cài đặt');
    await expect(page.getByText(`Cho ${NEW_MEMBER.name} (${NEW_MEMBER.staffId})`)).toBeVisible();
    await expect(page.getByText(/^Dùng được một lần, đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/)).toBeVisible();
    await expect(page.getByText(/^Mã chỉ hiện một lần/)).toBeVisible();
    const shown = (await page.getByTestId('setup-code').textContent()) ?? '';
    expect(shown).toMatch(/^\d{4} \d{4}$/);
    setupCode = shown.replace(' ', '');
    await checkScreen(page, shot('04-setup-code'));
    await tapButton(page, 'Đã đưa mã cho cán bộ');
    await expect(heading(page)).toHaveText('Quản lý cán bộ');
    await expect(memberCard(page, NEW_MEMBER.staffId)).toContainText('Chờ đặt mã PIN');
    await expect(memberCard(page, NEW_MEMBER.staffId)).toContainText(/Mã cài đặt dùng được đến/);
    // The code is not shown again anywhere.
    await expect(page.getByText(shown)).toHaveCount(0);
    await checkScreen(page, shot('05-list-awaiting'));
    await signOut(page);
  });

  await test.step('The new member: first sign-in with the code; a weak PIN is refused first', async () => {
    await page.getByRole('button', { name: /^Cán bộ/ }).tap();
    await expect(heading(page)).toHaveText('Nhập mã cán bộ');
    await checkScreen(page, shot('06-sign-in-id-with-setup-path'));
    await tapButton(page, 'Lần đầu đăng nhập / có mã cài đặt');
    await expect(page.getByText('Đặt mã PIN bằng mã cài đặt')).toBeVisible();
    await tapDigits(page, NEW_MEMBER.staffId, 'Bàn phím chữ và số');
    await tapButton(page, 'Tiếp tục');
    await expect(heading(page)).toHaveText('Nhập mã cài đặt');
    await tapDigits(page, setupCode);
    await expect(page.getByText('Đã nhập 8/8 chữ số')).toBeVisible();
    await checkScreen(page, shot('07-setup-code-entry'));
    await tapButton(page, 'Tiếp tục');
    await expect(heading(page)).toHaveText('Đặt mã PIN mới');
    await tapDigits(page, '123456');
    await tapButton(page, 'Tiếp tục');
    await expect(page.getByRole('alert')).toHaveText(/không được là dãy số liền nhau/);
    await expect(heading(page)).toHaveText('Đặt mã PIN mới');
    await checkScreen(page, shot('08-weak-pin'));
    await tapDigits(page, NEW_MEMBER.pin);
    await tapButton(page, 'Tiếp tục');
    await expect(heading(page)).toHaveText('Nhập lại mã PIN mới');
    await tapDigits(page, NEW_MEMBER.pin);
    await checkScreen(page, shot('09-pin-again'));
    await tapButton(page, 'Tiếp tục');
    await expect(page.getByText(`Chế độ hỗ trợ — Cán bộ ${NEW_MEMBER.staffId}`)).toBeVisible();
  });

  await test.step('…and works: the office menu without “Quản lý cán bộ”, the sync desk opens', async () => {
    await tapButton(page, 'Quản trị');
    await expect(page.getByRole('button', { name: 'Đồng bộ', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Đổi mã PIN', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quản lý cán bộ', exact: true })).toHaveCount(0);
    await tapButton(page, 'Đồng bộ');
    await expect(heading(page)).toHaveText('Đồng bộ');
  });

  await test.step('Staff calling a supervisor method through the bridge: refused, nothing changes', async () => {
    for (const [method, args] of [
      ['staffAdmin.list', {}],
      ['staffAdmin.enrol', { staffId: 'CB10', displayName: 'Mười', role: 'supervisor' }],
      ['staffAdmin.setEnabled', { staffId: 'CB01', enabled: false }],
      ['staffAdmin.setRole', { staffId: NEW_MEMBER.staffId, role: 'supervisor' }],
      ['staffAdmin.resetPin', { staffId: 'CB01' }],
    ] as const) {
      expect(await invoke(page, method, args), method).toMatchObject({
        ok: false,
        error: { code: 'SUPERVISOR_REQUIRED' },
      });
    }
    await signOut(page);
  });

  await test.step('A citizen calling staff methods through the bridge: refused, nothing changes', async () => {
    await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);
    await expect(page.getByText(PEOPLE.an.masked).first()).toBeVisible();
    for (const [method, args] of [
      ['staffAdmin.list', {}],
      ['staffAdmin.enrol', { staffId: 'CB10', displayName: 'Mười', role: 'supervisor' }],
      ['staffAdmin.setEnabled', { staffId: 'CB01', enabled: false }],
      ['staff.changePin', { currentPin: '2468', newPin: '592846', newPinAgain: '592846' }],
    ] as const) {
      expect(await invoke(page, method, args), method).toMatchObject({
        ok: false,
        error: { code: 'STAFF_REQUIRED' },
      });
    }
    expect(await invoke(page, 'session.end', {})).toMatchObject({ ok: true });
    await expect(heading(page)).toHaveText('Xin chào ông/bà');
  });

  await test.step('The supervisor finds everything as it was, and disables the member', async () => {
    await signInStaff(page);
    await openOfficePage(page, 'Quản lý cán bộ');
    await expect(page.getByRole('listitem')).toHaveCount(2);
    await expect(memberCard(page, 'CB01')).toContainText('Đang hoạt động');
    await expect(memberCard(page, 'CB01')).toContainText('Cán bộ phụ trách');
    const member = memberCard(page, NEW_MEMBER.staffId);
    await expect(member).toContainText('Đang hoạt động');
    await expect(member.getByText('Cán bộ', { exact: true })).toBeVisible();
    await member.getByRole('button', { name: 'Tạm khóa' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Tạm khóa tài khoản?' });
    await expect(dialog).toContainText(`${NEW_MEMBER.name} (${NEW_MEMBER.staffId}) sẽ không đăng nhập được`);
    await checkScreen(page, shot('10-confirm-disable'));
    await dialog.getByRole('button', { name: 'Tạm khóa' }).tap();
    await expect(page.getByText(`Đã tạm khóa ${NEW_MEMBER.staffId}.`)).toBeVisible();
    await expect(member).toContainText('Đã tạm khóa');
    await expect(member.getByRole('button', { name: 'Mở lại' })).toBeVisible();
    await checkScreen(page, shot('11-disabled'));
  });

  await test.step('English one tap away on the same list', async () => {
    await tapButton(page, 'Switch the screen to English');
    await expect(heading(page)).toHaveText('Staff accounts');
    await expect(memberCard(page, NEW_MEMBER.staffId)).toContainText('Disabled');
    await checkScreen(page, shot('12-list-english'));
    await tapButton(page, 'Chuyển màn hình sang tiếng Việt');
    await signOut(page);
  });

  await test.step('The disabled member’s sign-in is refused', async () => {
    await page.getByRole('button', { name: /^Cán bộ/ }).tap();
    await tapDigits(page, NEW_MEMBER.staffId, 'Bàn phím chữ và số');
    await tapButton(page, 'Tiếp tục');
    await tapDigits(page, NEW_MEMBER.pin);
    await tapButton(page, 'Tiếp tục');
    await expect(page.getByRole('alert')).toHaveText(/Tài khoản cán bộ này đang tạm khóa/);
    await expect(heading(page)).toHaveText('Nhập mã PIN');
    await checkScreen(page, shot('13-disabled-refused'));
  });
});

test('every member changes their own PIN from “Đổi mã PIN”', async ({ page, kiosk }) => {
  test.setTimeout(180_000);
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await openOfficePage(page, 'Đổi mã PIN', 'Nhập mã PIN hiện tại');
  await tapDigits(page, '2468');
  await checkScreen(page, shot('20-own-current-pin'));
  await tapButton(page, 'Tiếp tục');
  await expect(heading(page)).toHaveText('Đặt mã PIN mới');
  await tapDigits(page, '111111');
  await tapButton(page, 'Tiếp tục');
  await expect(page.getByRole('alert')).toHaveText(/không được gồm 6 chữ số giống nhau/);
  await tapDigits(page, NEW_MEMBER.pin);
  await tapButton(page, 'Tiếp tục');
  await tapDigits(page, NEW_MEMBER.pin);
  await tapButton(page, 'Tiếp tục');
  await expect(page.getByText('Đã đổi mã PIN. Lần đăng nhập sau, xin dùng mã PIN mới.')).toBeVisible();
  await checkScreen(page, shot('21-own-pin-changed'));
  await tapButton(page, 'Về màn hình chính');
  await signOut(page);
  await signInStaff(page, NEW_MEMBER.pin);
  await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();
});
