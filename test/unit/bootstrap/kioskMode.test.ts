import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostStart } from '../../../electron/core/bootstrap/hostStart.js';
import { resolveKioskMode } from '../../../electron/core/bootstrap/kioskMode.js';
import {
  defaultDataDir,
  readKioskSettings,
  readProductionLocalSettings,
  SettingsError,
} from '../../../electron/core/bootstrap/kioskSettings.js';

describe('the kiosk mode', () => {
  it('is demo from a checkout and production when packaged, unless KIOSK_MODE says', () => {
    expect(resolveKioskMode({}, { packaged: false })).toBe('demo');
    expect(resolveKioskMode({}, { packaged: true })).toBe('production');
    expect(resolveKioskMode({ KIOSK_MODE: 'production' }, { packaged: false })).toBe('production');
    expect(resolveKioskMode({ KIOSK_MODE: 'demo' }, { packaged: true })).toBe('demo');
  });

  it('refuses any other KIOSK_MODE', () => {
    expect(() => resolveKioskMode({ KIOSK_MODE: 'prod' }, { packaged: false })).toThrow(SettingsError);
  });

  it('keeps demo data in a folder of its own beside the real one, never inside it', () => {
    const env = { XDG_DATA_HOME: '/home/hoa/.local/share' };
    expect(defaultDataDir(env, 'production', 'linux')).toBe(
      join('/home/hoa/.local/share', 'commune-vneid-kiosk'),
    );
    expect(defaultDataDir(env, 'demo', 'linux')).toBe(
      join('/home/hoa/.local/share', 'commune-vneid-kiosk-demo'),
    );
    expect(defaultDataDir({ ...env, KIOSK_DATA_DIR: '/srv/k' }, 'demo', 'linux')).toBe('/srv/k');
  });

  it('refuses the national system and credentials from the environment in production', () => {
    const env = { UPSTREAM_URL: 'https://x.vn', KIOSK_SECRET: 'a'.repeat(40) };
    expect(() => readProductionLocalSettings(env)).toThrow(
      /UPSTREAM_URL, KIOSK_SECRET cannot be set in production/,
    );
    expect(readProductionLocalSettings({}).idleSeconds).toEqual({ selfService: 90, assisted: 300 });
  });

  it('refuses plain http to another machine even in demo mode', () => {
    expect(() =>
      readKioskSettings({
        UPSTREAM_URL: 'http://10.1.2.3:4100',
        KIOSK_ID: 'KIOSK-01',
        KIOSK_SECRET: 'b'.repeat(20),
      }),
    ).toThrow(/UPSTREAM_URL: plain http is allowed only to this machine/);
  });

  it('takes --provision=<file> as production, and refuses it with KIOSK_MODE=demo', () => {
    const start = hostStart({ KIOSK_DATA_DIR: '/srv/k' }, ['--provision=/media/usb/kiosk.json'], {
      packaged: false,
    });
    expect(start).toMatchObject({
      mode: 'production',
      dataDir: '/srv/k',
      options: { mode: 'production', provisionFile: '/media/usb/kiosk.json' },
    });
    expect(() => hostStart({ KIOSK_MODE: 'demo' }, ['--provision=/x.json'], { packaged: false })).toThrow(
      SettingsError,
    );
  });
});
