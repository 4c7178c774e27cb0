// A fresh launch code for the running web host, asked for through the data folder's launch
// folder (electron/web/launch), and the Chromium window that uses it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openChromiumWindow } from './chromiumWindow.mjs';

const out = join(import.meta.dirname, '..', 'out');

async function built(path) {
  const file = join(out, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build.`);
  return import(pathToFileURL(file).href);
}

/** A code the window does not use within this time dies (the 60 s). */
export const WINDOW_CODE_TTL_SECONDS = 60;

/**
 * Asks the web host running on `env`'s data folder for a launch code: one that dies after 60 s
 * when a window is opened with it, one valid until its first use when it is to be printed.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ forWindow: boolean }} options
 * @returns {Promise<{ url: string, expiresAt: string | null, requestId: string }>}
 */
export async function mintLaunchCode(env, { forWindow }) {
  const { defaultDataDir } = await built('electron/core/bootstrap/kioskSettings.js');
  const { requestLaunchCode } = await built('electron/web/launch/requestLaunchCode.js');
  return requestLaunchCode({
    dataDir: defaultDataDir(env),
    ttlSeconds: forWindow ? WINDOW_CODE_TTL_SECONDS : null,
  });
}

/**
 * Mints a code and opens Chromium's app window with it. The launch page is forgotten when the
 * code dies unused; `forgetLaunchUrl` forgets it sooner (when the host says the code was used).
 * @param {NodeJS.ProcessEnv} env
 * @param {string} chromium
 */
export async function openKioskWindow(env, chromium) {
  const minted = await mintLaunchCode(env, { forWindow: true });
  const window = openChromiumWindow({
    chromium,
    launchUrl: minted.url,
    fullscreen: env.KIOSK_FULLSCREEN === '1',
  });
  const forget = setTimeout(window.forgetLaunchUrl, WINDOW_CODE_TTL_SECONDS * 1000);
  forget.unref();
  window.browser.on('exit', () => clearTimeout(forget));
  return { ...window, requestId: minted.requestId };
}
