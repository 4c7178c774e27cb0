import { describe, expect, it } from 'vitest';
import { activeDevice, suspiciousDevices } from '../../../shared/rules/devices.js';
import { DEMO_NOW, demoAccounts } from './fixtures/demoAccounts.js';
import { daysAgo, device, NOW } from './fixtures/devices.js';

describe('activeDevice', () => {
  it('finds none on an account without devices', () => {
    expect(activeDevice([])).toEqual({ ok: true, device: undefined });
  });

  it('finds none when every device is unlinked from use', () => {
    expect(activeDevice([device('a'), device('b')])).toEqual({ ok: true, device: undefined });
  });

  it('finds the one active device', () => {
    const active = device('b', { active: true });
    expect(activeDevice([device('a'), active, device('c')])).toEqual({ ok: true, device: active });
  });

  it('refuses a list with more than one active device', () => {
    const result = activeDevice([device('a', { active: true }), device('b'), device('c', { active: true })]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'MORE_THAN_ONE_ACTIVE', deviceIds: ['a', 'c'] },
    });
    // A code and the facts, never words: the catalogues word it (test/unit/i18n).
    if (!result.ok) expect(Object.keys(result.error).sort()).toEqual(['code', 'deviceIds']);
  });

  it.each([
    ['An', demoAccounts.an.devices, 'dev-an-ip15'],
    ['Bình', demoAccounts.binh.devices, 'dev-binh-1'],
    ['Giang', demoAccounts.giang.devices, undefined],
  ])('finds %s’s active device', (_name, devices, expectedId) => {
    const result = activeDevice(devices);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.device?.deviceId).toBe(expectedId);
  });
});

describe('suspiciousDevices', () => {
  it.each([
    ['seen yesterday', 1, []],
    ['seen 89 days ago', 89, []],
    ['seen 90 days ago', 90, ['stale']],
    ['seen 400 days ago', 400, ['stale']],
  ])('flags an inactive device %s: %j', (_label, days, reasons) => {
    const found = suspiciousDevices(
      [device('old', { lastSeen: daysAgo(days) }), device('new', { active: true })],
      NOW,
    );
    expect(found).toEqual(
      reasons.length === 0 ? [] : [{ deviceId: 'old', reasons, daysSinceLastSeen: days }],
    );
  });

  it('never flags the active device, however old or far away', () => {
    const devices = [
      device('now', { active: true, lastSeen: daysAgo(1000), lastPlace: 'Cà Mau' }),
      device('other', { lastPlace: 'Hà Nội' }),
    ];
    expect(suspiciousDevices(devices, NOW).map((finding) => finding.deviceId)).toEqual(['other']);
  });

  it('flags a device last seen where no other device was', () => {
    const devices = [
      device('phone', { active: true, lastPlace: 'Cẩm Xuyên, Hà Tĩnh' }),
      device('tablet', { lastPlace: 'Cẩm Xuyên, Hà Tĩnh' }),
      device('stranger', { lastPlace: 'Móng Cái, Quảng Ninh' }),
    ];
    expect(suspiciousDevices(devices, NOW)).toEqual([
      {
        deviceId: 'stranger',
        reasons: ['unfamiliar-place'],
        daysSinceLastSeen: 1,
        unfamiliarPlace: 'Móng Cái, Quảng Ninh',
      },
    ]);
  });

  it('treats places that differ only in case, spacing or accent encoding as the same', () => {
    const devices = [
      device('phone', { active: true, lastPlace: 'Hà Tĩnh' }),
      device('spaced', { lastPlace: '  hà   tĩnh ' }),
      device('decomposed', { lastPlace: 'Hà Tĩnh'.normalize('NFD') }),
    ];
    expect(suspiciousDevices(devices, NOW)).toEqual([]);
  });

  it('does not judge a place with nothing to compare it with', () => {
    expect(suspiciousDevices([device('lone', { lastPlace: 'Hà Nội' })], NOW)).toEqual([]);
    expect(
      suspiciousDevices(
        [
          device('a', { lastPlace: 'Hà Nội' }),
          device('b', { active: true }),
          device('c', { lastPlace: ' ' }),
        ],
        NOW,
      ),
    ).toEqual([]);
    expect(suspiciousDevices([device('a'), device('b', { active: true, lastPlace: 'Hà Nội' })], NOW)).toEqual(
      [],
    );
  });

  it('gives both reasons, stale first, and keeps the input order', () => {
    const devices = [
      device('far-and-old', { lastSeen: daysAgo(120), lastPlace: 'Đà Nẵng' }),
      device('home', { active: true, lastPlace: 'Hà Tĩnh' }),
      device('old', { lastSeen: daysAgo(95), lastPlace: 'Hà Tĩnh' }),
    ];
    expect(suspiciousDevices(devices, NOW.getTime())).toEqual([
      {
        deviceId: 'far-and-old',
        reasons: ['stale', 'unfamiliar-place'],
        daysSinceLastSeen: 120,
        unfamiliarPlace: 'Đà Nẵng',
      },
      { deviceId: 'old', reasons: ['stale'], daysSinceLastSeen: 95 },
    ]);
  });

  it('does not call a device stale when its last-seen time is ahead of the clock', () => {
    expect(suspiciousDevices([device('ahead', { lastSeen: daysAgo(-3) })], NOW)).toEqual([]);
  });

  it('takes another staleness threshold', () => {
    const devices = [device('month', { lastSeen: daysAgo(31) }), device('week', { lastSeen: daysAgo(7) })];
    expect(suspiciousDevices(devices, NOW, { staleAfterDays: 30 }).map((f) => f.deviceId)).toEqual(['month']);
  });

  it('flags An’s old Samsung and not his iPhone (DESIGN §9)', () => {
    expect(suspiciousDevices(demoAccounts.an.devices, DEMO_NOW)).toEqual([
      { deviceId: 'dev-an-a52', reasons: ['stale'], daysSinceLastSeen: 150 },
    ]);
  });

  it.each([
    ['Bình', demoAccounts.binh.devices],
    ['Cường', demoAccounts.cuong.devices],
    ['Dung', demoAccounts.dung.devices],
    ['Em', demoAccounts.em.devices],
    ['Giang', demoAccounts.giang.devices],
  ])('flags nothing for %s, whose only device is the active one', (_name, devices) => {
    expect(suspiciousDevices(devices, DEMO_NOW)).toEqual([]);
  });
});
