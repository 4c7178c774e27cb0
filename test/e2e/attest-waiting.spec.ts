import {
  checkScreen,
  expect,
  heading,
  identifyUpToMethod,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  test,
} from './kioskPage.js';

/*
 * A staff member the national system has not registered yet may sign in, but not attest a card
 * (issue 10). The demo staff member is registered, so only the core's answer to
 * `session.attestByStaff` is replaced here; the screen words it from its code alone.
 */
test('attesting as staff still waiting for registration says why, in plain words, in both languages', async ({
  page,
  kiosk,
}) => {
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method?: string };
    if (body.method !== 'session.attestByStaff') return route.fallback();
    return route.fulfill({
      json: {
        ok: false,
        error: {
          code: 'STAFF_NOT_REGISTERED',
          message: 'unrelated English text the screen must not show',
          details: { staffId: 'CB01' },
        },
      },
    });
  });
  await openKiosk(page, kiosk);
  await signInStaff(page);
  await identifyUpToMethod(page, 'Quản lý thiết bị', PEOPLE.an);
  await tapButton(page, 'Cán bộ kiểm tra thẻ căn cước');
  await page.getByRole('checkbox', { name: 'Tôi đã kiểm tra thẻ căn cước' }).tap();
  await tapButton(page, 'Xác nhận');

  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    '!Tài khoản cán bộ đang chờ đăng ký với hệ thống quốc gia; chưa thể xác nhận thẻ. Hãy thử lại khi có kết nối.',
  );
  await expect(heading(page)).toHaveText('Cán bộ xác nhận danh tính');
  await expect(page.getByText('unrelated English text')).toHaveCount(0);
  await checkScreen(page, '44-attest-not-registered');

  await page.getByRole('button', { name: 'Switch the screen to English' }).tap();
  await expect(alert).toContainText(
    'This staff account is waiting to be registered with the national system, so the card cannot be confirmed yet.',
  );
});
