// `npm start`: build, start the demo national system (unless UPSTREAM_URL names one), then open
// the kiosk on it in Electron, or, where Electron's binary cannot be had (no internet to download
// it), the same app through the web host in Chromium's app window.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  console.log('Electron is not downloaded yet: trying to fetch it once…');
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (existsSync(installer)) {
    spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  }
  return electronBinary();
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((path) => path && existsSync(path));
}

function startWebHostInChromium(env, stopNationalSystem) {
  const host = spawnWebHost({
    env,
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
    const url = launchUrlIn(line);
    if (url === undefined) return;
    const chromium = findChromium();
    const hasDisplay =
      process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    if (!chromium || !hasDisplay) {
      console.log(
        chromium
          ? 'No display here: open the URL above in a browser on this machine. Ctrl+C stops the kiosk.'
          : 'No Chromium found (apt-get install chromium): open the URL above in a browser. Ctrl+C stops the kiosk.',
      );
      return;
    }
    const profile = mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
    const args = [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate',
      '--lang=vi',
      '--window-size=1920,1080',
      ...(process.env.KIOSK_FULLSCREEN === '1' ? ['--kiosk'] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ];
    const browser = spawn(chromium, args, { stdio: 'ignore' });
    browser.on('exit', () => {
      rmSync(profile, { recursive: true, force: true });
      stopHost();
    });
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
    'Electron’s binary is not available on this machine (its download failed), so the kiosk opens through the web host in Chromium’s app window instead.',
  );
  startWebHostInChromium(kioskEnv, nationalSystem.stop);
}
