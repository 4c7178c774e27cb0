import { describe, expect, it } from 'vitest';
import type { CardQrRecord } from '../../../shared/card/cardQr.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { identifyProblemText } from '../../../renderer/src/screens/identify/identifyText.js';
import {
  enteredDob,
  identifyReducer,
  keptCardFacts,
  startIdentify,
} from '../../../renderer/src/state/identifyFlow.js';
import type { IdentifyAction, IdentifyState } from '../../../renderer/src/state/identifyFlow.js';
import { initialKioskState, kioskReducer } from '../../../renderer/src/state/kioskState.js';

const OPENED_AT = Date.parse('2026-12-01T03:00:00.000Z');
const AN_CARD: CardQrRecord = {
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-05-12',
  gender: 'male',
  address: 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội',
  issuedOn: '2021-04-10',
};
const AN = keptCardFacts(AN_CARD, { assisted: false });

const run = (state: IdentifyState, ...actions: IdentifyAction[]) => actions.reduce(identifyReducer, state);
const type = (digits: string): IdentifyAction[] => [...digits].map((key) => ({ type: 'typed', key }));
const fresh = () => startIdentify(OPENED_AT);
const scanned = (state: IdentifyState = fresh()) => run(state, { type: 'card-scanned', card: AN });

describe('identify flow: the facts kept of a scanned card', () => {
  it('keeps the number and the dates; the address never, the name only for staff', () => {
    expect(AN).toEqual({ idNumber: '001090012345', dateOfBirth: '1990-05-12', issuedOn: '2021-04-10' });
    const forStaff = keptCardFacts(AN_CARD, { assisted: true });
    expect(forStaff).toEqual({ ...AN, holderName: 'Nguyễn Văn An' });
    expect(JSON.stringify(forStaff)).not.toContain('Tràng Tiền');
  });
});

describe('identify flow: a scanned card', () => {
  it('fills the number and the date of birth and asks for the one check', () => {
    const state = scanned();
    expect(state).toMatchObject({ step: 'card', idDigits: AN.idNumber, dobDigits: '12051990', card: AN });
    expect(enteredDob(state)).toBe('1990-05-12');
  });

  it('can start at the check (a scan on Welcome)', () => {
    expect(startIdentify(OPENED_AT, AN)).toEqual(scanned());
  });

  it('replaces what was half typed, from any step', () => {
    const typing = run(fresh(), ...type('0420'));
    expect(scanned(typing)).toMatchObject({ step: 'card', idDigits: AN.idNumber, problem: null });
    const atDob = run(fresh(), ...type('042195001234'), { type: 'submit-id' }, ...type('03'));
    expect(scanned(atDob)).toMatchObject({ step: 'card', idDigits: AN.idNumber, dobDigits: '12051990' });
  });

  it('goes from the check to the passcode in one tap, or to the SMS code, or to staff', () => {
    expect(run(scanned(), { type: 'choose-passcode' })).toMatchObject({ step: 'passcode', card: AN });
    expect(run(scanned(), { type: 'otp-requested' })).toMatchObject({
      step: 'otp',
      otp: { kind: 'sending' },
    });
    expect(run(scanned(), { type: 'choose-staff' })).toMatchObject({ step: 'attest', cardChecked: false });
  });

  it('"Không phải, nhập lại" leads to an empty ID step, with nothing of the card', () => {
    const back = run(scanned(), { type: 'back' });
    expect(back).toMatchObject({ step: 'id', idDigits: '', dobDigits: '', card: null, problem: null });
  });

  it('from the proof, "Quay lại" returns to the card check', () => {
    const back = run(scanned(), { type: 'choose-passcode' }, ...type('12'), { type: 'back' });
    expect(back).toMatchObject({ step: 'card', code: '', card: AN });
  });

  it('stops being the card once the number or the date is edited by hand', () => {
    // Even a digit erased and typed back the same: it was typed, not read.
    const atDob = { ...scanned(), step: 'dob' as const };
    const retyped = run(atDob, { type: 'erased' }, { type: 'typed', key: '0' });
    expect(retyped).toMatchObject({ dobDigits: '12051990', card: null });
    expect(run({ ...scanned(), step: 'id' }, { type: 'cleared' }).card).toBeNull();
    // Steps without a field leave it the card's.
    expect(run({ ...scanned(), step: 'method' }, { type: 'typed', key: '1' }).card).toEqual(AN);
  });

  it('is not taken while a verification is with the core', () => {
    const busy = { ...run(scanned(), { type: 'choose-passcode' }, ...type('123456')), busy: true };
    const other = { ...AN, idNumber: '042195001234', dateOfBirth: '1995-08-03' };
    expect(identifyReducer(busy, { type: 'card-scanned', card: other })).toBe(busy);
  });

  it('refuses a card whose date of birth the pad would refuse (before 1900)', () => {
    const old = { ...AN, idNumber: '001890012345', dateOfBirth: '1889-01-01' };
    const state = run(fresh(), ...type('0010'), { type: 'card-scanned', card: old });
    expect(state).toMatchObject({ step: 'id', idDigits: '0010', card: null });
    // In the pad's own words: the date is real, the pad's rule refuses it.
    const problem = { kind: 'dob', problem: 'too-old' } as const;
    expect(state.problem).toEqual(problem);
    expect(identifyProblemText(vi, problem, state.dobDigits)).toBe(
      'Năm sinh phải từ 1900 trở đi. Xin xem lại.',
    );
  });
});

describe('identify flow: a refused scan', () => {
  it('changes nothing typed and says why', () => {
    const typing = run(fresh(), ...type('00109'));
    const refused = run(typing, { type: 'scan-refused', problem: { kind: 'damaged' } });
    expect(refused).toEqual({ ...typing, problem: { kind: 'scan', problem: { kind: 'damaged' } } });
    const atCard = scanned();
    const again = run(atCard, { type: 'scan-refused', problem: { kind: 'not-card', looksLike: 'url' } });
    expect(again).toMatchObject({ step: 'card', card: AN, idDigits: AN.idNumber });
  });

  it('is cleared by the next key typed', () => {
    const refused = run(fresh(), { type: 'scan-refused', problem: { kind: 'damaged' } });
    expect(run(refused, { type: 'typed', key: '0' }).problem).toBeNull();
  });
});

describe('kiosk state: scans on Welcome', () => {
  it('a card opens identify at its check and lands on the account overview', () => {
    const identify = kioskReducer(initialKioskState, { type: 'identify', intent: 'account', card: AN });
    expect(identify.route).toEqual({ screen: 'identify', intent: 'account', card: AN });
    const citizen = { maskedIdNumber: '0010****2345' } as never;
    expect(kioskReducer(identify, { type: 'verified', citizen }).route.screen).toBe('account');
  });

  it('a receipt reference opens the lookup with it, from Welcome or identify only', () => {
    const lookup = kioskReducer(initialKioskState, { type: 'lookup-reference', reference: '1A2B3-C4D5E' });
    expect(lookup.route).toEqual({ screen: 'lookup', reference: '1A2B3-C4D5E' });
    const identify = kioskReducer(initialKioskState, { type: 'identify', intent: 'devices' });
    expect(kioskReducer(identify, { type: 'lookup-reference', reference: 'X' }).route.screen).toBe('lookup');
    expect(kioskReducer(lookup, { type: 'lookup-reference', reference: 'Y' })).toBe(lookup);
  });

  it('"Không phải, nhập lại" drops the card from the route too', () => {
    const forStaff = keptCardFacts(AN_CARD, { assisted: true });
    const identify = kioskReducer(initialKioskState, { type: 'identify', intent: 'account', card: forStaff });
    const dropped = kioskReducer(identify, { type: 'card-dropped' });
    expect(dropped.route).toEqual({ screen: 'identify', intent: 'account' });
    expect(JSON.stringify(dropped)).not.toContain('Nguyễn Văn An');
    expect(kioskReducer(dropped, { type: 'card-dropped' })).toBe(dropped);
    expect(kioskReducer(initialKioskState, { type: 'card-dropped' })).toBe(initialKioskState);
  });

  it('a wipe drops the scanned card with the screen', () => {
    const identify = kioskReducer(initialKioskState, { type: 'identify', intent: 'account', card: AN });
    const wiped = kioskReducer(identify, { type: 'wipe', reason: 'idle', origin: 'screen' });
    expect(wiped.route).toEqual({ screen: 'wiped' });
    expect(wiped.generation).toBe(identify.generation + 1);
  });
});
