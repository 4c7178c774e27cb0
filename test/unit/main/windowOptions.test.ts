import { describe, expect, it } from 'vitest';
import { RENDERER_INDEX_URL } from '../../../electron/main/appProtocol/appUrl.js';
import { isOwnPage } from '../../../electron/main/contentSecurity.js';
import { receiptPrintWindowOptions } from '../../../electron/main/receiptPrinter.js';
import {
  devToolsAllowed,
  FULL_SCREEN_FLAG,
  fullScreenRequested,
  kioskWindowOptions,
} from '../../../electron/main/windowOptions.js';

const isolated = {
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
  disableBlinkFeatures: 'Auxclick',
};

describe('kiosk window options', () => {
  const options = kioskWindowOptions({
    preloadPath: '/app/out/electron/preload/index.cjs',
    kioskMode: true,
    devTools: false,
  });

  it('isolates the page from Node and Electron, and turns middle clicks off', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/electron/preload/index.cjs',
      ...isolated,
    });
  });

  it('runs full screen in kiosk mode, without developer tools', () => {
    expect(options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('opens as an ordinary window outside kiosk mode, as isolated', () => {
    const windowed = kioskWindowOptions({ preloadPath: '/p.cjs', kioskMode: false, devTools: true });
    expect(windowed).toMatchObject({ kiosk: false, fullscreen: false, width: 1920, height: 1080 });
    expect(windowed.webPreferences).toMatchObject({ ...isolated, devTools: true });
  });

  it('gives DevTools only where the policy allows them', () => {
    expect(
      kioskWindowOptions({ preloadPath: '/p.cjs', kioskMode: false, devTools: false }).webPreferences
        ?.devTools,
    ).toBe(false);
  });
});

describe('the receipt print window', () => {
  it('is locked like the kiosk window, with no preload and no DevTools; only the PDF viewer differs', () => {
    const options = receiptPrintWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...isolated, devTools: false, plugins: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});

describe('full screen', () => {
  it('is asked for by KIOSK_FULLSCREEN=1 or by the autostart entries’ flag', () => {
    expect(FULL_SCREEN_FLAG).toBe('--kiosk-fullscreen');
    expect(fullScreenRequested({ KIOSK_FULLSCREEN: '1' }, ['.'])).toBe(true);
    expect(fullScreenRequested({}, ['.', '--kiosk-fullscreen'])).toBe(true);
    expect(fullScreenRequested({ KIOSK_FULLSCREEN: '0' }, ['.'])).toBe(false);
    expect(fullScreenRequested({}, ['.', '--accept-loss=L-1'])).toBe(false);
  });
});

describe('DevTools (issue 10)', () => {
  it.each([
    // packaged, kiosk mode (full screen), the kiosk's mode → allowed
    [false, false, 'demo', true],
    [false, true, 'demo', false],
    [false, false, 'production', false],
    [true, false, 'demo', false],
    [true, false, 'production', false],
    [true, true, 'demo', false],
  ] as const)('packaged=%s full screen=%s mode=%s → %s', (packaged, kioskMode, mode, allowed) => {
    expect(devToolsAllowed({ packaged, kioskMode, mode })).toBe(allowed);
  });
});

describe('navigation confinement (app://kiosk)', () => {
  it('allows only the bundled renderer page, with any hash', () => {
    expect(RENDERER_INDEX_URL).toBe('app://kiosk/index.html');
    expect(isOwnPage('app://kiosk/index.html', RENDERER_INDEX_URL)).toBe(true);
    expect(isOwnPage('app://kiosk/index.html#devices', RENDERER_INDEX_URL)).toBe(true);
    expect(isOwnPage('app://KIOSK/index.html', RENDERER_INDEX_URL)).toBe(true);
  });

  it.each([
    'file:///opt/kiosk/out/renderer/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://kiosk:8080/index.html',
    'app://user@kiosk/index.html',
    'app://kiosk/assets/index.js',
    'app://kiosk/other.html',
    'https://kiosk/index.html',
    'https://example.com/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isOwnPage(url, RENDERER_INDEX_URL)).toBe(false);
  });
});
