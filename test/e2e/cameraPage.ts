import type { Page } from '@playwright/test';
import config from '../../playwright.config.js';
import { expect, openKiosk, tapButton } from './kioskPage.js';
import type { KioskHost } from './kioskHost.js';

/*
 * The camera's live view in tests (issue 13): Chromium with a fake camera playing a .y4m file
 * (fakeCamera.ts), the camera permission granted to the kiosk's own origin only, and every
 * stream the page opens kept, to see whether the camera is still on.
 */
export const CAMERA_BUTTON = 'Quét mã QR trên thẻ căn cước';

export function withFakeCamera(file: string) {
  const base = config.use?.launchOptions ?? {};
  return {
    launchOptions: {
      ...base,
      executablePath: base.executablePath ?? '/usr/bin/chromium',
      args: [
        ...(base.args ?? []),
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${file}`,
      ],
    },
  };
}

/**
 * Keeps every stream the page opens, so the test can see whether the camera is still on: a
 * track stopped by the page reads 'ended'. (A string: the test tsconfig has no DOM types.)
 */
export const keepStreams = `(() => {
  const streams = [];
  window.__cameraStreams = streams;
  const devices = navigator.mediaDevices;
  const open = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    streams.push(stream);
    return stream;
  };
})()`;

/** How many camera tracks the page has opened, and how many of them are still live. */
export async function cameraTracks(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(`(() => {
    const tracks = window.__cameraStreams.flatMap((stream) => stream.getTracks());
    return { opened: tracks.length, live: tracks.filter((track) => track.readyState !== 'ended').length };
  })()`);
}

/** Every request the page makes that does not go to the kiosk's own origin. */
export function requestsLeavingTheKiosk(page: Page, kiosk: KioskHost): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${kiosk.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outside.push(url);
  });
  return outside;
}

/**
 * Welcome → the camera button → the live view. `grant: false` leaves the permission as a fresh
 * browser has it: Chromium without a prompt to show refuses.
 */
export async function openCamera(page: Page, kiosk: KioskHost, { grant = true } = {}): Promise<void> {
  if (grant) await page.context().grantPermissions(['camera'], { origin: kiosk.origin });
  await page.addInitScript(keepStreams);
  await openKiosk(page, kiosk);
  await tapButton(page, CAMERA_BUTTON);
  await expect(page.getByRole('dialog', { name: CAMERA_BUTTON })).toBeVisible();
}

/** Makes the page's getUserMedia fail as a missing or busy camera does, with its DOMException name. */
export async function breakCamera(page: Page, name: 'NotFoundError' | 'NotReadableError'): Promise<void> {
  await page.addInitScript(
    `navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('fake', '${name}'))`,
  );
}
