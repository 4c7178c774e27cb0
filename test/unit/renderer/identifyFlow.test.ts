import { describe, expect, it } from 'vitest';
import {
  enteredDob,
  identifyReducer,
  lockedUntil,
  previousStep,
  startIdentify,
} from '../../../renderer/src/state/identifyFlow.js';
import type {
  IdentifyAction,
  IdentifyState,
  IdentifyStep,
} from '../../../renderer/src/state/identifyFlow.js';

const OPENED_AT = Date.parse('2026-12-01T03:00:00.000Z');
const AN = { id: '001090012345', dob: '12051990' };

const run = (state: IdentifyState, ...actions: IdentifyAction[]) => actions.reduce(identifyReducer, state);
const type = (digits: string): IdentifyAction[] => [...digits].map((key) => ({ type: 'typed', key }));
const fresh = () => startIdentify(OPENED_AT);
const atMethod = () =>
  run(fresh(), ...type(AN.id), { type: 'submit-id' }, ...type(AN.dob), { type: 'submit-dob' });
const at = (step: IdentifyStep, extra: Partial<IdentifyState> = {}): IdentifyState => ({
  ...atMethod(),
  step,
  ...extra,
});

describe('identify flow: typing', () => {
  it('types the ID number up to 12 digits, erases and clears', () => {
    const typed = run(fresh(), ...type(`${AN.id}99`));
    expect(typed.idDigits).toBe(AN.id);
    expect(run(typed, { type: 'erased' }).idDigits).toBe(AN.id.slice(0, -1));
    expect(run(typed, { type: 'cleared' }).idDigits).toBe('');
  });

  it('types the date of birth up to 8 digits and a code up to 6, each into its own field', () => {
    const dob = run(at('dob', { dobDigits: '' }), ...type('120519901'));
    expect(dob.dobDigits).toBe(AN.dob);
    expect(dob.idDigits).toBe(AN.id);
    const code = run(at('passcode'), ...type('1234567'));
    expect(code.code).toBe('123456');
    expect(code.dobDigits).toBe(AN.dob);
  });

  it('clears the problem shown as soon as the citizen types again', () => {
    const wrong = run(fresh(), ...type('0010'), { type: 'submit-id' });
    expect(wrong.problem).not.toBeNull();
    expect(run(wrong, { type: 'typed', key: '9' }).problem).toBeNull();
  });

  it('ignores the pad on steps without a field', () => {
    for (const step of ['method', 'attest'] as const) {
      const state = at(step);
      expect(identifyReducer(state, { type: 'typed', key: '1' })).toBe(state);
    }
  });
});

describe('identify flow: steps', () => {
  it('refuses an impossible ID number and stays on step 1', () => {
    const state = run(fresh(), ...type('999090012345'), { type: 'submit-id' });
    expect(state.step).toBe('id');
    expect(state.problem).toMatchObject({ kind: 'id-number', error: { code: 'UNKNOWN_PROVINCE' } });
  });

  it('goes from a good ID number to the date of birth', () => {
    expect(run(fresh(), ...type(AN.id), { type: 'submit-id' })).toMatchObject({ step: 'dob', problem: null });
  });

  it('refuses an incomplete or impossible date, and one the number disagrees with', () => {
    const dob = at('dob', { dobDigits: '' });
    expect(run(dob, ...type('1205'), { type: 'submit-dob' }).problem).toEqual({
      kind: 'dob',
      problem: 'incomplete',
    });
    expect(run(dob, ...type('12131990'), { type: 'submit-dob' }).problem).toEqual({
      kind: 'dob',
      problem: 'bad-month',
    });
    const mismatch = run(dob, ...type('12051991'), { type: 'submit-dob' });
    expect(mismatch.step).toBe('dob');
    expect(mismatch.problem).toMatchObject({ kind: 'id-number', error: { code: 'DOB_MISMATCH' } });
  });

  it('reaches the choice of method with the date of birth known', () => {
    const state = atMethod();
    expect(state.step).toBe('method');
    expect(enteredDob(state)).toBe('1990-05-12');
  });

  it('goes back one step at a time, keeping what was typed but never a code', () => {
    expect(previousStep('id')).toBeUndefined();
    expect(identifyReducer(at('dob'), { type: 'back' }).step).toBe('id');
    expect(identifyReducer(at('method'), { type: 'back' }).step).toBe('dob');
    for (const step of ['passcode', 'otp', 'attest'] as const) {
      const back = identifyReducer(at(step, { code: '123' }), { type: 'back' });
      expect(back).toMatchObject({ step: 'method', code: '', idDigits: AN.id, dobDigits: AN.dob });
    }
    const first = identifyReducer({ ...fresh(), problem: { kind: 'attest-need-check' } }, { type: 'back' });
    expect(first).toMatchObject({ step: 'id', problem: null });
  });

  it('chooses the passcode or, with staff, the card check', () => {
    expect(identifyReducer(atMethod(), { type: 'choose-passcode' }).step).toBe('passcode');
    expect(identifyReducer(atMethod(), { type: 'choose-staff' })).toMatchObject({
      step: 'attest',
      cardChecked: false,
    });
    const id = fresh();
    expect(identifyReducer(id, { type: 'choose-passcode' })).toBe(id);
    expect(identifyReducer(id, { type: 'choose-staff' })).toBe(id);
    expect(identifyReducer(id, { type: 'otp-requested' })).toBe(id);
  });
});

describe('identify flow: SMS code', () => {
  const sending = () => identifyReducer(atMethod(), { type: 'otp-requested' });

  it('shows the OTP step as sending, then where it was sent', () => {
    expect(sending()).toMatchObject({ step: 'otp', otp: { kind: 'sending' }, code: '' });
    const sent = identifyReducer(sending(), { type: 'otp-sent', sentToMasked: '091****678', resendAt: 5 });
    expect(sent.otp).toEqual({ kind: 'sent', sentToMasked: '091****678', resendAt: 5 });
  });

  it('says how long to wait when the national system refuses another code so soon', () => {
    const failed = identifyReducer(sending(), {
      type: 'otp-failed',
      code: 'OTP_RATE_LIMITED',
      resendAt: 9,
      waitSeconds: 25,
    });
    expect(failed.otp).toEqual({ kind: 'failed', code: 'OTP_RATE_LIMITED', resendAt: 9 });
    expect(failed.problem).toEqual({ kind: 'otp-rate-limited', waitSeconds: 25 });
  });

  it('offers the passcode when the account has no phone', () => {
    const noPhone = identifyReducer(sending(), {
      type: 'otp-failed',
      code: 'NO_REGISTERED_PHONE',
      resendAt: 0,
      waitSeconds: undefined,
    });
    expect(noPhone.problem).toEqual({ kind: 'otp-no-phone' });
    expect(identifyReducer(noPhone, { type: 'choose-passcode' })).toMatchObject({
      step: 'passcode',
      problem: null,
    });
  });

  it('keeps any other refusal by its code', () => {
    const offline = identifyReducer(sending(), {
      type: 'otp-failed',
      code: 'OFFLINE',
      resendAt: 0,
      waitSeconds: undefined,
    });
    expect(offline.problem).toEqual({ kind: 'refused', code: 'OFFLINE' });
  });

  it('drops an answer about a code once the citizen has moved to the passcode', () => {
    const moved = run(sending(), { type: 'back' }, { type: 'choose-passcode' });
    expect(identifyReducer(moved, { type: 'otp-sent', sentToMasked: '091****678', resendAt: 1 })).toBe(moved);
    expect(
      identifyReducer(moved, { type: 'otp-failed', code: 'OFFLINE', resendAt: 0, waitSeconds: undefined }),
    ).toBe(moved);
  });

  it('resends from the OTP step, clearing the code and the problem', () => {
    const typed = run(sending(), { type: 'otp-sent', sentToMasked: 'x', resendAt: 0 }, ...type('12'));
    const again = identifyReducer({ ...typed, problem: { kind: 'otp-wrong' } }, { type: 'otp-requested' });
    expect(again).toMatchObject({ step: 'otp', code: '', problem: null, otp: { kind: 'sending' } });
  });
});

describe('identify flow: verifying', () => {
  it('asks for all six digits, in the words of the step', () => {
    expect(run(at('passcode'), ...type('123'), { type: 'code-incomplete' }).problem).toEqual({
      kind: 'code-length',
      step: 'passcode',
    });
    expect(run(at('otp'), { type: 'code-incomplete' }).problem).toEqual({ kind: 'code-length', step: 'otp' });
  });

  it('is busy while the core checks, and on a refusal clears the code and says why', () => {
    const busy = run(at('passcode'), ...type('654321'), { type: 'verifying' });
    expect(busy.busy).toBe(true);
    const refused = identifyReducer(busy, { type: 'refused', code: 'VERIFICATION_FAILED' });
    expect(refused).toMatchObject({
      step: 'passcode',
      busy: false,
      code: '',
      problem: { kind: 'passcode-wrong' },
    });
  });

  it('keeps the tries left that the national system counted, for the words to say them', () => {
    const busy = run(at('passcode'), ...type('654321'), { type: 'verifying' });
    const refused = identifyReducer(busy, { type: 'refused', code: 'VERIFICATION_FAILED', attemptsLeft: 2 });
    expect(refused.problem).toEqual({ kind: 'passcode-wrong', attemptsLeft: 2 });
    const otp = run(at('otp'), ...type('654321'), { type: 'verifying' });
    expect(
      identifyReducer(otp, { type: 'refused', code: 'VERIFICATION_FAILED', attemptsLeft: 1 }).problem,
    ).toEqual({ kind: 'otp-wrong', attemptsLeft: 1 });
  });

  it('holds a lockout until its end for this ID number only, on the passcode and SMS steps alike', () => {
    const until = '2026-12-01T03:15:00.000Z';
    const busy = run(at('passcode'), ...type('654321'), { type: 'verifying' });
    const locked = identifyReducer(busy, { type: 'refused', code: 'VERIFICATION_LOCKED', until });
    // The lockout says itself (with its end) for as long as it lasts, not as a passing problem.
    expect(locked).toMatchObject({ problem: null, busy: false });
    expect(lockedUntil(locked)).toBe(until);
    // Typing does nothing to it; going back and choosing the SMS keeps it.
    const back = run(locked, { type: 'back' }, { type: 'otp-requested' });
    expect(lockedUntil(back)).toBe(until);
    expect(lockedUntil(run(locked, { type: 'lock-ended' }))).toBeNull();
    // Another number is not locked; the same number typed again still is.
    const toId = run(locked, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect(toId.step).toBe('id');
    expect(lockedUntil(run(toId, { type: 'erased' }, ...type('5')))).toBe(until);
    expect(lockedUntil(run(toId, { type: 'erased' }, ...type('6')))).toBeNull();
    // An SMS asked for while locked is refused with the same end.
    const sending = run(at('method'), { type: 'otp-requested' });
    const otpLocked = identifyReducer(sending, {
      type: 'otp-failed',
      code: 'VERIFICATION_LOCKED',
      resendAt: 0,
      waitSeconds: undefined,
      until,
    });
    expect(otpLocked.problem).toBeNull();
    expect(lockedUntil(otpLocked)).toBe(until);
  });

  it('names a wrong or expired SMS code as such', () => {
    const busy = run(at('otp'), ...type('654321'), { type: 'verifying' });
    expect(identifyReducer(busy, { type: 'refused', code: 'VERIFICATION_FAILED' }).problem).toEqual({
      kind: 'otp-wrong',
    });
    expect(identifyReducer(busy, { type: 'refused', code: 'OTP_EXPIRED' }).problem).toEqual({
      kind: 'otp-expired',
    });
  });

  it('goes back to the number when the core finds it wrong', () => {
    const busy = run(at('passcode'), ...type('654321'), { type: 'verifying' });
    expect(identifyReducer(busy, { type: 'refused', code: 'INVALID_ID_NUMBER' }).step).toBe('id');
  });

  it('ignores a refusal when nothing was being checked', () => {
    const idle = at('passcode');
    expect(identifyReducer(idle, { type: 'refused', code: 'OFFLINE' })).toBe(idle);
    expect(identifyReducer(fresh(), { type: 'verifying' })).toEqual(fresh());
  });

  it('needs the card check ticked before staff attest, and clears the problem when it is', () => {
    const attest = identifyReducer(atMethod(), { type: 'choose-staff' });
    const unchecked = identifyReducer(attest, { type: 'attest-unchecked' });
    expect(unchecked.problem).toEqual({ kind: 'attest-need-check' });
    const checked = identifyReducer(unchecked, { type: 'card-checked', checked: true });
    expect(checked).toMatchObject({ cardChecked: true, problem: null });
    const busy = identifyReducer(
      { ...checked, problem: { kind: 'refused', code: 'OFFLINE' } },
      { type: 'verifying' },
    );
    expect(busy).toMatchObject({ busy: true, problem: null });
    expect(identifyReducer(busy, { type: 'refused', code: 'STAFF_REQUIRED' })).toMatchObject({
      step: 'attest',
      busy: false,
    });
    expect(identifyReducer(atMethod(), { type: 'card-checked', checked: true }).cardChecked).toBe(false);
  });
});
