import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Set by playwright.config.ts in the runner, inherited by this worker and the web host. */
function launchToken(): string {
  const token = process.env.KIOSK_E2E_TOKEN;
  if (token === undefined || token === '')
    throw new Error('KIOSK_E2E_TOKEN is not set: run through playwright.config.ts');
  return token;
}

/** Opens the kiosk the way the web host launches it: the token in the address's fragment. */
export async function openKiosk(page: Page): Promise<void> {
  await page.goto(`/#token=${encodeURIComponent(launchToken())}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Presses the on-screen pad one key at a time, as a finger would. */
export async function tapDigits(page: Page, digits: string): Promise<void> {
  const pad = page.getByRole('group', { name: 'Bàn phím số' });
  for (const digit of digits) {
    await pad.getByRole('button', { name: digit, exact: true }).tap();
  }
}

export async function tapButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).tap();
}

/** A full-page picture of the screen for people to judge, under test-results/screens/. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  // Wait for the bundled font, so the picture shows the diacritics as the kiosk draws them.
  // (A string, because the test tsconfig has no DOM types.)
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({
    path: join(test.info().project.outputDir, 'screens', `${name}.png`),
    fullPage: true,
  });
}

/** WCAG 2.2 AA is the bar (DESIGN §7): axe must find nothing at all on the screen as shown. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found).toEqual([]);
}

/** Looks at a screen the way a test report needs it: picture first, then the audit. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await saveScreen(page, name);
  await expectNoAxeViolations(page);
}
