// `npm start`: build, start the demo national system (unless UPSTREAM_URL names one), then open
// the kiosk on it in Electron, or, where Electron's binary cannot be had (no internet to download
// it), the same app through the web host in Chromium's app window.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findChromium, hasDisplay } from './chromiumWindow.mjs';
import { openKioskWindow } from './kioskWindow.mjs';
import { electronInstallerEngines, nodeTooOldLine, unmetNodeEngine } from './electronNodeVersion.mjs';
import { nationalSystemFor } from './nationalSystem.mjs';
import { kioskFlags, launchUrlIn, spawnWebHost } from './webHostProcess.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    const path = require('electron'); // throws when the binary was never downloaded
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function ensureElectron() {
  if (electronBinary()) return electronBinary();
  if (process.env.KIOSK_SKIP_ELECTRON === '1') return undefined;
  // Its installer would fail on this Node after a long wait, and look like a network failure.
  const unmet = unmetNodeEngine(process.versions.node, electronInstallerEngines(root));
  if (unmet !== undefined) {
    console.log(nodeTooOldLine(unmet));
    return undefined;
  }
  console.log('Electron is not downloaded yet: trying to fetch it once…');
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (existsSync(installer)) {
    spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  }
  const fetched = electronBinary();
  if (fetched === undefined)
    console.log('Electron could not be downloaded (no network to its release site?).');
  return fetched;
}

/**
 * The web host, and Chromium's app window on it. When there is a window to open, the host is
 * told so (KIOSK_LAUNCH_WINDOW=1): it prints no launch code, and the window's code comes through
 * the launch folder (scripts/kioskWindow.mjs), so it is on no command line and no output, and
 * dies 60 s after launch if unused. Without a display, the host prints its link, valid until its
 * first use, and `npm run open` makes more.
 */
function startWebHostInChromium(env, stopNationalSystem) {
  const chromium = findChromium(process.env);
  const withWindow = chromium !== undefined && hasDisplay(process.env);
  const host = spawnWebHost({
    env: withWindow ? { ...env, KIOSK_LAUNCH_WINDOW: '1' } : env,
    args: kioskFlags(process.argv.slice(2)),
    onLine: (line) => onHostLine(line),
  });
  const stopHost = () => host.kill('SIGTERM');
  process.on('SIGINT', stopHost);
  process.on('SIGTERM', stopHost);
  // An exit handler cannot wait; process.exit runs whether the stop succeeded or not.
  host.on('exit', (code) => void stopNationalSystem().finally(() => process.exit(code ?? 0)));

  function onHostLine(line) {
    console.log(line);
    if (launchUrlIn(line) === undefined) return;
    if (!withWindow) {
      console.log(
        chromium
          ? 'No display here: open the URL above in a browser on this machine (once; npm run open makes another). Ctrl+C stops the kiosk.'
          : 'No Chromium found (apt-get install chromium): open the URL above in a browser (once; npm run open makes another). Ctrl+C stops the kiosk.',
      );
      return;
    }
    // Both outcomes are handled here; nothing waits on the window.
    void openKioskWindow(env, chromium).then(
      (window) => window.browser.on('exit', stopHost),
      (error) => {
        console.error(`Cannot open the kiosk window: ${error.message}`);
        stopHost();
      },
    );
  }
}

run(npm, ['run', '--silent', 'build']);
// Electron first: fetching its binary may take minutes, with no demo service waiting meanwhile.
const electron = ensureElectron();
const nationalSystem = await nationalSystemFor(process.env, kioskFlags(process.argv.slice(2))).catch(
  (error) => {
    console.error(`Cannot start the national system: ${error.message}`);
    process.exit(1);
  },
);
console.log(`National system: ${nationalSystem.description}`);
const kioskEnv = { ...process.env, ...nationalSystem.env };
if (electron) {
  const child = spawn(electron, ['.', ...kioskFlags(process.argv.slice(2))], {
    cwd: root,
    env: kioskEnv,
    stdio: 'inherit',
  });
  // As above.
  child.on('exit', (code) => void nationalSystem.stop().finally(() => process.exit(code ?? 0)));
} else {
  console.log(
    'Electron’s binary is not available on this machine, so the kiosk opens through the web host in Chromium’s app window instead.',
  );
  startWebHostInChromium(kioskEnv, nationalSystem.stop);
}
