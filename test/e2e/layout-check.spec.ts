import type { Page } from '@playwright/test';
import { expect, heading, openKiosk, test } from './kioskPage.js';
import { expectActionsVisibleAndNothingClipped } from './layoutCheck.js';

/*
 * The layout check (issue 12 §2) can fail: each test breaks one rule on a real screen, through
 * the CSSOM (the page's CSP refuses injected style sheets), and expects the check to name it.
 * (Strings, because the test tsconfig has no DOM types.)
 */

async function breakPage(page: Page, script: string): Promise<void> {
  await page.evaluate(`(() => { ${script} })()`);
}

test('the check passes on Welcome as shown, in both orientations', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await expectActionsVisibleAndNothingClipped(page);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await expectActionsVisibleAndNothingClipped(page);
});

test('a primary action moved below the viewport is named', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await breakPage(
    page,
    `const tile = document.querySelector('[data-action="primary"]');
     tile.style.position = 'relative';
     tile.style.top = '1400px';`,
  );
  await expect(expectActionsVisibleAndNothingClipped(page)).rejects.toThrow(
    /primary.{0,12}Quản lý thiết bị.*is not wholly inside the 1920×1080 viewport/,
  );
});

test('a back action covered by another element is named with what covers it', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'Tra cứu yêu cầu' }).tap();
  await expect(heading(page)).toHaveText('Tra cứu yêu cầu');
  await breakPage(
    page,
    `const back = document.querySelector('[data-action="back"]').getBoundingClientRect();
     const cover = document.createElement('div');
     cover.className = 'test-cover';
     cover.textContent = 'cover';
     Object.assign(cover.style, { position: 'fixed', left: back.left + 'px', top: back.top + 'px',
       width: back.width + 'px', height: back.height + 'px', background: 'white', zIndex: '50' });
     document.body.append(cover);`,
  );
  await expect(expectActionsVisibleAndNothingClipped(page)).rejects.toThrow(
    /back.{0,12}← Quay lại.*is covered at its centre by .{0,6}cover.{0,6} <div class=.{0,4}test-cover/,
  );
});

test('long text cut off in a box that hides its overflow is named', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await breakPage(
    page,
    `const lead = document.querySelector('.lead');
     lead.textContent = 'Một dòng rất dài '.repeat(40);
     lead.style.overflow = 'hidden';
     lead.style.whiteSpace = 'nowrap';`,
  );
  await expect(expectActionsVisibleAndNothingClipped(page)).rejects.toThrow(
    /Một dòng rất dài.*<p class=.{0,4}lead.{0,4}> is cut off sideways/,
  );
});

test('a screen without any marked action is a finding', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await breakPage(
    page,
    `document.querySelectorAll('[data-action]').forEach((element) => element.removeAttribute('data-action'));`,
  );
  await expect(expectActionsVisibleAndNothingClipped(page)).rejects.toThrow(
    /no visible element marked data-action/,
  );
});
