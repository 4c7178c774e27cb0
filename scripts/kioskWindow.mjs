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
  const { requestLaunchCode } = await built('electron/web/launch/requestLaunchCode.js');
  return requestLaunchCode({
    dataDir: await dataDirOf(env),
    ttlSeconds: forWindow ? WINDOW_CODE_TTL_SECONDS : null,
  });
}

/** The web host's data folder, resolved as the host resolves it (electron/web/main.ts). */
async function dataDirOf(env) {
  const { defaultDataDir } = await built('electron/core/bootstrap/kioskSettings.js');
  const { resolveKioskMode } = await built('electron/core/bootstrap/kioskMode.js');
  return defaultDataDir(env, resolveKioskMode(env, { packaged: false }));
}

/**
 * Mints a code and opens Chromium's app window with it. The page holding the code is deleted as
 * soon as the host says the code was used, or when it dies unused.
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
  const { waitUntilUsed } = await built('electron/web/launch/requestLaunchCode.js');
  // Used or dead either way when this settles; a failure to look only means the page goes now.
  void waitUntilUsed({
    dataDir: await dataDirOf(env),
    requestId: minted.requestId,
    timeoutMs: WINDOW_CODE_TTL_SECONDS * 1000,
  }).finally(window.forgetLaunchUrl);
  return window;
}
