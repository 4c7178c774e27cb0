// `npm run open`: opens the running web host's kiosk again (the window was closed, or the host
// runs headless) with a fresh single-use launch code, made by the host on request through a 0600
// file in the data folder, so only the kiosk's own OS user can get one. With a display and
// Chromium it opens the app window (the code on no command line and on no output, dead after
// 60 s unused); without, it prints the link, valid until its first use.
import { findChromium, hasDisplay } from './chromiumWindow.mjs';
import { mintLaunchCode, openKioskWindow } from './kioskWindow.mjs';

const env = process.env;
const chromium = findChromium(env);
const window = chromium !== undefined && hasDisplay(env);

try {
  if (window) {
    const opened = await openKioskWindow(env, chromium);
    console.log('The kiosk window is open (its launch code works once, within 60 s). Ctrl+C closes it.');
    opened.browser.on('exit', (code) => process.exit(code ?? 0));
  } else {
    const minted = await mintLaunchCode(env, { forWindow: false });
    console.log(
      chromium
        ? 'No display here: open this link once, in a browser on this machine:'
        : 'No Chromium found (apt-get install chromium): open this link once, in a browser on this machine:',
    );
    console.log(minted.url);
  }
} catch (error) {
  console.error(`Cannot open the kiosk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
