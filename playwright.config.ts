import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Debian's browser, used when present; otherwise Playwright's own Chromium, if installed. */
const debianChromium = '/usr/bin/chromium';

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

// This file is evaluated by the runner and again by every worker. Workers inherit the
// runner's environment, so the port, token and data folder are chosen once, in the runner,
// and every process (the web host included) sees the same values.
if (process.env.KIOSK_E2E_PORT === undefined) {
  process.env.KIOSK_E2E_PORT = String(await freeLoopbackPort());
  process.env.KIOSK_E2E_TOKEN = randomBytes(24).toString('base64url');
  process.env.KIOSK_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
}
const port = process.env.KIOSK_E2E_PORT;
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  globalTeardown: './test/e2e/globalTeardown.ts',
  // The citizen walk changes the demo data (a device is unlinked): a retry would not be
  // the same test, and one web host serves every test, so they run one after another.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: origin,
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
  webServer: {
    command: 'node out/electron/web/main.js',
    url: `${origin}/`,
    env: {
      PORT: port,
      KIOSK_LAUNCH_TOKEN: process.env.KIOSK_E2E_TOKEN ?? '',
      KIOSK_DATA_DIR: process.env.KIOSK_E2E_DATA_DIR ?? '',
    },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
