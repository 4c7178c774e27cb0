import type { BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowSettings {
  preloadPath: string;
  /** Lobby kiosks run full screen with no way out to the desktop; developers want a window. */
  kioskMode: boolean;
}

/** Everything security-relevant about the window in one place, so a test can pin it down. */
export function kioskWindowOptions(settings: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1920,
    height: 1080,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    kiosk: settings.kioskMode,
    fullscreen: settings.kioskMode,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: 'Kiosk VNeID',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !settings.kioskMode,
    },
  };
}
