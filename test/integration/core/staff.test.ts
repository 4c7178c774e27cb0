import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalRecords } from '../../support/storeFixtures.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

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
    rig = await startCoreRig();
    for (const left of [4, 3, 2, 1]) {
      const refusal = await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' });
      expect(refusal.code).toBe('STAFF_PIN_WRONG');
      expect(refusal).toMatchObject({ code: 'STAFF_PIN_WRONG', details: { attemptsLeft: left } });
    }
    const before = Date.now();
    const locked = await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '1111' });
    expect(locked.code).toBe('STAFF_LOCKED_OUT');
    const until15 = Date.parse(locked.code === 'STAFF_LOCKED_OUT' ? locked.details.until : '');
    expect(until15 - before).toBeGreaterThanOrEqual(15 * 60_000 - 1_000);
    expect(until15 - before).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    // The right PIN does not help while locked out.
    expect((await rig.refusal('staff.signIn', STAFF)).code).toBe('STAFF_LOCKED_OUT');
    expect(await rig.call('staff.current', {})).toEqual({ signedIn: false });
  });

  it('keeps the lockout across a restart, and lets the staff member in once it has run out', async () => {
    let nowMs = Date.now();
    const now = () => new Date(nowMs);
    rig = await startCoreRig({ now });
    for (let i = 0; i < 5; i++) await rig.refusal('staff.signIn', { staffId: 'CB01', pin: '9999' });
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
