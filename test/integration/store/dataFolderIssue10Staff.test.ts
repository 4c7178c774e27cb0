import { afterEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../../electron/core/createKioskCore.js';
import type { KioskCore } from '../../../electron/core/createKioskCore.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';

// A data folder written before issue 11 (see its README): CB01 (PIN 2468, a supervisor) and
// CB02 (PIN 13579, two wrong PINs). Their PINs break the new rules: they still sign in, but a
// production kiosk asks for a new one first; demo mode does not.
const now = () => new Date('2026-12-02T03:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue10', now);

let core: KioskCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

function coreOn(store: KioskStore, mode: 'demo' | 'production'): KioskCore {
  core = createKioskCore({
    info: {
      kioskId: 'KIOSK-DEMO-01',
      communeName: 'UBND xã Cẩm Bình',
      appVersion: '0.0.0-test',
      idleSeconds: { selfService: 90, assisted: 300 },
    },
    mode,
    store,
    dataDir: fixture.dataDir,
    // Nobody answers there: nothing here needs the national system.
    upstreamUrl: 'http://127.0.0.1:9',
    credentials: { kioskId: 'KIOSK-DEMO-01', secret: 'demo-secret-change-me' },
    now,
  });
  return core;
}

describe('staff of a data folder written before issue 11', () => {
  it('sign in with their old PINs; outside demo each must set a new one before anything else', async () => {
    const { handlers } = coreOn(await fixture.reopen(), 'production');
    for (const member of fixture.manifest.staff) {
      expect(
        await handlers.invoke('staff.signIn', { staffId: member.staffId, pin: member.pin }),
      ).toMatchObject({
        ok: true,
        value: { staffId: member.staffId, pinChangeRequired: true },
      });
      expect(await handlers.invoke('staff.current', {})).toEqual({ ok: true, value: { signedIn: false } });
      expect(await handlers.invoke('store.notices', {})).toMatchObject({
        error: { code: 'PIN_CHANGE_REQUIRED' },
      });
    }
    await handlers.invoke('staff.signIn', { staffId: 'CB01', pin: '2468' });
    expect(
      await handlers.invoke('staff.changePin', {
        currentPin: '2468',
        newPin: '480715',
        newPinAgain: '480715',
      }),
    ).toMatchObject({ ok: true, value: { staffId: 'CB01', role: 'staff' } });
    // Signed in now: staff methods answer again (both were written as staff: no supervisor here).
    expect(await handlers.invoke('store.notices', {})).toMatchObject({ ok: true });
    expect(await handlers.invoke('staffAdmin.list', {})).toMatchObject({
      error: { code: 'SUPERVISOR_REQUIRED' },
    });
    await core?.close();
    core = undefined;

    // The new PIN is durable; the old one is gone.
    const { handlers: again } = coreOn(await fixture.reopen(), 'production');
    expect(await again.invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
      error: { code: 'STAFF_PIN_WRONG' },
    });
    expect(await again.invoke('staff.signIn', { staffId: 'CB01', pin: '480715' })).toMatchObject({
      value: { pinChangeRequired: false },
    });
  });

  it('in demo mode sign in with their old PINs as before', async () => {
    const { handlers } = coreOn(await fixture.reopen(), 'demo');
    expect(await handlers.invoke('staff.signIn', { staffId: 'CB01', pin: '2468' })).toMatchObject({
      value: { pinChangeRequired: false },
    });
    expect(await handlers.invoke('staff.current', {})).toMatchObject({ value: { signedIn: true } });
  });
});
