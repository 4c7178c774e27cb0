import { dateDigits } from '../../../shared/card/cardQr.js';
import type { CardQrProblem, CardQrRecord } from '../../../shared/card/cardQr.js';
import type { IdNumberProblem } from '../../../shared/rules/idNumber.js';
import { ID_NUMBER_LENGTH, parseIdNumber } from '../../../shared/rules/idNumber.js';
import type { ClientErrorCode } from '../bridge/kioskClient';
import { checkDobDigits } from '../format/dateOfBirth';
import type { DobProblem } from '../format/dateOfBirth';

export const CODE_LENGTH = 6;
export const DOB_LENGTH = 8;

/**
 * 1 the ID number, 2 the date of birth, 3 how to prove it, 4 the proof itself. `card` is the
 * check of a scanned card's facts, which stands for steps 1 to 3.
 */
export type IdentifyStep = 'id' | 'dob' | 'card' | 'method' | 'passcode' | 'otp' | 'attest';

/**
 * What the screen keeps of a scanned card: the address is dropped at once, the holder's name
 * is kept only while a staff member is signed in (they compare it with the person). The QR
 * code is not signed: these facts only save typing, they prove nothing.
 */
export interface CardFacts {
  idNumber: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  /** YYYY-MM-DD; the evidence of a staff attestation records it. */
  issuedOn: string;
  holderName?: string;
}

export function keptCardFacts(card: CardQrRecord, options: { assisted: boolean }): CardFacts {
  const facts: CardFacts = {
    idNumber: card.idNumber,
    dateOfBirth: card.dateOfBirth,
    issuedOn: card.issuedOn,
  };
  return options.assisted ? { ...facts, holderName: card.fullName } : facts;
}

export type OtpState =
  | { kind: 'sending' }
  | { kind: 'sent'; sentToMasked: string; resendAt: number }
  | { kind: 'failed'; code: ClientErrorCode; resendAt: number };

/** Why the citizen cannot go on yet; the words come from the catalogue when shown. */
export type IdentifyProblem =
  | { kind: 'id-number'; error: IdNumberProblem }
  | { kind: 'dob'; problem: DobProblem }
  | { kind: 'code-length'; step: 'passcode' | 'otp' }
  /** `attemptsLeft` as the national system counts them for this ID, passcode and OTP together. */
  | { kind: 'otp-wrong'; attemptsLeft?: number | undefined }
  | { kind: 'passcode-wrong'; attemptsLeft?: number | undefined }
  | { kind: 'otp-expired' }
  | { kind: 'otp-rate-limited'; waitSeconds: number | undefined }
  | { kind: 'otp-no-phone' }
  | { kind: 'attest-need-check' }
  /** A scanned code that is not a usable card: nothing typed was changed. */
  | { kind: 'scan'; problem: CardQrProblem }
  | { kind: 'refused'; code: ClientErrorCode };

export interface IdentifyState {
  step: IdentifyStep;
  /** The rules need "now" for births in the future; a screen lasts minutes, so once is enough. */
  openedAt: number;
  idDigits: string;
  dobDigits: string;
  /** The passcode or the SMS code being typed; never kept across steps. */
  code: string;
  cardChecked: boolean;
  /**
   * The card the ID number and date of birth were read from; null once either is edited by
   * hand (or when they were typed), so the evidence never says "card" of a typed fact.
   */
  card: CardFacts | null;
  problem: IdentifyProblem | null;
  /** A verification is with the core. */
  busy: boolean;
  otp: OtpState | null;
  /**
   * Too many wrong codes for `idDigits`: no code can be tried before `until` (ISO), so the pad
   * is off on the code steps while that number is the one typed (see `lockedUntil`).
   */
  lock: { idDigits: string; until: string } | null;
}

export type IdentifyAction =
  | { type: 'typed'; key: string }
  | { type: 'erased' }
  | { type: 'cleared' }
  | { type: 'card-scanned'; card: CardFacts }
  | { type: 'scan-refused'; problem: CardQrProblem }
  | { type: 'back' }
  | { type: 'submit-id' }
  | { type: 'submit-dob' }
  | { type: 'choose-passcode' }
  | { type: 'choose-staff' }
  | { type: 'otp-requested' }
  | { type: 'otp-sent'; sentToMasked: string; resendAt: number }
  | {
      type: 'otp-failed';
      code: ClientErrorCode;
      resendAt: number;
      waitSeconds: number | undefined;
      until?: string | undefined;
    }
  | { type: 'code-incomplete' }
  | { type: 'card-checked'; checked: boolean }
  | { type: 'attest-unchecked' }
  | { type: 'verifying' }
  | {
      type: 'refused';
      code: ClientErrorCode;
      attemptsLeft?: number | undefined;
      until?: string | undefined;
    }
  /** The lockout's end has passed: codes may be typed again. */
  | { type: 'lock-ended' };

/** A new identification: empty, or at the check of a card scanned before it opened (Welcome). */
export function startIdentify(openedAt: number, card?: CardFacts): IdentifyState {
  const empty: IdentifyState = {
    step: 'id',
    openedAt,
    idDigits: '',
    dobDigits: '',
    code: '',
    cardChecked: false,
    card: null,
    problem: null,
    busy: false,
    otp: null,
    lock: null,
  };
  return card === undefined ? empty : identifyReducer(empty, { type: 'card-scanned', card });
}

/** The end of a lockout of the number typed now; null when it is not locked. */
export function lockedUntil(state: IdentifyState): string | null {
  return state.lock !== null && state.lock.idDigits === state.idDigits ? state.lock.until : null;
}

/** The date of birth, once it is a whole, possible date. */
export function enteredDob(state: IdentifyState): string | undefined {
  const dob = checkDobDigits(state.dobDigits, state.openedAt);
  return dob.ok && dob.complete ? dob.isoDate : undefined;
}

/** Where "Quay lại" leads; `undefined` from the first step, which leaves the screen. */
export function previousStep(step: IdentifyStep): IdentifyStep | undefined {
  switch (step) {
    case 'id':
      return undefined;
    case 'dob':
    case 'card':
      return 'id';
    case 'method':
      return 'dob';
    default:
      return 'method';
  }
}

function go(state: IdentifyState, step: IdentifyStep): IdentifyState {
  return { ...state, step, problem: null, code: '' };
}

/** The field the pad types into on this step, and its length. */
function edit(state: IdentifyState, update: (value: string) => string): IdentifyState {
  const cleared = { ...state, problem: null };
  // A fact edited by hand is no longer the card's, even if typed back the same.
  switch (state.step) {
    case 'id':
      return { ...cleared, card: null, idDigits: update(state.idDigits).slice(0, ID_NUMBER_LENGTH) };
    case 'dob':
      return { ...cleared, card: null, dobDigits: update(state.dobDigits).slice(0, DOB_LENGTH) };
    case 'passcode':
    case 'otp':
      return { ...cleared, code: update(state.code).slice(0, CODE_LENGTH) };
    default:
      return state;
  }
}

function submitDob(state: IdentifyState): IdentifyState {
  const dob = checkDobDigits(state.dobDigits, state.openedAt);
  if (!dob.ok) return { ...state, problem: { kind: 'dob', problem: dob.problem } };
  if (!dob.complete) return { ...state, problem: { kind: 'dob', problem: 'incomplete' } };
  // The number itself says the year of birth: a typing mistake in either shows here.
  const crossCheck = parseIdNumber(state.idDigits, { now: state.openedAt, dateOfBirth: dob.isoDate });
  if (!crossCheck.ok) return { ...state, problem: { kind: 'id-number', error: crossCheck.error } };
  return go(state, 'method');
}

/**
 * A scanned card fills both facts and asks the citizen to check them. The parser has checked
 * the number, and the number against the date; the pad's own date rules (not before 1900, not
 * after today) apply too, in its own words, so a card is never let through where typing the
 * same would not be.
 */
function cardScanned(state: IdentifyState, card: CardFacts): IdentifyState {
  if (state.busy) return state;
  const dobDigits = dateDigits(card.dateOfBirth);
  const dob = checkDobDigits(dobDigits, state.openedAt);
  // Eight digits of a real day (the parser's check) are always complete.
  if (!dob.ok || !dob.complete)
    return { ...state, problem: { kind: 'dob', problem: dob.ok ? 'incomplete' : dob.problem } };
  return {
    ...go(state, 'card'),
    idDigits: card.idNumber,
    dobDigits,
    card,
    cardChecked: false,
    otp: null,
  };
}

function refusal(
  state: IdentifyState,
  code: ClientErrorCode,
  attemptsLeft: number | undefined,
): IdentifyProblem | null {
  const { step } = state;
  if (code === 'VERIFICATION_FAILED' && (step === 'otp' || step === 'passcode'))
    return { kind: step === 'otp' ? 'otp-wrong' : 'passcode-wrong', attemptsLeft };
  if (code === 'OTP_EXPIRED') return { kind: 'otp-expired' };
  // The lockout's own sentence comes from `lockedUntil`, shown as long as it lasts.
  if (code === 'VERIFICATION_LOCKED') return null;
  return { kind: 'refused', code };
}

/** The lockout the refusal says, for the number typed; else the lockout known so far. */
function lockAfter(
  state: IdentifyState,
  code: ClientErrorCode,
  until: string | undefined,
): IdentifyState['lock'] {
  return code === 'VERIFICATION_LOCKED' && until !== undefined
    ? { idDigits: state.idDigits, until }
    : state.lock;
}

function otpFailure(code: ClientErrorCode, waitSeconds: number | undefined): IdentifyProblem {
  if (code === 'OTP_RATE_LIMITED') return { kind: 'otp-rate-limited', waitSeconds };
  if (code === 'NO_REGISTERED_PHONE') return { kind: 'otp-no-phone' };
  return { kind: 'refused', code };
}

/**
 * The identify flow. Steps a screen cannot be on are refused by returning the state
 * unchanged: an SMS answer after the citizen went back, a verification from the wrong step.
 */
export function identifyReducer(state: IdentifyState, action: IdentifyAction): IdentifyState {
  const { step } = state;
  switch (action.type) {
    case 'typed':
      return edit(state, (value) => value + action.key);
    case 'erased':
      return edit(state, (value) => value.slice(0, -1));
    case 'cleared':
      return edit(state, () => '');
    case 'card-scanned':
      return cardScanned(state, action.card);
    case 'scan-refused':
      // What was typed stays as it was: only the reason is said.
      return state.busy ? state : { ...state, problem: { kind: 'scan', problem: action.problem } };
    case 'back': {
      // "Không phải, nhập lại": the card's facts are not the citizen's, so none of them stay.
      if (step === 'card') return { ...go(state, 'id'), idDigits: '', dobDigits: '', card: null };
      // From the proof of a scanned card, back to its check: the citizen never saw step 3.
      if (state.card !== null && (step === 'passcode' || step === 'otp' || step === 'attest'))
        return go(state, 'card');
      const previous = previousStep(step);
      return previous === undefined ? { ...state, problem: null, code: '' } : go(state, previous);
    }
    case 'submit-id': {
      if (step !== 'id') return state;
      const parsed = parseIdNumber(state.idDigits, { now: state.openedAt });
      return parsed.ok ? go(state, 'dob') : { ...state, problem: { kind: 'id-number', error: parsed.error } };
    }
    case 'submit-dob':
      return step === 'dob' ? submitDob(state) : state;
    case 'choose-passcode':
      // From the list of ways (or the card's check), or from an SMS step that found no phone.
      return step === 'method' || step === 'card' || step === 'otp' ? go(state, 'passcode') : state;
    case 'choose-staff':
      return step === 'method' || step === 'card' ? { ...go(state, 'attest'), cardChecked: false } : state;
    case 'otp-requested':
      return step === 'method' || step === 'card' || step === 'otp'
        ? { ...go(state, 'otp'), otp: { kind: 'sending' } }
        : state;
    case 'otp-sent':
      if (step !== 'otp' || state.otp?.kind !== 'sending') return state;
      return {
        ...state,
        otp: { kind: 'sent', sentToMasked: action.sentToMasked, resendAt: action.resendAt },
      };
    case 'otp-failed':
      if (step !== 'otp' || state.otp?.kind !== 'sending') return state;
      return {
        ...state,
        otp: { kind: 'failed', code: action.code, resendAt: action.resendAt },
        lock: lockAfter(state, action.code, action.until),
        problem:
          action.code === 'VERIFICATION_LOCKED' && action.until !== undefined
            ? null
            : otpFailure(action.code, action.waitSeconds),
      };
    case 'code-incomplete':
      return step === 'passcode' || step === 'otp'
        ? { ...state, problem: { kind: 'code-length', step } }
        : state;
    case 'card-checked':
      return step === 'attest' ? { ...state, problem: null, cardChecked: action.checked } : state;
    case 'attest-unchecked':
      return step === 'attest' ? { ...state, problem: { kind: 'attest-need-check' } } : state;
    case 'verifying':
      if (step === 'attest') return { ...state, busy: true, problem: null };
      return step === 'passcode' || step === 'otp' ? { ...state, busy: true } : state;
    case 'refused':
      if (!state.busy) return state;
      return {
        ...state,
        busy: false,
        code: '',
        // The core found the number itself wrong: back to where it is typed.
        step: action.code === 'INVALID_ID_NUMBER' ? 'id' : step,
        lock: lockAfter(state, action.code, action.until),
        problem:
          action.code === 'VERIFICATION_LOCKED' && action.until === undefined
            ? { kind: 'refused', code: action.code }
            : refusal(state, action.code, action.attemptsLeft),
      };
    case 'lock-ended':
      return state.lock === null ? state : { ...state, lock: null };
  }
}
