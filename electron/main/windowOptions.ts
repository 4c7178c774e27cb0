import type { BrowserWindowConstructorOptions } from 'electron';
import type { KioskMode } from '../../shared/domain/kioskMode.js';

export interface KioskWindowSettings {
  preloadPath: string;
  /** Lobby kiosks run full screen with no way out to the desktop; developers want a window. */
  kioskMode: boolean;
  /** Whether DevTools may open (`devToolsAllowed`): never in a packaged build. */
  devTools: boolean;
}

export interface DevToolsContext {
  /** Electron's `app.isPackaged`. */
  packaged: boolean;
  /** Full screen with no way out (`KIOSK_FULLSCREEN=1`). */
  kioskMode: boolean;
  /** The running kiosk's mode, as `resolveKioskMode` decided it. */
  mode: KioskMode;
}

/** The flag the deployed kiosk's autostart entries pass (systemd unit, Windows Startup shortcut). */
export const FULL_SCREEN_FLAG = '--kiosk-fullscreen';

/**
 * Full screen with no way out: `KIOSK_FULLSCREEN=1` (npm start) or `--kiosk-fullscreen` (the
 * autostart entries: a Windows shortcut cannot set an environment variable).
 */
export function fullScreenRequested(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
): boolean {
  return env.KIOSK_FULLSCREEN === '1' || argv.includes(FULL_SCREEN_FLAG);
}

/**
 * DevTools open only in `npm start` in demo mode, in a window: never in a packaged build, never
 * in production mode, never full screen.
 */
export function devToolsAllowed(context: DevToolsContext): boolean {
  return !context.packaged && context.mode === 'demo' && !context.kioskMode;
}

/**
 * Web preferences every kiosk window shares, whatever it shows. Where a window is created these
 * are restated literally as well (see kioskWindows.ts), so an outside scanner can read them.
 */
export const lockedWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  // A middle click would open a link in a new window; the kiosk opens none.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

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
      ...lockedWebPreferences,
      preload: settings.preloadPath,
      devTools: settings.devTools,
    },
  };
}
