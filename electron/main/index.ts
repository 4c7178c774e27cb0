import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { builtPaths } from '../core/bootstrap/builtPaths.js';
import { hostStart } from '../core/bootstrap/hostStart.js';
import { DEMO_APP_FOLDER_NAME } from '../core/bootstrap/kioskSettings.js';
import { startKiosk } from '../core/bootstrap/startKiosk.js';
import type { RunningKiosk } from '../core/bootstrap/startKiosk.js';
import { confineWebContents, denyAllPermissions } from './contentSecurity.js';
import { wireKioskIpc } from './kioskIpc.js';
import { osProtectedKeySource } from './osKeyStore.js';
import { quitAfterStop } from './quitAfterStop.js';
import { createElectronReceiptPrinter } from './receiptPrinter.js';
import type { PrintWindow } from './receiptPrinter.js';
import { kioskWindowOptions } from './windowOptions.js';

// Lifecycle only: what the window is lives in windowOptions, what it may do in contentSecurity.
const rendererIndexUrl = pathToFileURL(builtPaths.rendererIndex).href;
let kiosk: RunningKiosk | undefined;
let kioskWindow: BrowserWindow | undefined;

/** The real BrowserWindow behind the printer's seam. */
function openPrintWindow(options: BrowserWindowConstructorOptions): PrintWindow {
  const window = new BrowserWindow(options);
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

function openKioskWindow(): void {
  const window = new BrowserWindow(
    kioskWindowOptions({ preloadPath: builtPaths.preload, kioskMode: process.env.KIOSK_FULLSCREEN === '1' }),
  );
  kioskWindow = window;
  confineWebContents(window.webContents, rendererIndexUrl);
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`kiosk renderer gone (${details.reason}); reloading`);
    // A failed load shows as did-fail-load or another render-process-gone; nothing here could do more.
    if (!window.isDestroyed()) void window.loadURL(rendererIndexUrl);
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    kioskWindow = undefined;
  });
  // As above: a failed load is reported by the window's own events.
  void window.loadURL(rendererIndexUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (kioskWindow?.isMinimized()) kioskWindow.restore();
    kioskWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents, rendererIndexUrl));
  app.on('window-all-closed', () => app.quit());
  quitAfterStop(app, {
    stop: async () => {
      await kiosk?.stop();
    },
    onStopFailed: (error) => console.error('kiosk did not stop cleanly:', error),
  });

  // Electron's lifecycle is event-driven; the catch below shows the failure and exits.
  void app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      // Issue 10: a packaged app is production (provisioned, or --provision=<file>); demo data
      // lives beside userData, never inside it.
      const { dataDir, options } = hostStart(process.env, process.argv.slice(1), {
        packaged: app.isPackaged,
        dataDirFor: (mode) =>
          mode === 'production'
            ? app.getPath('userData')
            : join(app.getPath('appData'), DEMO_APP_FOLDER_NAME),
      });
      kiosk = await startKiosk({
        ...options,
        appVersion: app.getVersion(),
        keySource: osProtectedKeySource(dataDir, safeStorage),
        receiptPrinter: createElectronReceiptPrinter({
          openWindow: openPrintWindow,
          tempDir: app.getPath('temp'),
          ...(process.env.KIOSK_PRINTER ? { deviceName: process.env.KIOSK_PRINTER } : {}),
        }),
      });
      wireKioskIpc(ipcMain, kiosk.core, () => kioskWindow?.webContents, rendererIndexUrl);
      openKioskWindow();
    })
    .catch((error: unknown) => {
      // On the console too: a loss report's words and its --accept-loss line are for staff to copy.
      console.error((error as Error).message);
      dialog.showErrorBox('Kiosk VNeID', `Không khởi động được máy kiosk.\n${(error as Error).message}`);
      app.exit(1);
    });
}
