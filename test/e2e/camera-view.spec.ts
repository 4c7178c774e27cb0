import { writeFakeCameraFile } from './fakeCamera.js';
import {
  breakCamera,
  CAMERA_BUTTON,
  cameraTracks,
  keepStreams,
  openCamera,
  requestsLeavingTheKiosk,
  withFakeCamera,
} from './cameraPage.js';
import {
  checkScreen,
  collectPageProblems,
  expect,
  heading,
  openKiosk,
  tapButton,
  test,
} from './kioskPage.js';

/*
 * The camera's live view (issue 13): Chromium's fake camera shows a blank white card, so the
 * view stays open to be looked at and cancelled.
 */
const blankCard = writeFakeCameraFile('blank-card', null);
test.use(withFakeCamera(blankCard));

test('shows the picture with its frame and "Hủy", in both orientations; "Hủy" turns the camera off', async ({
  page,
  kiosk,
}) => {
  const problems = collectPageProblems(page);
  const outside = requestsLeavingTheKiosk(page, kiosk);
  await openCamera(page, kiosk);
  const view = page.getByRole('dialog', { name: CAMERA_BUTTON });
  // Live: the first frame is drawn, and "Đang mở camera…" is gone.
  await expect(view.getByRole('status')).toHaveCount(0);
  await expect(view.getByText('Đưa mã QR trên thẻ vào giữa khung vuông')).toBeVisible();
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 1 });
  await checkScreen(page, '13-camera-live-view');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await checkScreen(page, '13-camera-live-view-portrait-first');
  await page.setViewportSize({ width: 1920, height: 1080 });

  await view.getByRole('button', { name: 'Hủy', exact: true }).tap();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Xin chào ông/bà');
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test('Escape is "Hủy" too, and a second opening turns the camera on and off again', async ({
  page,
  kiosk,
}) => {
  await openCamera(page, kiosk);
  await expect(page.getByRole('dialog').getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });
  await tapButton(page, CAMERA_BUTTON);
  await expect(page.getByRole('dialog').getByRole('status')).toHaveCount(0);
  expect(await cameraTracks(page)).toEqual({ opened: 2, live: 1 });
  await tapButton(page, 'Hủy');
  expect(await cameraTracks(page)).toEqual({ opened: 2, live: 0 });
});

test('a camera refused, missing or busy is said in Vietnamese, with "Hủy" still there', async ({
  page,
  kiosk,
}) => {
  const view = page.getByRole('dialog', { name: CAMERA_BUTTON });
  const cancel = view.getByRole('button', { name: 'Hủy', exact: true });

  await test.step('refused: no permission for this page', async () => {
    await openCamera(page, kiosk, { grant: false });
    await expect(view.getByRole('alert')).toHaveText(
      '!Máy chưa được phép dùng camera. Xin nhờ cán bộ giúp, hoặc bấm "Hủy" để nhập số bằng tay.',
    );
    await expect(view.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    await checkScreen(page, '13-camera-refused');
    await cancel.tap();
    await expect(view).toHaveCount(0);
  });

  await test.step('no camera', async () => {
    await breakCamera(page, 'NotFoundError');
    await page.reload();
    await tapButton(page, CAMERA_BUTTON);
    await expect(view.getByRole('alert')).toContainText('Không tìm thấy camera của máy.');
    await cancel.tap();
  });

  await test.step('busy, with "Thử lại"', async () => {
    await breakCamera(page, 'NotReadableError');
    await page.reload();
    await tapButton(page, CAMERA_BUTTON);
    await expect(view.getByRole('alert')).toContainText('Camera đang bận hoặc bị lỗi.');
    await view.getByRole('button', { name: 'Thử lại' }).tap();
    await expect(view.getByRole('alert')).toContainText('Camera đang bận hoặc bị lỗi.');
    await checkScreen(page, '13-camera-busy');
    await cancel.tap();
    await expect(view).toHaveCount(0);
    await expect(heading(page)).toHaveText('Xin chào ông/bà');
  });
});

test('a view nobody touches closes itself after 90 s, and the camera with it', async ({ page, kiosk }) => {
  // Welcome has no idle wipe: without this a citizen who walked away would leave the camera on.
  await page.clock.install();
  await openCamera(page, kiosk);
  const view = page.getByRole('dialog', { name: CAMERA_BUTTON });
  await expect(view.getByRole('status')).toHaveCount(0);
  await page.clock.fastForward(60_000);
  await expect(view).toBeVisible();
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 1 });
  await page.clock.fastForward(31_000);
  await expect(view).toHaveCount(0);
  await expect(heading(page)).toHaveText('Xin chào ông/bà');
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });
});

test('the idle wipe on the ID-number step turns the camera off with the view', async ({ page, kiosk }) => {
  await page.context().grantPermissions(['camera'], { origin: kiosk.origin });
  await page.addInitScript(keepStreams);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await tapButton(page, 'Quản lý thiết bị');
  await expect(heading(page)).toHaveText('Nhập số định danh cá nhân');
  // The citizen stood still 40 s before the view opened: a click with no touch or key behind it
  // (which would start both waits again), so the wipe at 90 s comes long before the view's own
  // 90 s, and it is the wipe that has to turn the camera off.
  await page.clock.fastForward(40_000);
  await page.getByRole('button', { name: CAMERA_BUTTON, exact: true }).dispatchEvent('click');
  const view = page.getByRole('dialog', { name: CAMERA_BUTTON });
  await expect(view).toBeVisible();
  await expect(view.getByRole('status')).toHaveCount(0);
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 1 });

  await page.clock.fastForward(22_000);
  await expect(page.getByRole('dialog', { name: 'Ông/bà còn ở đây không?' })).toBeVisible();
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 1 });
  await page.clock.fastForward(29_000);
  await expect(heading(page)).toHaveText('Thông tin của ông/bà đã được xóa');
  await expect(view).toHaveCount(0);
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });
});
