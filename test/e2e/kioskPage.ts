import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { startKioskHost } from './kioskHost.js';
import type { KioskHost } from './kioskHost.js';
import { expectActionsVisibleAndNothingClipped } from './layoutCheck.js';

/*
 * Every test gets its own web host with fresh demo data (kioskHost.ts), so tests that unlink
 * and unlock are independent of each other and of their order. `kioskEnv` adds settings for
 * one test or file, e.g. `test.use({ kioskEnv: { KIOSK_CITIZEN_IDLE_SECONDS: '6' } })`.
 */
export const test = base.extend<{ kioskEnv: Record<string, string>; kiosk: KioskHost }>({
  kioskEnv: [{}, { option: true }],
  kiosk: async ({ kioskEnv }, use) => {
    const host = await startKioskHost(kioskEnv);
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
});
export { expect };

// Demo data (DESIGN §9): every passcode is 123456; the demo staff member is CB01, PIN 2468.
export const PASSCODE = '123456';
export const STAFF = { staffId: 'CB01', pin: '2468' } as const;
export const PEOPLE = {
  an: { idNumber: '001090012345', dob: '12051990', masked: '0010****2345', name: 'Nguyễn Văn An' },
  binh: { idNumber: '042195001234', dob: '03081995', masked: '0421****1234', name: 'Trần Thị Bình' },
  cuong: { idNumber: '042075009876', dob: '20011975', masked: '0420****9876', name: 'Lê Văn Cường' },
  dung: { idNumber: '038301004321', dob: '14112001', masked: '0383****4321', name: 'Phạm Thị Dung' },
  em: { idNumber: '040088005555', dob: '30061988', masked: '0400****5555', name: 'Hoàng Văn Em' },
  giang: { idNumber: '042197003333', dob: '09091997', masked: '0421****3333', name: 'Võ Thị Giang' },
} as const;
export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** Opens the kiosk the way its window does: the launch link, whose code becomes the session cookie. */
export async function openKiosk(page: Page, kiosk: KioskHost): Promise<void> {
  await page.goto(kiosk.launchUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quản lý thiết bị', exact: true })).toBeVisible();
}

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Presses the on-screen pad one key at a time, as a finger would. */
export async function tapDigits(page: Page, digits: string, padName = 'Bàn phím số'): Promise<void> {
  const pad = page.getByRole('group', { name: padName });
  for (const digit of digits) {
    // The dash key is named in words, for screen readers.
    await pad.getByRole('button', { name: digit === '-' ? 'Gạch ngang' : digit, exact: true }).tap();
  }
}

export async function tapButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
}

/**
 * Welcome → an action → ID number → date of birth → how to prove it, ready for that step.
 * `method` picks the button on step 3 (Vietnamese labels).
 */
export async function identifyUpToMethod(page: Page, action: string, person: Person): Promise<void> {
  await tapButton(page, action);
  await expect(heading(page)).toHaveText('Nhập số định danh cá nhân');
  await tapDigits(page, person.idNumber);
  await tapButton(page, 'Tiếp tục');
  await expect(heading(page)).toHaveText('Nhập ngày sinh');
  await tapDigits(page, person.dob);
  await tapButton(page, 'Tiếp tục');
  await expect(heading(page)).toHaveText('Chọn cách xác minh');
}

/** The whole identification with the VNeID passcode. */
export async function identifyWithPasscode(page: Page, action: string, person: Person): Promise<void> {
  await identifyUpToMethod(page, action, person);
  await tapButton(page, 'Passcode VNeID');
  await expect(heading(page)).toHaveText('Nhập passcode VNeID');
  await tapDigits(page, PASSCODE);
  await tapButton(page, 'Tiếp tục');
}

/** Staff sign-in from Welcome, on the letter pad and the number pad. */
export async function signInStaff(page: Page, pin: string = STAFF.pin): Promise<void> {
  await page.getByRole('button', { name: /^Cán bộ/ }).tap();
  await expect(heading(page)).toHaveText('Nhập mã cán bộ');
  await tapDigits(page, STAFF.staffId, 'Bàn phím chữ và số');
  await tapButton(page, 'Tiếp tục');
  await expect(heading(page)).toHaveText('Nhập mã PIN');
  await tapDigits(page, pin);
  await tapButton(page, 'Tiếp tục');
}

const landscape = { width: 1920, height: 1080 };
const portrait = { width: 1080, height: 1920 };

/** Where the pictures of the screens go: test-results/screens/NAME.png. */
export function screenPath(name: string): string {
  return join(test.info().project.outputDir, 'screens', `${name}.png`);
}

/** A full-page picture for people to judge, under test-results/screens/. */
async function saveScreen(page: Page, name: string): Promise<void> {
  // Wait for the bundled font, so the picture shows the diacritics as the kiosk draws them.
  // (A string, because the test tsconfig has no DOM types.)
  await page.evaluate('document.fonts.ready.then(() => true)');
  // On screen the footer sticks to the bottom of the viewport; a full-page picture would show
  // it stuck over the middle of a long screen, so it is drawn where it ends in the page; so is
  // the office pages' action row. (Set through the CSSOM: the page's CSP refuses the style sheet
  // Playwright's `style` option adds.)
  // The scroll cue ("Kéo xuống để xem thêm") is about the viewport, so it has no place there either.
  const footers = `document.querySelectorAll('.screen__footer, .office-page__actions').forEach((footer) => (footer.style.position = VALUE))`;
  const cue = `document.querySelectorAll('.scroll-cue-layer').forEach((cue) => (cue.style.visibility = VALUE))`;
  await page.evaluate(footers.replace('VALUE', "'static'"));
  await page.evaluate(cue.replace('VALUE', "'hidden'"));
  await page.screenshot({
    path: screenPath(name),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
  await page.evaluate(footers.replace('VALUE', "''"));
  await page.evaluate(cue.replace('VALUE', "''"));
}

/** WCAG 2.2 AA is the bar (DESIGN §7): axe must find nothing at all on the screen as shown. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found).toEqual([]);
}

/**
 * Looks at a screen the way a test report needs it: in landscape (1920×1080) and portrait
 * (1080×1920), the layout check (marked actions in view, no text cut off; layoutCheck.ts) on
 * the screen as shown, then a picture; and an axe audit. The audit runs once, in the
 * orientation the test uses: the two differ only in layout (grid columns, wrapping), not in
 * markup or colours.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? landscape;
  const isPortrait = size.height > size.width;
  const first = isPortrait ? 'portrait' : 'landscape';
  const second = isPortrait ? 'landscape' : 'portrait';
  // Before the picture: saveScreen unsticks the footer for the full-page view.
  await expectActionsVisibleAndNothingClipped(page, `${name}-${first}`);
  await saveScreen(page, `${name}-${first}`);
  await expectNoAxeViolations(page);
  await page.setViewportSize(isPortrait ? landscape : portrait);
  await expectActionsVisibleAndNothingClipped(page, `${name}-${second}`);
  await saveScreen(page, `${name}-${second}`);
  await page.setViewportSize(size);
}

/** Console errors and page crashes: a CSP violation shows up here before it shows on a screen. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
