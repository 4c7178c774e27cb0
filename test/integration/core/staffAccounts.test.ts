import { afterEach, describe, expect, it } from 'vitest';
import { journalRecords } from '../../support/storeFixtures.js';
import { STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreOverrides, CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

let clockMs = Date.parse('2026-12-02T02:00:00.000Z');
const clock: CoreOverrides = { now: () => new Date(clockMs) };

async function start(overrides: CoreOverrides = {}): Promise<CoreRig> {
  clockMs = Date.parse('2026-12-02T02:00:00.000Z');
  rig = await startCoreRig({ ...clock, ...overrides });
  return rig;
}

const NEW_PIN = '480715';

/** CB01 (demo supervisor) enrols CB09 and signs out; answers the setup code. */
async function enrolCb09(current: CoreRig, role: 'staff' | 'supervisor' = 'staff'): Promise<string> {
  await current.call('staff.signIn', STAFF);
  const issued = await current.call('staffAdmin.enrol', {
    staffId: 'CB09',
    displayName: 'Cán bộ Trần Văn Chín',
    role,
  });
  await current.call('staff.signOut', {});
  return issued.setupCode;
}

async function cb09SetsPin(current: CoreRig, setupCode: string, pin = NEW_PIN): Promise<void> {
  await current.call('staff.setPinWithCode', { staffId: 'cb09', setupCode, newPin: pin, newPinAgain: pin });
}

const storeNow = (current: CoreRig) => JSON.stringify(current.store.read());

describe('enrolment with a one-time setup code', () => {
  it('shows the code once, keeps only its hash, and lets the member set a PIN with it once', async () => {
    const current = await start();
    await current.call('staff.signIn', STAFF);
    const issued = await current.call('staffAdmin.enrol', {
      staffId: 'CB09',
      displayName: 'Cán bộ Trần Văn Chín',
      role: 'staff',
    });
    expect(issued.setupCode).toMatch(/^\d{8}$/);
    expect(Date.parse(issued.expiresAt) - clockMs).toBe(24 * 60 * 60 * 1000);
    expect(
      (await current.refusal('staffAdmin.enrol', { staffId: 'CB09', displayName: 'X', role: 'staff' })).code,
    ).toBe('STAFF_ID_TAKEN');
    const { members } = await current.call('staffAdmin.list', {});
    expect(members.find((member) => member.staffId === 'CB09')).toMatchObject({
      role: 'staff',
      status: 'awaiting-first-pin',
      setupCodeExpiresAt: issued.expiresAt,
    });
    // The kiosk registers the member with the national system.
    await until(() =>
      current.store.read().staff.some((m) => m.staffId === 'CB09' && m.registeredAt !== undefined),
    );
    expect(JSON.stringify(await journalRecords(current.dataDir))).not.toContain(issued.setupCode);
    await current.call('staff.signOut', {});

    // A weak PIN, or two that differ, change nothing: the code still works afterwards.
    const before = storeNow(current);
    const weak = await current.refusal('staff.setPinWithCode', {
      staffId: 'CB09',
      setupCode: issued.setupCode,
      newPin: '123456',
      newPinAgain: '123456',
    });
    expect(weak).toMatchObject({ code: 'PIN_TOO_WEAK', details: { rule: 'sequence' } });
    expect(
      (
        await current.refusal('staff.setPinWithCode', {
          staffId: 'CB09',
          setupCode: issued.setupCode,
          newPin: NEW_PIN,
          newPinAgain: '480716',
        })
      ).code,
    ).toBe('SETUP_PIN_MISMATCH');
    expect(storeNow(current)).toBe(before);

    expect(
      await current.call('staff.setPinWithCode', {
        staffId: 'cb09',
        setupCode: issued.setupCode,
        newPin: NEW_PIN,
        newPinAgain: NEW_PIN,
      }),
    ).toEqual({ staffId: 'CB09', displayName: 'Cán bộ Trần Văn Chín', role: 'staff' });
    expect(await current.call('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB09' });
    await current.call('staff.signOut', {});

    // One time only.
    expect(
      await current.refusal('staff.setPinWithCode', {
        staffId: 'CB09',
        setupCode: issued.setupCode,
        newPin: '592846',
        newPinAgain: '592846',
      }),
    ).toMatchObject({ code: 'SETUP_CODE_WRONG', details: { attemptsLeft: 4 } });
    expect(await current.call('staff.signIn', { staffId: 'CB09', pin: NEW_PIN })).toMatchObject({
      pinChangeRequired: false,
    });
  });

  it('counts wrong setup codes toward the lockout, which a supervisor can end', async () => {
    const current = await start();
    const code = await enrolCb09(current);
    const wrong = code === '11112222' ? '22221111' : '11112222';
    const attempt = (setupCode: string) =>
      current.refusal('staff.setPinWithCode', {
        staffId: 'CB09',
        setupCode,
        newPin: NEW_PIN,
        newPinAgain: NEW_PIN,
      });
    for (const left of [4, 3, 2, 1]) {
      expect(await attempt(wrong)).toMatchObject({
        code: 'SETUP_CODE_WRONG',
        details: { attemptsLeft: left },
      });
      // Past the kiosk-wide wait that wrong tries pile up (signInPace).
      clockMs += 60_000;
    }
    expect((await attempt(wrong)).code).toBe('STAFF_LOCKED_OUT');
    clockMs += 60_000;
    // The right code does not help while locked out.
    expect((await attempt(code)).code).toBe('STAFF_LOCKED_OUT');
    clockMs += 60_000;
    // An unknown ID says nothing about attempts.
    const unknown = await current.refusal('staff.setPinWithCode', {
      staffId: 'CB77',
      setupCode: code,
      newPin: NEW_PIN,
      newPinAgain: NEW_PIN,
    });
    expect(unknown.code).toBe('SETUP_CODE_WRONG');
    expect(unknown).not.toHaveProperty('details.attemptsLeft');
    clockMs += 60_000;

    await current.call('staff.signIn', STAFF);
    const listed = await current.call('staffAdmin.list', {});
    expect(listed.members.find((member) => member.staffId === 'CB09')?.status).toBe('locked');
    expect((await current.call('staffAdmin.unlock', { staffId: 'CB09' })).account.status).toBe(
      'awaiting-first-pin',
    );
    await current.call('staff.signOut', {});
    await cb09SetsPin(current, code);
  });

  it('refuses a code after 24 hours; a reset issues a new one and the old PIN stops working', async () => {
    const current = await start();
    const code = await enrolCb09(current);
    clockMs += 24 * 60 * 60 * 1000 + 1;
    expect(
      (
        await current.refusal('staff.setPinWithCode', {
          staffId: 'CB09',
          setupCode: code,
          newPin: NEW_PIN,
          newPinAgain: NEW_PIN,
        })
      ).code,
    ).toBe('SETUP_CODE_EXPIRED');
    await current.call('staff.signIn', STAFF);
    const reset = await current.call('staffAdmin.resetPin', { staffId: 'CB09' });
    await current.call('staff.signOut', {});
    await cb09SetsPin(current, reset.setupCode);
    await current.call('staff.signOut', {});

    await current.call('staff.signIn', STAFF);
    const again = await current.call('staffAdmin.resetPin', { staffId: 'CB09' });
    await current.call('staff.signOut', {});
    expect((await current.refusal('staff.signIn', { staffId: 'CB09', pin: NEW_PIN })).code).toBe(
      'STAFF_PIN_WRONG',
    );
    await cb09SetsPin(current, again.setupCode, '592846');
  });
});

describe("a supervisor's care of accounts", () => {
  it('disables a member (refused at sign-in, signed out if signed in) and enables them again', async () => {
    const current = await start();
    await cb09SetsPin(current, await enrolCb09(current, 'supervisor'));
    await current.call('staff.signOut', {});
    await current.call('staff.signIn', STAFF);
    expect(
      (await current.call('staffAdmin.setEnabled', { staffId: 'CB09', enabled: false })).account.status,
    ).toBe('disabled');
    await current.call('staff.signOut', {});
    expect((await current.refusal('staff.signIn', { staffId: 'CB09', pin: NEW_PIN })).code).toBe(
      'STAFF_DISABLED',
    );
    // A wrong PIN is still just wrong: being disabled is not told to a guesser.
    expect((await current.refusal('staff.signIn', { staffId: 'CB09', pin: '999999' })).code).toBe(
      'STAFF_PIN_WRONG',
    );

    await current.call('staff.signIn', STAFF);
    await current.call('staffAdmin.setEnabled', { staffId: 'CB09', enabled: true });
    await current.call('staff.signIn', { staffId: 'CB09', pin: NEW_PIN });
    // CB09, a supervisor, disables CB01 and then themself: CB01 is the last active one now.
    await current.call('staffAdmin.setEnabled', { staffId: 'CB01', enabled: false });
    expect((await current.refusal('staffAdmin.setEnabled', { staffId: 'CB09', enabled: false })).code).toBe(
      'LAST_SUPERVISOR',
    );
    await current.call('staffAdmin.setEnabled', { staffId: 'CB01', enabled: true });
    await current.call('staffAdmin.setEnabled', { staffId: 'CB09', enabled: false });
    expect(await current.call('staff.current', {})).toEqual({ signedIn: false });
  });

  it('never leaves the kiosk without an active supervisor', async () => {
    const current = await start();
    await enrolCb09(current, 'supervisor');
    await current.call('staff.signIn', STAFF);
    // CB09 has no PIN yet: not an active supervisor.
    expect((await current.refusal('staffAdmin.setRole', { staffId: 'CB01', role: 'staff' })).code).toBe(
      'LAST_SUPERVISOR',
    );
    expect((await current.refusal('staffAdmin.setEnabled', { staffId: 'CB01', enabled: false })).code).toBe(
      'LAST_SUPERVISOR',
    );
    // Nor left without a PIN, which would leave nobody to manage staff until the code is used.
    expect((await current.refusal('staffAdmin.resetPin', { staffId: 'CB01' })).code).toBe('LAST_SUPERVISOR');
    expect((await current.refusal('staffAdmin.unlock', { staffId: 'CB99' })).code).toBe('STAFF_NOT_FOUND');
  });

  it('reads the role from the store on every call: a member made staff is refused at once', async () => {
    const current = await start();
    await cb09SetsPin(current, await enrolCb09(current, 'supervisor'));
    expect((await current.call('staffAdmin.list', {})).members).toHaveLength(2);
    await current.call('staffAdmin.setRole', { staffId: 'CB01', role: 'staff' });
    await current.call('staff.signIn', STAFF);
    await current.call('staff.signOut', {});
    await current.call('staff.signIn', { staffId: 'CB09', pin: NEW_PIN });
    await current.call('staffAdmin.setRole', { staffId: 'CB01', role: 'supervisor' });
    // CB09 demotes themself (CB01 is a supervisor again); the session's role still says supervisor.
    await current.call('staffAdmin.setRole', { staffId: 'CB09', role: 'staff' });
    const before = storeNow(current);
    expect((await current.refusal('staffAdmin.list', {})).code).toBe('SUPERVISOR_REQUIRED');
    expect((await current.refusal('staffAdmin.resetPin', { staffId: 'CB01' })).code).toBe(
      'SUPERVISOR_REQUIRED',
    );
    expect((await current.refusal('staffAdmin.setRole', { staffId: 'CB09', role: 'supervisor' })).code).toBe(
      'SUPERVISOR_REQUIRED',
    );
    expect(storeNow(current)).toBe(before);
  });

  it('refuses staff methods to a citizen or nobody, and supervisor methods to staff, changing nothing', async () => {
    const current = await start();
    await cb09SetsPin(current, await enrolCb09(current));
    await current.call('staff.signOut', {});
    const before = storeNow(current);
    for (const [method, args] of [
      ['staffAdmin.list', {}],
      ['staffAdmin.enrol', { staffId: 'CB10', displayName: 'Mười', role: 'supervisor' }],
      ['staffAdmin.setEnabled', { staffId: 'CB01', enabled: false }],
      ['staffAdmin.resetPin', { staffId: 'CB01' }],
      ['staffAdmin.setRole', { staffId: 'CB09', role: 'supervisor' }],
      ['staff.changePin', { currentPin: NEW_PIN, newPin: '592846', newPinAgain: '592846' }],
    ] as const) {
      expect((await current.refusal(method, args)).code, method).toBe('STAFF_REQUIRED');
    }
    await current.call('staff.signIn', { staffId: 'CB09', pin: NEW_PIN });
    const signedIn = storeNow(current);
    for (const [method, args] of [
      ['staffAdmin.list', {}],
      ['staffAdmin.enrol', { staffId: 'CB10', displayName: 'Mười', role: 'supervisor' }],
      ['staffAdmin.setEnabled', { staffId: 'CB01', enabled: false }],
      ['staffAdmin.resetPin', { staffId: 'CB01' }],
      ['staffAdmin.unlock', { staffId: 'CB01' }],
      ['staffAdmin.setRole', { staffId: 'CB09', role: 'supervisor' }],
    ] as const) {
      expect((await current.refusal(method, args)).code, method).toBe('SUPERVISOR_REQUIRED');
    }
    expect(storeNow(current)).toBe(signedIn);
    // Signing in counted nothing against anyone either.
    expect(JSON.parse(signedIn).staff).toEqual(JSON.parse(before).staff);
  });

  it('keeps every account change over a restart, replayed from the journal and after a fold', async () => {
    const current = await start();
    await cb09SetsPin(current, await enrolCb09(current, 'supervisor'));
    await current.call('staffAdmin.setRole', { staffId: 'CB09', role: 'staff' });
    await current.call('staff.signOut', {});
    await current.call('staff.signIn', STAFF);
    await current.call('staffAdmin.enrol', { staffId: 'CB10', displayName: 'Cán bộ Mười', role: 'staff' });
    await current.call('staffAdmin.setEnabled', { staffId: 'CB09', enabled: false });
    await until(() => current.store.read().staff.every((member) => member.registeredAt !== undefined));
    const listed = (await current.call('staffAdmin.list', {})).members;
    await current.restart(clock);
    await current.call('staff.signIn', STAFF);
    expect((await current.call('staffAdmin.list', {})).members).toEqual(listed);
    await current.store.compact();
    await current.restart(clock);
    await current.call('staff.signIn', STAFF);
    expect((await current.call('staffAdmin.list', {})).members).toEqual(listed);
    expect(listed.map(({ staffId, role, status }) => [staffId, role, status])).toEqual([
      ['CB01', 'supervisor', 'active'],
      ['CB09', 'staff', 'disabled'],
      ['CB10', 'staff', 'awaiting-first-pin'],
    ]);
  });
});

describe('changing a PIN', () => {
  it('asks for a new PIN after a sign-in with an old one outside demo, and allows nothing else until then', async () => {
    const current = await start({
      mode: 'production',
      initialStaff: [
        { staffId: 'CB01', displayName: 'Cán bộ Hoa', pin: '2468', role: 'supervisor', registered: true },
      ],
    });
    expect(await current.call('staff.signIn', STAFF)).toEqual({
      staffId: 'CB01',
      displayName: 'Cán bộ Hoa',
      role: 'supervisor',
      pinChangeRequired: true,
    });
    expect(await current.call('staff.current', {})).toEqual({ signedIn: false });
    expect((await current.refusal('staffAdmin.list', {})).code).toBe('PIN_CHANGE_REQUIRED');
    expect((await current.refusal('store.notices', {})).code).toBe('PIN_CHANGE_REQUIRED');
    expect(
      await current.refusal('staff.changePin', {
        currentPin: '2468',
        newPin: '111111',
        newPinAgain: '111111',
      }),
    ).toMatchObject({ code: 'PIN_TOO_WEAK', details: { rule: 'same-digits' } });
    expect(
      await current.refusal('staff.changePin', { currentPin: '2469', newPin: NEW_PIN, newPinAgain: NEW_PIN }),
    ).toMatchObject({ code: 'STAFF_PIN_WRONG', details: { attemptsLeft: 4 } });
    await current.call('staff.changePin', { currentPin: '2468', newPin: NEW_PIN, newPinAgain: NEW_PIN });
    expect(await current.call('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB01' });
    expect((await current.call('staffAdmin.list', {})).members).toHaveLength(1);
    await current.call('staff.signOut', {});
    expect((await current.refusal('staff.signIn', STAFF)).code).toBe('STAFF_PIN_WRONG');
    expect(await current.call('staff.signIn', { staffId: 'CB01', pin: NEW_PIN })).toMatchObject({
      pinChangeRequired: false,
    });
  });

  it('lets a signed-in member change their own PIN, with the current one', async () => {
    const current = await start();
    await current.call('staff.signIn', STAFF);
    await current.call('staff.changePin', { currentPin: STAFF.pin, newPin: NEW_PIN, newPinAgain: NEW_PIN });
    expect(await current.call('staff.current', {})).toMatchObject({ signedIn: true, staffId: 'CB01' });
    await current.call('staff.signOut', {});
    expect(await current.call('staff.signIn', { staffId: 'CB01', pin: NEW_PIN })).toMatchObject({
      staffId: 'CB01',
    });
    const audit = (await journalRecords(current.dataDir))
      .map((record) => record as { type: string; entry?: { action: string } })
      .filter((record) => record.type === 'audit.appended')
      .map((record) => record.entry?.action);
    expect(audit).toContain('staff.pinChanged');
  });
});
