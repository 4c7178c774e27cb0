import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { builtPaths } from '../core/bootstrap/builtPaths.js';
import { hostStart } from '../core/bootstrap/hostStart.js';
import { DEMO_APP_FOLDER_NAME } from '../core/bootstrap/kioskSettings.js';
import { startKiosk } from '../core/bootstrap/startKiosk.js';
import type { RunningKiosk } from '../core/bootstrap/startKiosk.js';
import type { KioskMode } from '../../shared/domain/kioskMode.js';
import { createAppFileHandler } from './appProtocol/appFileHandler.js';
import { APP_SCHEME, appSchemePrivileges, RENDERER_INDEX_URL } from './appProtocol/appUrl.js';
import { confineWebContents, guardPermissions } from './contentSecurity.js';
import { wireKioskIpc } from './kioskIpc.js';
import { openKioskWindow, openPrintWindow } from './kioskWindows.js';
import { chooseDataKeySource } from './osKeyStore.js';
import { quitAfterStop } from './quitAfterStop.js';
import { createElectronReceiptPrinter } from './receiptPrinter.js';
import { createExportFolderPicker } from './exportFolderPicker.js';
import { createFolderExportSaver } from '../core/report/ExportSaver.js';
import { devToolsAllowed, fullScreenRequested } from './windowOptions.js';

// Lifecycle only: what the window is lives in windowOptions/kioskWindows, what it may do in
// contentSecurity, where its files come from in appProtocol, where the key lives in osKeyStore.
let kiosk: RunningKiosk | undefined;
let kioskWindow: BrowserWindow | undefined;

// Before ready, or the scheme is not standard and secure.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

function showKioskWindow(mode: KioskMode): void {
  const kioskMode = fullScreenRequested(process.env, process.argv.slice(1));
  kioskWindow = openKioskWindow({
    settings: {
      preloadPath: builtPaths.preload,
      kioskMode,
      devTools: devToolsAllowed({ packaged: app.isPackaged, kioskMode, mode }),
    },
    rendererIndexUrl: RENDERER_INDEX_URL,
    onClosed: () => {
      kioskWindow = undefined;
    },
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (kioskWindow?.isMinimized()) kioskWindow.restore();
    kioskWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents, RENDERER_INDEX_URL));
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
      guardPermissions(session.defaultSession, () => kioskWindow?.webContents, RENDERER_INDEX_URL);
      session.defaultSession.protocol.handle(APP_SCHEME, createAppFileHandler(builtPaths.rendererDir));
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
        keySource: chooseDataKeySource({
          platform: process.platform,
          setting: process.env.KIOSK_KEY_STORE,
          dataDir,
          safeStorage,
        }),
        receiptPrinter: createElectronReceiptPrinter({
          openWindow: openPrintWindow,
          tempDir: app.getPath('temp'),
          ...(process.env.KIOSK_PRINTER ? { deviceName: process.env.KIOSK_PRINTER } : {}),
        }),
        exportSaver: createFolderExportSaver({
          pickFolder: createExportFolderPicker(dialog, () => kioskWindow ?? undefined),
        }),
      });
      wireKioskIpc(ipcMain, kiosk.core, () => kioskWindow?.webContents, RENDERER_INDEX_URL);
      showKioskWindow(kiosk.mode);
    })
    .catch((error: unknown) => {
      // On the console too: a loss report's words and its --accept-loss line are for staff to copy.
      console.error((error as Error).message);
      dialog.showErrorBox('Kiosk VNeID', `Không khởi động được máy kiosk.\n${(error as Error).message}`);
      app.exit(1);
    });
}
