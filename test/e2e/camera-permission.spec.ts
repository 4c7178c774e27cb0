import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import config from '../../playwright.config.js';
import { writeKioskProfile } from '../../scripts/chromiumProfile.mjs';
import { cardQrText } from '../../shared/card/cardQr.js';
import { writeFakeCameraFile } from './fakeCamera.js';
import { expect, test } from './kioskPage.js';
import { CARDS } from './scanner.js';

/*
 * The web host's Chromium window (`npm start`, `npm run open`) gets the camera for the kiosk's
 * origin only, from the profile scripts/chromiumProfile.mjs writes before Chromium starts
 * (issue 13). Tested on Debian's Chromium with a fake camera but no fake permission UI
 * (`--use-fake-ui-for-media-stream` would grant every origin): the kiosk's page opens the
 * camera without a prompt, a page on another local origin is refused.
 */
const fakeCamera = writeFakeCameraFile('an-card-profile', cardQrText(CARDS.an));

/** Another web page on this machine, on a port of its own: another origin. */
async function startOtherSite(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>x</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** getUserMedia's answer on the page: 'granted', or the refusal's DOMException name. */
function askForCamera(page: Page): Promise<string> {
  return page.evaluate(`navigator.mediaDevices.getUserMedia({ video: true }).then(
    (stream) => { stream.getTracks().forEach((track) => track.stop()); return 'granted'; },
    (error) => error.name,
  )`);
}

test("the kiosk window's profile grants the camera to the kiosk's origin only, without a prompt", async ({
  kiosk,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'kiosk-profile-'));
  const profile = join(folder, 'profile');
  writeKioskProfile(profile, kiosk.launchUrl);
  const other = await startOtherSite();
  const base = config.use?.launchOptions ?? {};
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: base.executablePath ?? '/usr/bin/chromium',
      args: [
        ...(base.args ?? []),
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${fakeCamera}`,
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    let prompts = 0;
    page.on('dialog', () => (prompts += 1));

    await page.goto(kiosk.launchUrl);
    expect(new URL(page.url()).origin).toBe(kiosk.origin);
    expect(await askForCamera(page)).toBe('granted');

    await page.goto(other.origin);
    expect(await askForCamera(page)).toBe('NotAllowedError');
    expect(prompts).toBe(0);
  } finally {
    await context?.close();
    other.server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
