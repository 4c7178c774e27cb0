import {
  checkScreen,
  expect,
  heading,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  signInStaff,
  test,
} from './kioskPage.js';

/*
 * The renderer's idle countdown runs on the page's clock, which Playwright's fake clock drives
 * here: the test jumps over the inactivity instead of waiting it out. The core's own timers
 * (KIOSK_*_IDLE_SECONDS on the web host) are real and are tested in the second describe block.
 */
test.describe('the renderer’s countdown (self-service: 90 s)', () => {
  test('"Ông/bà còn ở đây không?", "Tiếp tục" keeps the citizen; then silence wipes every trace', async ({
    page,
    kiosk,
  }) => {
    const h1 = heading(page);
    await page.clock.install();
    await openKiosk(page, kiosk);
    await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);
    await expect(h1).toHaveText('Quản lý thiết bị');
    await expect(page.getByText(PEOPLE.an.name)).toBeVisible();

    // 62 s without a touch: the warning shows for the last 30 s of the 90.
    await page.clock.fastForward(62_000);
    const dialog = page.getByRole('dialog', { name: 'Ông/bà còn ở đây không?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Tiếp tục' })).toBeFocused();
    await expect(dialog).toContainText('máy sẽ xóa thông tin của ông/bà');
    // The citizen's data behind the countdown is blurred, and out of reach of touch and screen readers.
    const main = page.locator('main');
    await expect(main).toHaveAttribute('inert', '');
    await expect(main).toHaveAttribute('aria-hidden', 'true');
    await expect(main).toHaveCSS('filter', /blur\(\d+px\)/);
    await expect(page.getByRole('heading', { name: 'Quản lý thiết bị' })).toHaveCount(0);
    await expect(page.getByRole('dialog').getByText(PEOPLE.an.name)).toHaveCount(0);
    // About 25 s of the countdown are left, in real time: enough for the checks and the pictures.
    await checkScreen(page, '90-idle-warning');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).tap();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(PEOPLE.an.name)).toBeVisible();
    await expect(main).not.toHaveAttribute('inert');
    await expect(main).toHaveCSS('filter', 'none');

    const ended = page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/invoke') && request.postData()?.includes('"session.end"') === true,
    );
    await page.clock.fastForward(95_000);
    await expect(h1).toHaveText('Thông tin của ông/bà đã được xóa');
    await ended;
    await expect(page.getByText(PEOPLE.an.name)).toHaveCount(0);
    await expect(page.getByText(PEOPLE.an.masked)).toHaveCount(0);
    await expect(page.getByText('Samsung Galaxy A52')).toHaveCount(0);
    await checkScreen(page, '91-wiped');

    await page.clock.fastForward(7_000);
    await expect(h1).toHaveText('Xin chào ông/bà');
  });

  test('staff get their own words and a longer countdown (60 s of the 300), and are signed out at its end', async ({
    page,
    kiosk,
  }) => {
    const h1 = heading(page);
    await page.clock.install();
    await openKiosk(page, kiosk);
    await signInStaff(page);
    await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();
    await page.clock.fastForward(245_000);
    const dialog = page.getByRole('dialog', { name: 'Cán bộ còn làm việc không?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('máy sẽ đăng xuất cán bộ');
    await expect(dialog).not.toContainText('thông tin của ông/bà');
    await expect(dialog.getByRole('button', { name: 'Đăng xuất ngay' })).toBeVisible();
    // More than a citizen's 30 s are left.
    const left = Number(await dialog.locator('.idle-dialog__count').textContent());
    expect(left).toBeGreaterThan(30);
    expect(left).toBeLessThanOrEqual(60);
    await checkScreen(page, '92-idle-warning-staff');
    await page.clock.fastForward(61_000);
    await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toHaveCount(0);
    await expect(h1).toHaveText(/Xin chào ông\/bà|Thông tin của ông\/bà đã được xóa/);
  });

  test('a half-typed ID number is wiped too, and English falls back to Vietnamese', async ({
    page,
    kiosk,
  }) => {
    const h1 = heading(page);
    await page.clock.install();
    await openKiosk(page, kiosk);
    await page.getByRole('button', { name: 'Switch the screen to English' }).tap();
    await page.getByRole('button', { name: 'Manage devices', exact: true }).tap();
    await page.keyboard.type('0010900');
    await expect(page.getByRole('status')).toContainText('001 090 0');
    await page.clock.fastForward(91_000);
    await expect(h1).toHaveText('Thông tin của ông/bà đã được xóa');
    await page.clock.fastForward(7_000);
    await expect(h1).toHaveText('Xin chào ông/bà');
    await page.getByRole('button', { name: 'Quản lý thiết bị', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText('Đã nhập 0/12 chữ số');
  });
});

test.describe('the core’s own timers', () => {
  test.use({ kioskEnv: { KIOSK_CITIZEN_IDLE_SECONDS: '5', KIOSK_STAFF_IDLE_SECONDS: '8' } });

  test('the core ends an abandoned session (session.ended) and signs idle staff out: the screen follows', async ({
    page,
    kiosk,
  }) => {
    const h1 = heading(page);
    // The page's clock stands still, so only the core's timers can end anything here.
    // Installed at a set instant and paused a little later: pausing at "now" raced the installed
    // clock, which had already moved past the test's Date.now() on a busy machine.
    const start = Date.now();
    await page.clock.install({ time: start });
    await page.clock.pauseAt(start + 2_000);
    await openKiosk(page, kiosk);
    await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);
    await expect(page.getByText(PEOPLE.an.name)).toBeVisible();
    // The core waits twice the renderer's 5 s, so the renderer's countdown always comes first.
    await expect(h1).toHaveText('Thông tin của ông/bà đã được xóa', { timeout: 20_000 });
    await expect(page.getByText(PEOPLE.an.name)).toHaveCount(0);

    await page.getByRole('button', { name: 'Về màn hình đầu' }).tap();
    await signInStaff(page);
    await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toBeVisible();
    await expect(page.getByText('Chế độ hỗ trợ — Cán bộ CB01')).toHaveCount(0, { timeout: 20_000 });
    await expect(h1).toHaveText(/Xin chào ông\/bà|Thông tin của ông\/bà đã được xóa/);
    await expect(page.getByRole('button', { name: /^Cán bộ/ })).toBeVisible();
  });
});
