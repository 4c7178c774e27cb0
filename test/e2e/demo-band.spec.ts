import type { Page } from '@playwright/test';
import {
  checkScreen,
  expect,
  expectNoAxeViolations,
  heading,
  identifyWithPasscode,
  openKiosk,
  PEOPLE,
  signInStaff,
  tapButton,
  test,
} from './kioskPage.js';

/*
 * A demo kiosk says so on every screen (issue 10): the band above the header, in the page's
 * flow, so it covers nothing. Every host these tests start is a demo one (kioskHost.ts); the
 * first-run test (first-run.spec.ts) shows that a production kiosk has no band.
 */

const BAND_VI = 'CHẾ ĐỘ TRÌNH DIỄN — dữ liệu mẫu, không phải hệ thống thật';
const BAND_EN = 'DEMO MODE — sample data, not the real system';

function band(page: Page) {
  return page.locator('.demo-band');
}

/** Every control on the page lies wholly outside the band: it hides no action. */
async function expectBandCoversNothing(page: Page): Promise<void> {
  // A string, because the test tsconfig has no DOM types.
  const covered = await page.evaluate(`(() => {
    const band = document.querySelector('.demo-band').getBoundingClientRect();
    const controls = [...document.querySelectorAll('button, input, a, [role="checkbox"]')];
    return controls
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.top < band.bottom && box.bottom > band.top && box.left < band.right && box.right > band.left)
      .map(({ control }) => control.textContent);
  })()`);
  expect(covered).toEqual([]);
}

/** The band stays the same element from screen to screen, so its live region speaks once. */
async function markBand(page: Page): Promise<void> {
  await page.evaluate(`document.querySelector('.demo-band').dataset.firstSeen = 'yes'`);
}

async function expectSameBand(page: Page): Promise<void> {
  await expect(band(page)).toHaveAttribute('data-first-seen', 'yes');
}

for (const orientation of [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const) {
  test.describe(`the demo band, ${orientation.name}`, () => {
    test.use({ viewport: orientation.viewport });

    test('is on Welcome and through a whole assisted flow, above the header, covering nothing', async ({
      page,
      kiosk,
    }) => {
      // A long walk with pictures and audits in both orientations.
      test.setTimeout(240_000);
      const h1 = heading(page);
      await openKiosk(page, kiosk);

      await test.step('Welcome: the band first, in words a citizen reads, in a polite live region', async () => {
        await expect(band(page)).toBeVisible();
        await expect(band(page)).toHaveText(BAND_VI);
        await expect(band(page).locator('[aria-live="polite"]')).toHaveText(BAND_VI);
        const bandBox = await band(page).boundingBox();
        const headerBox = await page.getByRole('banner').boundingBox();
        expect(bandBox?.y).toBe(0);
        expect((bandBox?.y ?? 0) + (bandBox?.height ?? 0)).toBeLessThanOrEqual(headerBox?.y ?? 0);
        await expectBandCoversNothing(page);
        await markBand(page);
        await expectNoAxeViolations(page);
        if (orientation.name === 'landscape') await checkScreen(page, '90-demo-band-welcome');
      });

      await test.step('English one tap away: the band in English too', async () => {
        await page.getByRole('button', { name: 'Switch the screen to English' }).tap();
        await expect(band(page)).toHaveText(BAND_EN);
        await page.getByRole('button', { name: 'Chuyển màn hình sang tiếng Việt' }).tap();
        await expect(band(page)).toHaveText(BAND_VI);
      });

      await test.step('Staff sign-in, the assisted bar and a citizen’s devices: still there', async () => {
        await signInStaff(page);
        await expect(h1).toHaveText('Xin chào ông/bà');
        await expectSameBand(page);
        await expectBandCoversNothing(page);
        await identifyWithPasscode(page, 'Quản lý thiết bị', PEOPLE.an);
        await expect(h1).toHaveText('Quản lý thiết bị');
        await expectSameBand(page);
        await expect(band(page)).toHaveText(BAND_VI);
        await expectBandCoversNothing(page);
        await expectNoAxeViolations(page);
        if (orientation.name === 'portrait') await checkScreen(page, '91-demo-band-devices');
        await tapButton(page, 'Kết thúc');
        await expect(h1).toHaveText('Xin chào ông/bà');
        await expectSameBand(page);
      });
    });
  });
}
