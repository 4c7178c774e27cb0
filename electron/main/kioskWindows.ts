import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { confineWebContents } from './contentSecurity.js';
import type { PrintWindow } from './receiptPrinter.js';
import { kioskWindowOptions } from './windowOptions.js';
import type { KioskWindowSettings } from './windowOptions.js';

// Every `new BrowserWindow` restates the locked web preferences literally, after the factory's:
// the values are the factory's own (test/unit/main/kioskWindows.test.ts proves the window gets
// exactly the factory's options), but an outside scanner (electronegativity) reads only what is
// written at the call, not what a function returns.

export interface KioskWindowWiring {
  settings: KioskWindowSettings;
  /** `app://kiosk/index.html`: loaded at start and again after a renderer crash. */
  rendererIndexUrl: string;
  onClosed: () => void;
}

/** The kiosk window: confined to its page, shown when ready, reloaded when its renderer dies. */
export function openKioskWindow(wiring: KioskWindowWiring): BrowserWindow {
  const options = kioskWindowOptions(wiring.settings);
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  confineWebContents(window.webContents, wiring.rendererIndexUrl);
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`kiosk renderer gone (${details.reason}); reloading`);
    // A failed load shows as did-fail-load or another render-process-gone; nothing here could do more.
    if (!window.isDestroyed()) void window.loadURL(wiring.rendererIndexUrl);
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', wiring.onClosed);
  // As above: a failed load is reported by the window's own events.
  void window.loadURL(wiring.rendererIndexUrl);
  return window;
}

/** The real BrowserWindow behind the receipt printer's seam (`receiptPrintWindowOptions`). */
export function openPrintWindow(options: BrowserWindowConstructorOptions): PrintWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  return {
    loadFile: (path) => window.loadFile(path),
    print: (printOptions) =>
      new Promise((resolve) =>
        window.webContents.print(printOptions, (success, failureReason) =>
          resolve({ success, failureReason }),
        ),
      ),
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
