// The kiosk in Chromium's app window, for `npm start` (where Electron cannot run) and
// `npm run open`. The launch URL carries a single-use code, so it never goes on Chromium's
// command line, where any local user could read it with `ps`: Chromium is given a small page in
// a folder only this user can read (0700, the page 0600), which sends it on to the launch URL.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeKioskProfile } from './chromiumProfile.mjs';

/** @param {NodeJS.ProcessEnv} env */
export function findChromium(env) {
  const candidates = [
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** @param {NodeJS.ProcessEnv} env */
export function hasDisplay(env) {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * Opens `launchUrl` in a new Chromium app window with a profile of its own, which grants the
 * camera to the launch URL's origin and to nothing else. The page holding the
 * URL is deleted by `forgetLaunchUrl()` (call it once the code is used or dead) and, with the
 * profile, when the window closes.
 * @param {{ chromium: string, launchUrl: string, fullscreen: boolean }} options
 * @returns {{ browser: import('node:child_process').ChildProcess, forgetLaunchUrl: () => void }}
 */
export function openChromiumWindow({ chromium, launchUrl, fullscreen }) {
  const folder = mkdtempSync(join(tmpdir(), 'kiosk-chromium-')); // 0700
  const profile = join(folder, 'profile');
  const launchPage = join(folder, 'open.html');
  const target = escapeHtml(launchUrl);
  writeFileSync(
    launchPage,
    '<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
      `<meta http-equiv="refresh" content="0;url=${target}"><title>Kiosk</title>` +
      `<a href="${target}">Mở máy / Open the kiosk</a>`,
    { mode: 0o600, flag: 'wx' },
  );
  // The camera for the kiosk's origin only, with no prompt (issue 13, chromiumProfile.mjs).
  writeKioskProfile(profile, launchUrl);
  const args = [
    `--app=${pathToFileURL(launchPage).href}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate',
    '--lang=vi',
    '--window-size=1920,1080',
    // The slip prints from a hidden frame of the kiosk page straight to the default printer,
    // with no print dialog for a citizen to puzzle over (issue 12).
    '--kiosk-printing',
    ...(fullscreen ? ['--kiosk'] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return { browser, forgetLaunchUrl: () => rmSync(launchPage, { force: true }) };
}
