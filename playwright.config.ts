import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's browser, used when present; otherwise Playwright's own Chromium, if installed. */
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Every test starts its own web host with fresh demo data (test/e2e/kioskHost.ts), so tests
  // are independent; one at a time keeps a 2-core machine responsive for the timing-sensitive
  // ones (idle countdown, scanner burst).
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  // The longest walks picture twenty screens, each checked and drawn in both orientations
  // (checkScreen); on a 2-core machine shared with other work that needs more than 90 s.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    ...(existsSync(debianChromium)
      ? {
          launchOptions: {
            executablePath: debianChromium,
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
            ],
          },
        }
      : {}),
  },
});
