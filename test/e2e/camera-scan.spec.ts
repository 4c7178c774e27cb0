import { cardQrText } from '../../shared/card/cardQr.js';
import { writeFakeCameraFile } from './fakeCamera.js';
import { cameraTracks, openCamera, requestsLeavingTheKiosk, withFakeCamera } from './cameraPage.js';
import { checkScreen, collectPageProblems, expect, heading, test } from './kioskPage.js';
import { CARDS } from './scanner.js';

/*
 * The kiosk's camera reads a card (issue 13): Chromium's fake camera shows An's card's QR code,
 * written here before the browser starts.
 */
const anCard = writeFakeCameraFile('an-card-scan', cardQrText(CARDS.an));
test.use(withFakeCamera(anCard));

test("the camera reads An's card: its check shows, the camera is off, nothing leaves the kiosk", async ({
  page,
  kiosk,
}) => {
  const problems = collectPageProblems(page);
  const outside = requestsLeavingTheKiosk(page, kiosk);
  const wasm: { url: string; type: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm'))
      wasm.push({ url: response.url(), type: response.headers()['content-type'] });
  });

  await openCamera(page, kiosk);
  // The view closes by itself once the code is read, and hands the text on: An's card's check.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Đúng là thẻ của ông/bà?');
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });

  const marks = await page.evaluate(
    `['camera-first-frame', 'camera-decoded'].map((name) => performance.getEntriesByName(name, 'mark').length)`,
  );
  expect(marks).toEqual([1, 1]);
  // The decoder came from the kiosk itself, as WebAssembly, and nothing went anywhere else.
  expect(wasm).toEqual([
    {
      url: expect.stringMatching(new RegExp(`^${kiosk.origin}/assets/zxing_reader-[\\w-]+\\.wasm$`)),
      type: 'application/wasm',
    },
  ]);
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test("the camera's text takes An to the card confirmation, then to the passcode", async ({ page, kiosk }) => {
  await openCamera(page, kiosk);
  // The view (whose own heading is an h1 too) closes once the code is read.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Đúng là thẻ của ông/bà?');
  await expect(page.getByText('0010****2345')).toBeVisible();
  expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 });
  await checkScreen(page, '13-card-confirm-from-camera');
  await page.locator('[data-action="primary"]').tap();
  await expect(heading(page)).toHaveText('Nhập passcode VNeID');
});
