import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as base } from '@playwright/test';
import type { KioskHost } from './kioskHost.js';
import { openKiosk, test } from './kioskPage.js';

/*
 * The launch code end to end, through the launchers themselves: `npm start` on its web-host
 * path and `npm run open`, with a stand-in Chromium (fakeChromium.mjs) that records its command
 * line and `ps` while the code is live, then performs the exchange as the app window would.
 */
const repo = resolve(import.meta.dirname, '../..');

interface FakeChromiumRecord {
  argv: string[];
  pageMode: number;
  folderMode: number;
  code: string;
  ps: string;
  status: number;
  location: string;
  setCookie: string;
  describe: { ok: boolean; value?: { kioskId: string } };
  pageGone: boolean;
  error?: string;
}

interface Run {
  code: number | null;
  output: string;
}

/** A folder with an executable `chromium` that runs fakeChromium.mjs, and where it records. */
function fakeChromium(): { dir: string; path: string; record: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-fake-chromium-'));
  const path = join(dir, 'chromium');
  writeFileSync(
    path,
    `#!/bin/sh\nexec "${process.execPath}" "${join(import.meta.dirname, 'fakeChromium.mjs')}" "$@"\n`,
  );
  chmodSync(path, 0o755);
  return { dir, path, record: join(dir, 'record.json') };
}

/** Runs a launcher script to its end, stdout and stderr together (everything it printed). */
function runScript(script: string, env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repo, 'scripts', script)], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => done({ code, output }));
  });
}

function expectWindowLaunch(record: FakeChromiumRecord, printed: string): void {
  expect(record.error).toBeUndefined();
  expect(record.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The code is on no command line (Chromium's, or any other `ps` shows) and on no output.
  expect(record.argv.join(' ')).not.toContain(record.code);
  expect(record.argv.some((arg) => /^--app=file:\/\/.*\/open\.html$/.test(arg))).toBe(true);
  // The slip prints from the page's hidden frame with no print dialog (issue 12).
  expect(record.argv).toContain('--kiosk-printing');
  expect(record.ps).toContain('--app=file://'); // ps did list the window's process
  expect(record.ps).not.toContain(record.code);
  expect(printed).not.toContain(record.code);
  // The page that held it was this user's only, and is gone now the code is used.
  expect(record.pageMode).toBe(0o600);
  expect(record.folderMode).toBe(0o700);
  expect(record.pageGone).toBe(true);
  // And the window got in: a 303 to /, the session cookie, a working API.
  expect(record.status).toBe(303);
  expect(record.location).toBe('/');
  expect(record.setCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
  expect(record.describe).toMatchObject({ ok: true, value: { kioskId: 'KIOSK-DEMO-01' } });
}

base('npm start opens the window with a code that is on no command line and no output', async () => {
  base.setTimeout(300_000);
  const chromium = fakeChromium();
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  try {
    const run = await runScript('start.mjs', {
      CHROME_PATH: chromium.path,
      FAKE_CHROMIUM_RECORD: chromium.record,
      DISPLAY: ':99', // only looked at, never used: the stand-in draws nothing
      KIOSK_DATA_DIR: dataDir,
      // The web host's path, as on a machine where Electron's binary cannot be had.
      KIOSK_SKIP_ELECTRON: '1',
      ELECTRON_OVERRIDE_DIST_PATH: join(dataDir, 'no-electron'),
      UPSTREAM_URL: undefined,
      KIOSK_ID: undefined,
      KIOSK_SECRET: undefined,
      KIOSK_LAUNCH_CODE: undefined,
      PORT: undefined,
    });
    expect(run.output).toMatch(/Kiosk web host listening on http:\/\/127\.0\.0\.1:\d+\/$/m);
    const record = JSON.parse(readFileSync(chromium.record, 'utf8')) as FakeChromiumRecord;
    expectWindowLaunch(record, run.output);
    // Closing the window stopped the kiosk.
    expect(run.code).toBe(0);
  } finally {
    rmSync(chromium.dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.describe('npm run open', () => {
  test('without a display prints a link that opens the kiosk once', async ({ page, kiosk }) => {
    const run = await runScript('open.mjs', {
      KIOSK_DATA_DIR: kiosk.dataDir,
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
    });
    expect(run.code).toBe(0);
    const url = /^(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[A-Za-z0-9_-]{43})$/m.exec(run.output)?.[1];
    expect(url).toBeDefined();
    await openKiosk(page, { ...kiosk, launchUrl: String(url) } satisfies KioskHost);
    expect((await page.goto(String(url)))?.status()).toBe(401);
  });

  test('with a display opens the window with a code on no command line and no output', async ({ kiosk }) => {
    const chromium = fakeChromium();
    try {
      const run = await runScript('open.mjs', {
        KIOSK_DATA_DIR: kiosk.dataDir,
        CHROME_PATH: chromium.path,
        FAKE_CHROMIUM_RECORD: chromium.record,
        DISPLAY: ':99',
      });
      expect(run.code).toBe(0);
      const record = JSON.parse(readFileSync(chromium.record, 'utf8')) as FakeChromiumRecord;
      expect(kiosk.output()).toMatch(/Kiosk session opened with launch code [0-9a-f]{32}/);
      expectWindowLaunch(record, run.output + kiosk.output());
    } finally {
      rmSync(chromium.dir, { recursive: true, force: true });
    }
  });
});

base('npm run open refuses, with one clear line, when no web host runs on the data folder', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-no-host-'));
  try {
    const run = await runScript('open.mjs', { KIOSK_DATA_DIR: dataDir, DISPLAY: '' });
    expect(run.code).toBe(1);
    expect(run.output.trim()).toBe(
      `Cannot open the kiosk: No kiosk web host is running on the data folder ${dataDir} (start it with npm start or npm run serve).`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
