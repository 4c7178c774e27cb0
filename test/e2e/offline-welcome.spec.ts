import type { Page } from '@playwright/test';
import {
  checkScreen,
  expect,
  heading,
  identifyUpToMethod,
  openKiosk,
  PEOPLE,
  tapButton,
  test,
} from './kioskPage.js';

/*
 * Issue 12 §3: offline is said at the first step, once. The connection is unknown until the
 * national system first answers; only a known outage says "offline".
 */

const OFFLINE_TITLE = 'Máy đang mất kết nối với hệ thống định danh quốc gia';
const NEEDS_CONNECTION = ['Quản lý thiết bị', 'Hủy liên kết thiết bị', 'Mở khóa tài khoản'];

function welcomeOfflineNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: OFFLINE_TITLE });
}

/** Any way the kiosk says it has no connection: Welcome's notice or the banner. */
function anyOfflineWords(page: Page) {
  return page.getByText(/mất kết nối/i);
}

test.describe('the national system down from the start', () => {
  test.use({ kioskEnv: { UPSTREAM_DROP_RATE: '1' } });

  test('Welcome says so before any typing, offers what still works, and clears when the connection is back', async ({
    page,
    kiosk,
  }) => {
    test.setTimeout(90_000);
    await openKiosk(page, kiosk);
    const notice = welcomeOfflineNotice(page);

    await test.step('One message: what needs the connection, what still works, who can help', async () => {
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('tra cứu yêu cầu đã làm tại máy này');
      await expect(notice).toContainText('xem hướng dẫn trên điện thoại');
      await expect(notice).toContainText('xin nhờ cán bộ hỗ trợ');
      // No banner on top of it.
      await expect(page.locator('.sync-banner')).toHaveCount(0);
      for (const task of NEEDS_CONNECTION) {
        await expect(page.getByRole('button', { name: task, exact: true })).toBeDisabled();
      }
      await expect(page.getByText('Cần kết nối. Lúc này chưa làm được.')).toHaveCount(3);
      await expect(page.getByRole('button', { name: 'Tra cứu yêu cầu', exact: true })).toBeEnabled();
      await expect(
        page.getByRole('button', { name: 'Hướng dẫn trên điện thoại', exact: true }),
      ).toBeEnabled();
      await checkScreen(page, '60-welcome-offline');
    });

    await test.step('A tap on a task that needs the connection types nothing', async () => {
      await page.getByRole('button', { name: 'Quản lý thiết bị', exact: true }).tap({ force: true });
      await expect(heading(page)).toHaveText('Xin chào ông/bà');
      await expect(page.getByRole('group', { name: 'Bàn phím số' })).toHaveCount(0);
    });

    await test.step('The guide still opens; "do it here" leads back to the explanation', async () => {
      await tapButton(page, 'Hướng dẫn trên điện thoại');
      await expect(heading(page)).not.toHaveText('Xin chào ông/bà');
      await tapButton(page, 'Làm ngay tại máy này');
      await expect(heading(page)).toHaveText('Xin chào ông/bà');
      await expect(notice).toBeVisible();
    });

    await test.step('The connection returns: the notice goes by itself, the tasks come back', async () => {
      await kiosk.setFaults({ dropRate: 0 });
      // While offline the kiosk probes every 15 s.
      await expect(notice).toHaveCount(0, { timeout: 30_000 });
      await expect(anyOfflineWords(page)).toHaveCount(0);
      for (const task of NEEDS_CONNECTION) {
        await expect(page.getByRole('button', { name: task, exact: true })).toBeEnabled();
      }
      await expect(page.getByText('Xin chọn việc cần làm')).toBeVisible();
    });
  });
});

test.describe('the national system slow to answer at start', () => {
  // The kiosk's first probe is answered only after 3 s: until then the connection is unknown.
  test.use({ kioskEnv: { UPSTREAM_LATENCY_MS: '3000' } });

  test('no offline message at start while the kiosk has not heard yet, and a tap goes ahead', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    // Sampled, not awaited: a retried `toHaveCount(0)` would also pass once a wrong "offline" went away.
    for (let sample = 0; sample < 8; sample += 1) {
      expect(await anyOfflineWords(page).count()).toBe(0);
      await page.waitForTimeout(250);
    }
    for (const task of NEEDS_CONNECTION) {
      await expect(page.getByRole('button', { name: task, exact: true })).toBeEnabled();
    }
    await checkScreen(page, '61-welcome-connection-not-yet-known');
    await expect(anyOfflineWords(page)).toHaveCount(0);
    await tapButton(page, 'Quản lý thiết bị');
    await expect(heading(page)).toHaveText('Nhập số định danh cá nhân');
    await expect(anyOfflineWords(page)).toHaveCount(0);
  });
});

test('the SMS step offline: one message and "Quay lại", no pad and no "Gửi lại mã"', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await expect(anyOfflineWords(page)).toHaveCount(0);
  await identifyUpToMethod(page, 'Quản lý thiết bị', PEOPLE.an);
  await kiosk.setFaults({ dropRate: 1 });
  await tapButton(page, 'Mã qua tin nhắn (SMS)');
  await expect(heading(page)).toHaveText('Nhập mã qua tin nhắn');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Hiện chưa gửi được mã');
  await expect(alert).toHaveCount(1);
  await expect(page.locator('.sync-banner')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Bàn phím số' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Gửi lại mã/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Quay lại', exact: true })).toBeVisible();
  await checkScreen(page, '62-otp-offline');

  await tapButton(page, 'Quay lại');
  await expect(heading(page)).toHaveText('Chọn cách xác minh');
  // Back at Welcome the same outage is said there, once.
  for (let step = 0; step < 3; step += 1) await tapButton(page, 'Quay lại');
  await expect(heading(page)).toHaveText('Xin chào ông/bà');
  await expect(welcomeOfflineNotice(page)).toBeVisible();
  await expect(page.locator('.sync-banner')).toHaveCount(0);
});
