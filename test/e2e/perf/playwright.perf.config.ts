import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * `npx playwright test -c test/e2e/perf/playwright.perf.config.ts` (after `npm run build`):
 * measures how long a screen change takes after a tap and prints one JSON object on stdout.
 * Timings are reported, never asserted: a loaded machine must not fail a test run.
 */
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../../test-results/perf',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [['./jsonReporter.ts']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(existsSync(debianChromium)
      ? {
          launchOptions: {
            executablePath: debianChromium,
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
            ],
          },
        }
      : {}),
  },
});
