import os from 'node:os';
import { percentile } from '../../../bench/percentiles.js';
import { cardQrText } from '../../../shared/card/cardQr.js';
import { writeFakeCameraFile } from '../fakeCamera.js';
import { CAMERA_BUTTON } from '../cameraPage.js';
import { expect, openKiosk, test } from '../kioskPage.js';
import { CARDS } from '../scanner.js';
import config from './playwright.perf.config.js';

/*
 * The camera path (issue 13): from the first video frame drawn in the live view
 * (`camera-first-frame`) to the QR code decoded (`camera-decoded`), with Chromium's fake camera
 * showing An's card. Each round loads the page afresh, as a citizen's first opening after a
 * start: the decoder's .wasm is compiled while the camera starts, so a round includes whatever
 * of that is left after the first frame. Reported, never asserted.
 */
const ROUNDS = Number(process.env.CAMERA_ROUNDS ?? 10);
const anCard = writeFakeCameraFile('an-card-bench', cardQrText(CARDS.an));
const base = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...base,
    args: [
      ...(base.args ?? []),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${anCard}`,
    ],
  },
});

test('camera: first frame to decoded', async ({ page, kiosk }) => {
  await page.context().grantPermissions(['camera'], { origin: kiosk.origin });
  await openKiosk(page, kiosk);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round > 0) await page.reload();
    await page.getByRole('button', { name: CAMERA_BUTTON, exact: true }).tap();
    await expect(page.getByRole('dialog', { name: CAMERA_BUTTON })).toBeVisible();
    // The view closes itself once the code is read.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const ms = (await page.evaluate(`(() => {
      const at = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN;
      return at('camera-decoded') - at('camera-first-frame');
    })()`)) as number;
    samples.push(ms);
  }
  const report = {
    benchmark: "camera: first frame to decoded (web host, Chromium's fake camera, An's card, zxing-wasm)",
    machine: { cpus: os.cpus().length, node: process.version, platform: process.platform },
    rounds: ROUNDS,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: percentile(samples, 100),
    samplesMs: samples.map((ms) => Math.round(ms * 10) / 10),
  };
  console.log(JSON.stringify(report, null, 2));
});
