import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalRecords } from '../../support/storeFixtures.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';
import { prepareModelNames } from '../../../electron/core/devices/deviceModelNames.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('staff sign-in', () => {
  it('signs the demo staff member in with CB01 / 2468, enrolled at first start', async () => {
    rig = await startCoreRig();
    expect(await rig.call('staff.current', {})).toEqual({ signedIn: false });
    const who = await rig.call('staff.signIn', { staffId: 'cb01', pin: STAFF.pin });
    const identity = { staffId: 'CB01', displayName: 'Cán bộ Nguyễn Thị Hoa', role: 'supervisor' as const };
    // Demo mode keeps the public demo PIN: no change asked.
    expect(who).toEqual({ ...identity, pinChangeRequired: false });
    expect(await rig.call('staff.current', {})).toEqual({ signedIn: true, ...identity });
    expect(rig.eventsOf('staff.changed').at(-1)).toEqual({ signedIn: true, ...identity });
  });

  it('keeps only a salted scrypt hash of the PIN, never the PIN', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    const [member] = rig.store.read().staff;
    expect(member?.pinHash).toMatchObject({ algorithm: 'scrypt', r: 8, p: 1 });
    expect(member?.pinHash?.N).toBeGreaterThanOrEqual(2 ** 14);
    expect(Buffer.from(member?.pinHash?.salt ?? '', 'base64')).toHaveLength(16);
    const enrolled = (await journalRecords(rig.dataDir)).filter(
      (record) => (record as { type: string }).type === 'staff.enrolled',
    );
    expect(enrolled).toHaveLength(1);
    const onDisk = JSON.stringify(enrolled);
    expect(onDisk).not.toContain(`"${STAFF.pin}"`);
    expect(onDisk).not.toMatch(/"pin"/);
    // Nothing the kiosk writes in the clear holds it either.
    for (const name of await readdir(join(rig.dataDir, 'audit'))) {
      expect(await readFile(join(rig.dataDir, 'audit', name), 'utf8')).not.toContain(STAFF.pin);
    }
  });

  it('refuses a wrong PIN with the attempts left, and locks out after five for 15 minutes', async () => {
    let nowMs = Date.now();
    rig = await startCoreRig({ now: () => new Date(nowMs) });
    // The third and fourth wrong tries at the kiosk make it wait 2 s, then 4 s (signInPace).
    for (const [left, wait] of [
      [4, undefined],
      [3, undefined],
      [2, 2],
      [1, 4],
    ] as const) {
      const refusal = await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' });
      expect(refusal).toEqual({
        code: 'STAFF_PIN_WRONG',
        message: expect.any(String),
        details: { attemptsLeft: left, ...(wait === undefined ? {} : { retryAfterSeconds: wait }) },
      });
      nowMs += (wait ?? 0) * 1000;
    }
    const locked = await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' });
    expect(locked).toMatchObject({
      code: 'STAFF_LOCKED_OUT',
      details: { until: new Date(nowMs + 15 * 60_000).toISOString() },
    });
    // The right PIN does not help while locked out, once the kiosk checks tries again.
    nowMs += 8_000;
    expect((await rig.refusal('staff.signIn', STAFF)).code).toBe('STAFF_LOCKED_OUT');
    expect(await rig.call('staff.current', {})).toEqual({ signedIn: false });
  });

  it('keeps the lockout across a restart, and lets the staff member in once it has run out', async () => {
    let nowMs = Date.now();
    const now = () => new Date(nowMs);
    rig = await startCoreRig({ now });
    for (let i = 0; i < 5; i++) {
      // A minute apart: longer than any wait the kiosk asks between tries.
      if (i > 0) nowMs += 60_000;
      await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '9999' });
    }
    await rig.restart({ now });
    expect((await rig.refusal('staff.signIn', STAFF)).code).toBe('STAFF_LOCKED_OUT');
    nowMs += 14 * 60_000;
    expect((await rig.refusal('staff.signIn', STAFF)).code).toBe('STAFF_LOCKED_OUT');
    nowMs += 61_000;
    await expect(rig.call('staff.signIn', STAFF)).resolves.toMatchObject({ staffId: 'CB01' });
  });

  it('keeps the count of wrong PINs across a restart, and a right PIN resets it', async () => {
    rig = await startCoreRig();
    for (let i = 0; i < 3; i++) await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '0000' });
    await rig.restart();
    expect(await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '0000' })).toMatchObject({
      details: { attemptsLeft: 1 },
    });
    await rig.call('staff.signIn', STAFF);
    expect(await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '0000' })).toMatchObject({
      details: { attemptsLeft: 4 },
    });
  });

  it('lets a signed-in member change their own PIN while the kiosk makes guessers wait', async () => {
    const nowMs = Date.now();
    rig = await startCoreRig({ now: () => new Date(nowMs) });
    await rig.call('staff.signIn', STAFF);
    for (const staffId of ['CB97', 'CB98', 'CB99']) {
      await rig.refusal('staff.signIn', { staffId, pin: '1111' });
    }
    expect((await rig.refusal('staff.signIn', { staffId: 'CB96', pin: '1111' })).code).toBe(
      'STAFF_SIGN_IN_WAIT',
    );
    expect(await rig.call('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB01' });
    await rig.call('staff.changePin', { currentPin: STAFF.pin, newPin: '592846', newPinAgain: '592846' });
    // Their own change did not end the guessers' wait.
    expect((await rig.refusal('staff.signIn', { staffId: 'CB96', pin: '1111' })).code).toBe(
      'STAFF_SIGN_IN_WAIT',
    );
  });

  it('makes the whole kiosk wait longer after each wrong try, whichever staff ID it was for', async () => {
    let nowMs = Date.now();
    rig = await startCoreRig({ now: () => new Date(nowMs) });
    await rig.call('staff.signIn', STAFF);
    await rig.call('staff.signOut', {});
    // Unknown IDs count too: a guesser cannot spread tries over made-up IDs.
    expect(await rig.refusal('staff.signIn', { staffId: 'CB98', pin: '1111' })).toMatchObject({
      details: {},
    });
    expect(await rig.refusal('staff.signIn', { staffId: 'CB99', pin: '1111' })).toMatchObject({
      details: {},
    });
    expect(await rig.refusal('staff.signIn', { staffId: 'CB97', pin: '1111' })).toMatchObject({
      details: { retryAfterSeconds: 2 },
    });
    // During the wait nothing is checked, not even the right PIN, and nothing is counted.
    nowMs += 1_000;
    expect(await rig.refusal('staff.signIn', STAFF)).toMatchObject({
      code: 'STAFF_SIGN_IN_WAIT',
      details: { retryAfterSeconds: 1 },
    });
    expect(rig.store.read().staff[0]?.failedAttempts).toBe(0);
    nowMs += 1_000;
    expect(await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' })).toMatchObject({
      code: 'STAFF_PIN_WRONG',
      details: { attemptsLeft: 4, retryAfterSeconds: 4 },
    });
    nowMs += 4_000;
    expect(await rig.refusal('staff.signIn', { staffId: 'CB96', pin: '1111' })).toMatchObject({
      details: { retryAfterSeconds: 8 },
    });
    // A right PIN after the wait starts the kiosk afresh: the next wrong try costs no wait.
    nowMs += 8_000;
    await rig.call('staff.signIn', STAFF);
    await rig.call('staff.signOut', {});
    expect(await rig.refusal('staff.signIn', { staffId: 'CB96', pin: '1111' })).toMatchObject({
      details: {},
    });
  });

  it('forgets earlier wrong tries after ten quiet minutes', async () => {
    let nowMs = Date.now();
    rig = await startCoreRig({ now: () => new Date(nowMs) });
    for (let i = 0; i < 3; i++) await rig.refusal('staff.signIn', { staffId: 'CB99', pin: '1111' });
    nowMs += 10 * 60_000;
    expect(await rig.refusal('staff.signIn', { staffId: 'CB99', pin: '1111' })).toMatchObject({
      details: {},
    });
  });

  it('refuses an unknown staff ID like a wrong PIN, without saying it does not exist', async () => {
    rig = await startCoreRig();
    const refusal = await rig.refusal('staff.signIn', { staffId: 'CB99', pin: STAFF.pin });
    expect(refusal).toEqual({ code: 'STAFF_PIN_WRONG', message: 'Wrong staff ID or PIN.', details: {} });
    expect((await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '12' })).code).toBe('BAD_ARGUMENTS');
  });

  it('signs out on request, and that ends the citizen session it was serving', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.an.id,
      dateOfBirth: DEMO.an.dob,
      cardChecked: true,
    });
    expect(await rig.call('staff.signOut', {})).toEqual({ signedOut: true });
    expect(await rig.call('staff.current', {})).toEqual({ signedIn: false });
    expect(rig.eventsOf('session.ended')).toEqual([{ reason: 'staff-signed-out' }]);
    expect(rig.eventsOf('staff.changed').at(-1)).toEqual({ signedIn: false });
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
    // Signing out twice is harmless.
    expect(await rig.call('staff.signOut', {})).toEqual({ signedOut: true });
  });

  it('signs an idle staff member out, ending the assisted session with them', async () => {
    // As a started kiosk does: the first device list must not spend the 300 ms building the phone names.
    prepareModelNames();
    rig = await startCoreRig({ idle: { staffMs: 300, assistedMs: 60_000 } });
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.an.id,
      dateOfBirth: DEMO.an.dob,
      cardChecked: true,
    });
    // Calls keep it alive; a screen polling staff.current or sync.status does not.
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await rig.call('account.read', {});
    }
    expect(await rig.call('staff.current', {})).toMatchObject({ signedIn: true });
    await until(() => rig?.eventsOf('staff.changed').at(-1)?.signedIn === false, 2_000, 'the idle sign-out');
    expect(rig.eventsOf('session.ended')).toEqual([{ reason: 'staff-signed-out' }]);
    expect(
      (
        await rig.refusal('session.attestByStaff', {
          idNumber: DEMO.an.id,
          dateOfBirth: DEMO.an.dob,
          cardChecked: true,
        })
      ).code,
    ).toBe('STAFF_REQUIRED');
  });
});
