import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../electron/core/bootstrap/kioskSettings.js';
import { launchStartCode } from '../../../electron/web/launch/launchSettings.js';

describe('the web host start code, from its environment', () => {
  it('is made at random by default, fixed by KIOSK_LAUNCH_CODE, and not made when a launcher opens the window', () => {
    expect(launchStartCode({})).toEqual({});
    expect(launchStartCode({ KIOSK_LAUNCH_CODE: 'test-launch-code-0123456789' })).toEqual({
      code: 'test-launch-code-0123456789',
    });
    expect(launchStartCode({ KIOSK_LAUNCH_WINDOW: '1' })).toBe('none');
    expect(launchStartCode({ KIOSK_LAUNCH_WINDOW: '0' })).toEqual({});
  });

  it('stops the start with a clear line for a code of the wrong shape, or a code and a window together', () => {
    expect(() => launchStartCode({ KIOSK_LAUNCH_CODE: 'short' })).toThrow(SettingsError);
    expect(() => launchStartCode({ KIOSK_LAUNCH_CODE: 'has spaces in it 0123' })).toThrow(
      /KIOSK_LAUNCH_CODE/,
    );
    expect(() => launchStartCode({ KIOSK_LAUNCH_WINDOW: 'yes' })).toThrow(/KIOSK_LAUNCH_WINDOW/);
    expect(() =>
      launchStartCode({ KIOSK_LAUNCH_WINDOW: '1', KIOSK_LAUNCH_CODE: 'test-launch-code-0123456789' }),
    ).toThrow(SettingsError);
  });
});
