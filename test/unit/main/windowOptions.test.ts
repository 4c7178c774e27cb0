import { describe, expect, it } from 'vitest';
import { isOwnPage } from '../../../electron/main/contentSecurity.js';
import { kioskWindowOptions } from '../../../electron/main/windowOptions.js';

describe('kiosk window options', () => {
  const options = kioskWindowOptions({ preloadPath: '/app/out/electron/preload/index.cjs', kioskMode: true });

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('runs full screen in kiosk mode, without developer tools', () => {
    expect(options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('opens as an ordinary window outside kiosk mode', () => {
    const windowed = kioskWindowOptions({ preloadPath: '/p.cjs', kioskMode: false });
    expect(windowed).toMatchObject({ kiosk: false, fullscreen: false, width: 1920, height: 1080 });
    expect(windowed.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

describe('navigation confinement', () => {
  const index = 'file:///opt/kiosk/out/renderer/index.html';

  it('allows only the bundled renderer page', () => {
    expect(isOwnPage('file:///opt/kiosk/out/renderer/index.html#devices', index)).toBe(true);
    expect(isOwnPage('file:///etc/passwd', index)).toBe(false);
    expect(isOwnPage('https://example.com/', index)).toBe(false);
    expect(isOwnPage('not a url', index)).toBe(false);
  });
});
