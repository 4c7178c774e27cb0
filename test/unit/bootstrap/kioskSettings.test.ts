import { describe, expect, it } from 'vitest';
import { readKioskSettings, SettingsError } from '../../../electron/core/bootstrap/kioskSettings.js';

const nationalSystem = {
  UPSTREAM_URL: 'http://127.0.0.1:4100',
  KIOSK_ID: 'KIOSK-XA-CAM-BINH-01',
  KIOSK_SECRET: 'a-secret-of-this-kiosk',
};

function refusal(env: NodeJS.ProcessEnv): SettingsError {
  try {
    readKioskSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('the settings were accepted');
}

describe('kiosk settings: the national system', () => {
  it('talks to the national system the environment names, as the kiosk it names', () => {
    expect(readKioskSettings(nationalSystem).upstream).toEqual({
      url: 'http://127.0.0.1:4100',
      kioskId: 'KIOSK-XA-CAM-BINH-01',
      secret: 'a-secret-of-this-kiosk',
    });
  });

  it('never starts a demo service itself: with no national system named it stops, saying who starts one', () => {
    const error = refusal({});
    expect(error.code).toBe('KIOSK_SETTINGS_INVALID');
    expect(error.message).toContain('UPSTREAM_URL');
    expect(error.message).toContain('npm start');
  });

  it.each([
    ['a URL that is not http', { ...nationalSystem, UPSTREAM_URL: 'ftp://127.0.0.1' }, 'UPSTREAM_URL'],
    ['no kiosk id', { ...nationalSystem, KIOSK_ID: '' }, 'KIOSK_ID'],
    ['a short secret', { ...nationalSystem, KIOSK_SECRET: 'short' }, 'KIOSK_SECRET'],
  ])('refuses %s, naming the variable', (_case, env, variable) => {
    const error = refusal(env);
    expect(error.code).toBe('KIOSK_SETTINGS_INVALID');
    expect(error.message).toContain(variable);
  });
});
