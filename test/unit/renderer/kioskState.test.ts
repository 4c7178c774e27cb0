import { describe, expect, it } from 'vitest';
import type { ChangeReceipt, SessionSummary } from '../../../shared/ipc/contract.js';
import {
  citizenOf,
  initialKioskState,
  kioskReducer,
  planWipe,
} from '../../../renderer/src/state/kioskState.js';
import type { KioskAction, KioskState, Route, WipeReason } from '../../../renderer/src/state/kioskState.js';

const an: SessionSummary = {
  idNumberMasked: '0010****2345',
  fullName: 'Nguyễn Văn An',
  level: 2,
  status: 'active',
  verifiedBy: 'passcode',
  assisted: false,
};
const staff = { staffId: 'CB01', displayName: 'Cán bộ Nguyễn Thị Hoa', role: 'supervisor' as const };
const unlinkReceipt: ChangeReceipt = {
  changeId: '6f1c2a8e-2b4d-4c1e-9a3f-0d5e7b9c1a2f',
  reference: 'VN-7K3M-9QXZ',
  kind: 'unlink-device',
  state: 'applied',
  acceptedAt: '2026-12-01T08:00:00.000Z',
};
const unlockReceipt: ChangeReceipt = { ...unlinkReceipt, kind: 'unlock-request', state: 'pending' };

const at = (route: Route, extra: Partial<KioskState> = {}): KioskState => ({
  ...initialKioskState,
  route,
  ...extra,
});
const run = (state: KioskState, ...actions: KioskAction[]) => actions.reduce(kioskReducer, state);

const welcome = at({ screen: 'welcome' });
const devices = at({ screen: 'devices', citizen: an });
const account = at({ screen: 'account', citizen: an });
const receipt = at({
  screen: 'receipt',
  citizen: an,
  receipt: unlinkReceipt,
  deviceName: 'Samsung Galaxy A52',
});
const citizenScreens = { account, devices, receipt };
const identify = at({ screen: 'identify', intent: 'devices' });
const lookup = at({ screen: 'lookup' });
const guide = at({ screen: 'guide' });
const staffSignIn = at({ screen: 'staff-sign-in' });
const wiped = at({ screen: 'wiped' });
const otherScreens = { welcome, identify, lookup, guide, staffSignIn, wiped };

/** Nothing of the citizen, their receipt or the device they named is left anywhere in the state. */
function expectNoTraceOfCitizen(state: KioskState) {
  const text = JSON.stringify(state);
  for (const trace of [an.fullName ?? '', an.idNumberMasked, unlinkReceipt.reference, 'Samsung']) {
    expect(text).not.toContain(trace);
  }
  expect(citizenOf(state)).toBeUndefined();
}

describe('kiosk screens', () => {
  it('starts on Welcome, with no citizen and no staff', () => {
    expect(initialKioskState.route).toEqual({ screen: 'welcome' });
    expect(initialKioskState.staff).toBeNull();
    expect(citizenOf(initialKioskState)).toBeUndefined();
  });

  it('opens lookup, the guide and staff sign-in from Welcome only', () => {
    for (const screen of ['lookup', 'guide', 'staff-sign-in'] as const) {
      expect(kioskReducer(welcome, { type: 'open', screen }).route).toEqual({ screen });
      expect(kioskReducer(devices, { type: 'open', screen })).toBe(devices);
      expect(kioskReducer(identify, { type: 'open', screen })).toBe(identify);
    }
  });

  it('goes home from every screen without a citizen, and never walks away from a citizen', () => {
    for (const [name, state] of Object.entries(otherScreens)) {
      expect(kioskReducer(state, { type: 'home' }).route, name).toEqual({ screen: 'welcome' });
    }
    for (const state of Object.values(citizenScreens))
      expect(kioskReducer(state, { type: 'home' })).toBe(state);
  });

  it('starts identification from Welcome or the guide, keeping what the citizen came to do', () => {
    expect(kioskReducer(welcome, { type: 'identify', intent: 'unlock' }).route).toEqual({
      screen: 'identify',
      intent: 'unlock',
    });
    expect(kioskReducer(guide, { type: 'identify', intent: 'unlink' }).route).toEqual({
      screen: 'identify',
      intent: 'unlink',
    });
    expect(kioskReducer(lookup, { type: 'identify', intent: 'devices' })).toBe(lookup);
    expect(kioskReducer(devices, { type: 'identify', intent: 'devices' })).toBe(devices);
  });

  it('after identification, shows the account for an unlock and the devices otherwise, carrying the citizen', () => {
    const verify = (intent: 'devices' | 'unlink' | 'unlock') =>
      run(welcome, { type: 'identify', intent }, { type: 'verified', citizen: an }).route;
    expect(verify('unlock')).toEqual({ screen: 'account', citizen: an });
    expect(verify('devices')).toEqual({ screen: 'devices', citizen: an });
    expect(verify('unlink')).toEqual({ screen: 'devices', citizen: an });
  });

  it('refuses a verification that arrives when the identify screen is gone (after a wipe)', () => {
    for (const state of [welcome, wiped, devices]) {
      expect(kioskReducer(state, { type: 'verified', citizen: an })).toBe(state);
    }
  });

  it('moves between the account, the devices and the receipt with the same citizen', () => {
    expect(kioskReducer(devices, { type: 'show-account' }).route).toEqual({ screen: 'account', citizen: an });
    expect(kioskReducer(account, { type: 'show-devices' }).route).toEqual({ screen: 'devices', citizen: an });
    expect(kioskReducer(receipt, { type: 'show-devices' }).route).toEqual({ screen: 'devices', citizen: an });
    const unlock = kioskReducer(account, { type: 'changed', receipt: unlockReceipt, deviceName: '' });
    expect(unlock.route).toEqual({ screen: 'receipt', citizen: an, receipt: unlockReceipt, deviceName: '' });
    expect(kioskReducer(unlock, { type: 'show-account' }).route).toEqual({ screen: 'account', citizen: an });
    expect(
      kioskReducer(devices, { type: 'changed', receipt: unlinkReceipt, deviceName: 'iPhone 15' }).route,
    ).toEqual({ screen: 'receipt', citizen: an, receipt: unlinkReceipt, deviceName: 'iPhone 15' });
  });

  it('cannot build the account, devices or receipt screen without a citizen', () => {
    for (const [name, state] of Object.entries(otherScreens)) {
      for (const action of [
        { type: 'show-devices' },
        { type: 'show-account' },
        { type: 'changed', receipt: unlinkReceipt, deviceName: '' },
      ] as const) {
        expect(kioskReducer(state, action), `${action.type} from ${name}`).toBe(state);
      }
    }
    expect(kioskReducer(receipt, { type: 'changed', receipt: unlinkReceipt, deviceName: '' })).toBe(receipt);
  });

  it('after a staff sign-in, starts a fresh Welcome in assisted mode', () => {
    const signedIn = kioskReducer(staffSignIn, { type: 'staff-signed-in', staff });
    expect(signedIn).toEqual({ route: { screen: 'welcome' }, staff, generation: 1 });
    expect(kioskReducer(welcome, { type: 'staff-signed-in', staff })).toBe(welcome);
  });

  it('follows the core on who is signed in as staff, without changing the screen', () => {
    const known = kioskReducer(devices, { type: 'staff-known', staff });
    expect(known).toEqual({ ...devices, staff });
    expect(kioskReducer(known, { type: 'staff-known', staff: null })).toEqual(devices);
  });
});

describe('the wipe', () => {
  const reasons: WipeReason[] = ['ended', 'idle', 'staff-signed-out'];

  it('leaves nothing of the citizen, whatever the screen, the reason or who asked', () => {
    for (const state of Object.values(citizenScreens)) {
      for (const reason of reasons) {
        for (const origin of ['screen', 'core'] as const) {
          const next = kioskReducer({ ...state, staff }, { type: 'wipe', reason, origin });
          expectNoTraceOfCitizen(next);
          // The screens are keyed by the generation: each one is dropped with its state.
          expect(next.generation).toBe(state.generation + 1);
          expect(planWipe({ ...state, staff }, { reason, origin }).resetLanguage).toBe(true);
        }
      }
    }
  });

  it('"Kết thúc" leads home, ends the core session and keeps the staff member', () => {
    const plan = planWipe({ ...devices, staff }, { reason: 'ended', origin: 'screen' });
    expect(plan.next.route).toEqual({ screen: 'welcome' });
    expect(plan.next.staff).toEqual(staff);
    expect(plan).toMatchObject({ resetLanguage: true, endCoreSession: true, signOutStaff: false });
  });

  it('the staff sign-out button leads home and signs the staff member out in the core too', () => {
    const plan = planWipe({ ...receipt, staff }, { reason: 'staff-signed-out', origin: 'screen' });
    expect(plan.next.route).toEqual({ screen: 'welcome' });
    expect(plan.next.staff).toBeNull();
    expect(plan).toMatchObject({ endCoreSession: true, signOutStaff: true });
  });

  it('the idle countdown says the traces were wiped, and signs out staff', () => {
    for (const state of [account, identify, lookup]) {
      const plan = planWipe({ ...state, staff }, { reason: 'idle', origin: 'screen' });
      expect(plan.next.route).toEqual({ screen: 'wiped' });
      expect(plan.next.staff).toBeNull();
      // A half-typed ID number goes with the identify screen's state.
      expect(plan.next.generation).toBe(state.generation + 1);
      expect(plan).toMatchObject({ resetLanguage: true, endCoreSession: true, signOutStaff: true });
    }
    const alone = planWipe(account, { reason: 'idle', origin: 'screen' });
    expect(alone.signOutStaff).toBe(false);
  });

  it('the idle countdown on Welcome stays on Welcome and only puts the language back', () => {
    const plan = planWipe({ ...welcome, staff }, { reason: 'idle', origin: 'screen' });
    expect(plan.next.route).toEqual({ screen: 'welcome' });
    expect(plan.next.staff).toBeNull();
    expect(plan.resetLanguage).toBe(true);
  });

  it('a session the core ended leads home when asked for, and to the wiped notice otherwise', () => {
    const ended = planWipe({ ...devices, staff }, { reason: 'ended', origin: 'core' });
    expect(ended.next).toMatchObject({ route: { screen: 'welcome' }, staff });
    const idle = planWipe({ ...devices, staff }, { reason: 'idle', origin: 'core' });
    expect(idle.next).toMatchObject({ route: { screen: 'wiped' }, staff });
    const signedOut = planWipe({ ...devices, staff }, { reason: 'staff-signed-out', origin: 'core' });
    expect(signedOut.next).toMatchObject({ route: { screen: 'wiped' }, staff: null });
    // The core already did its part.
    for (const plan of [ended, idle, signedOut]) {
      expect(plan).toMatchObject({ endCoreSession: false, signOutStaff: false });
    }
  });

  it('a late event from the core does not touch the next person, but still forgets signed-out staff', () => {
    const nextPerson = at({ screen: 'identify', intent: 'devices' }, { staff, generation: 4 });
    for (const reason of ['ended', 'idle'] as const) {
      const plan = planWipe(nextPerson, { reason, origin: 'core' });
      expect(plan.next).toEqual(nextPerson);
      expect(plan.resetLanguage).toBe(false);
    }
    const signedOut = kioskReducer(nextPerson, { type: 'wipe', reason: 'staff-signed-out', origin: 'core' });
    expect(signedOut).toEqual({ ...nextPerson, staff: null });
  });

  it('a citizen wiped cannot come back: the screens that need one refuse', () => {
    const afterWipe = kioskReducer(devices, { type: 'wipe', reason: 'idle', origin: 'screen' });
    for (const action of [
      { type: 'show-devices' },
      { type: 'show-account' },
      { type: 'verified', citizen: an },
    ] as const) {
      expect(kioskReducer(afterWipe, action)).toBe(afterWipe);
    }
  });
});

describe('the office pages', () => {
  const welcomeWithStaff = at({ screen: 'welcome' }, { staff });

  it('open from the staff bar for a signed-in staff member, and lead back home', () => {
    const desk = kioskReducer(welcomeWithStaff, { type: 'office', page: 'sync' });
    expect(desk.route).toEqual({ screen: 'office', page: 'sync' });
    const report = kioskReducer(desk, { type: 'office', page: 'report' });
    expect(report.route).toEqual({ screen: 'office', page: 'report' });
    expect(kioskReducer(report, { type: 'home' }).route).toEqual({ screen: 'welcome' });
  });

  it('never open without staff, or over a citizen still on screen', () => {
    const alone = at({ screen: 'welcome' });
    expect(kioskReducer(alone, { type: 'office', page: 'sync' })).toBe(alone);
    const citizenShown = at({ screen: 'devices', citizen: an }, { staff });
    expect(kioskReducer(citizenShown, { type: 'office', page: 'audit' })).toBe(citizenShown);
  });

  it('give way to Welcome once nobody is signed in, whoever signed the staff member out', () => {
    const desk = at({ screen: 'office', page: 'audit' }, { staff });
    const byCore = kioskReducer(desk, { type: 'wipe', reason: 'staff-signed-out', origin: 'core' });
    expect(byCore.route).toEqual({ screen: 'welcome' });
    expect(byCore.staff).toBeNull();
    expect(kioskReducer(desk, { type: 'staff-known', staff: null }).route).toEqual({ screen: 'welcome' });
    const byButton = kioskReducer(desk, { type: 'wipe', reason: 'staff-signed-out', origin: 'screen' });
    expect(byButton.route).toEqual({ screen: 'welcome' });
  });
});
