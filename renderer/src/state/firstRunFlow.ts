import { NEW_PIN_LENGTH, pinWeakness } from '../../../shared/rules/pinRules.js';
import type { PinRule } from '../../../shared/rules/pinRules.js';
import type { RecoveryKitFailureReason } from '../../../shared/i18n/setupWords.js';
import { AbsoluteFolder } from '../../../shared/ipc/backupContract.js';
import type { SetupStage } from '../../../shared/ipc/setupContract.js';
import type { ClientErrorCode } from '../bridge/kioskClient';

/** The first supervisor's PIN follows the rules for every new PIN (issue 11): six digits. */
export const PIN_MIN = NEW_PIN_LENGTH;
export const PIN_MAX = NEW_PIN_LENGTH;
/** The contract's limit on the recovery kit's destination. */
export const FOLDER_MAX = 1024;

/** Where the first run stands: what the core's stage asks for, and what the screen holds meanwhile. */
export type FirstRunView =
  | { step: 'pin' }
  | { step: 'pin-again' }
  | { step: 'kit' }
  /** Shown once, until the staff member says they copied it; the kiosk never keeps it. */
  | { step: 'passphrase'; file: string; passphrase: string }
  | { step: 'done' };

/** Problems as typed values; the screen words them in the language shown then. */
export type FirstRunProblem =
  | { kind: 'pin-length' }
  /** Six digits, but all the same or a run: said before the PIN is typed again. */
  | { kind: 'pin-weak'; rule: Exclude<PinRule, 'length'> }
  | { kind: 'pin-mismatch' }
  | { kind: 'folder-invalid' }
  | { kind: 'kit-failed'; reason: RecoveryKitFailureReason }
  | { kind: 'refused'; code: ClientErrorCode };

export interface FirstRunState {
  view: FirstRunView;
  pin: string;
  pinAgain: string;
  folder: string;
  problem: FirstRunProblem | null;
  busy: boolean;
}

export type FirstRunAction =
  /** The core's stage, from `setup.status` or a setup call's answer. */
  | { type: 'stage'; stage: SetupStage }
  | { type: 'typed'; key: string }
  | { type: 'erased' }
  | { type: 'cleared' }
  | { type: 'folder-changed'; folder: string }
  | { type: 'submit-pin' }
  | { type: 'submit-pin-again' }
  | { type: 'back' }
  | { type: 'submit-folder' }
  | { type: 'pin-refused'; code: ClientErrorCode }
  | { type: 'kit-written'; file: string; passphrase: string }
  | { type: 'kit-refused'; code: ClientErrorCode; reason?: RecoveryKitFailureReason | undefined }
  | { type: 'copied' };

export const initialFirstRun: FirstRunState = {
  view: { step: 'pin' },
  pin: '',
  pinAgain: '',
  folder: '',
  problem: null,
  busy: false,
};

const DIGIT = /^\d$/;

function viewOfStage(stage: SetupStage): FirstRunView {
  if (stage === 'first-pin') return { step: 'pin' };
  if (stage === 'recovery-kit') return { step: 'kit' };
  return { step: 'done' };
}

/** A path the core can take: absolute (`/media/usb`, `E:\`, `\\server\share`), within the contract's length. */
export function isAbsoluteFolder(folder: string): boolean {
  return folder.length <= FOLDER_MAX && AbsoluteFolder.safeParse(folder).success;
}

/** The PIN field being typed on this view, if any. */
function pinField(view: FirstRunView): 'pin' | 'pinAgain' | undefined {
  if (view.step === 'pin') return 'pin';
  if (view.step === 'pin-again') return 'pinAgain';
  return undefined;
}

function editPin(state: FirstRunState, edit: (value: string) => string): FirstRunState {
  const field = pinField(state.view);
  if (field === undefined || state.busy) return state;
  return { ...state, [field]: edit(state[field]).slice(0, PIN_MAX), problem: null };
}

/** Both PINs go; the supervisor starts again from the first, as with any "type it twice". */
function pinsAgain(state: FirstRunState, problem: FirstRunProblem): FirstRunState {
  return { ...state, view: { step: 'pin' }, pin: '', pinAgain: '', problem, busy: false };
}

/**
 * The first run of a provisioned kiosk: the first supervisor's PIN typed twice, then the
 * recovery kit written and its passphrase shown once. `busy` is true while a call to the core
 * is out; the screen makes it.
 */
export function firstRunReducer(state: FirstRunState, action: FirstRunAction): FirstRunState {
  switch (action.type) {
    case 'stage':
      // The passphrase stays on screen whatever the core now says: it is never shown again.
      if (state.view.step === 'passphrase') return state;
      return { ...initialFirstRun, folder: state.folder, view: viewOfStage(action.stage) };
    case 'typed':
      return DIGIT.test(action.key) ? editPin(state, (value) => value + action.key) : state;
    case 'erased':
      return editPin(state, (value) => value.slice(0, -1));
    case 'cleared':
      return editPin(state, () => '');
    case 'folder-changed':
      if (state.view.step !== 'kit' || state.busy) return state;
      return { ...state, folder: action.folder.slice(0, FOLDER_MAX), problem: null };
    case 'submit-pin':
      if (state.view.step !== 'pin' || state.busy) return state;
      if (state.pin.length < PIN_MIN) return { ...state, problem: { kind: 'pin-length' } };
      {
        const rule = pinWeakness(state.pin);
        if (rule === 'length') return { ...state, problem: { kind: 'pin-length' } };
        if (rule !== undefined) return { ...state, pin: '', problem: { kind: 'pin-weak', rule } };
      }
      return { ...state, view: { step: 'pin-again' }, pinAgain: '', problem: null };
    case 'submit-pin-again':
      if (state.view.step !== 'pin-again' || state.busy) return state;
      if (state.pinAgain.length < PIN_MIN) return { ...state, problem: { kind: 'pin-length' } };
      // Shown before any call: the core would refuse it too (SETUP_PIN_MISMATCH).
      if (state.pinAgain !== state.pin) return pinsAgain(state, { kind: 'pin-mismatch' });
      return { ...state, problem: null, busy: true };
    case 'back':
      if (state.view.step !== 'pin-again' || state.busy) return state;
      return { ...state, view: { step: 'pin' }, pinAgain: '', problem: null };
    case 'pin-refused':
      if (state.view.step !== 'pin-again') return state;
      return pinsAgain(
        state,
        action.code === 'SETUP_PIN_MISMATCH'
          ? { kind: 'pin-mismatch' }
          : { kind: 'refused', code: action.code },
      );
    case 'submit-folder':
      if (state.view.step !== 'kit' || state.busy) return state;
      if (!isAbsoluteFolder(state.folder.trim())) return { ...state, problem: { kind: 'folder-invalid' } };
      return { ...state, problem: null, busy: true };
    case 'kit-written':
      if (state.view.step !== 'kit') return state;
      return {
        ...state,
        view: { step: 'passphrase', file: action.file, passphrase: action.passphrase },
        problem: null,
        busy: false,
      };
    case 'kit-refused': {
      if (state.view.step !== 'kit') return state;
      const problem: FirstRunProblem =
        action.code === 'RECOVERY_KIT_FAILED' && action.reason !== undefined
          ? { kind: 'kit-failed', reason: action.reason }
          : { kind: 'refused', code: action.code };
      return { ...state, problem, busy: false };
    }
    case 'copied':
      // The passphrase leaves the screen's memory with this step.
      return state.view.step === 'passphrase' ? { ...initialFirstRun, view: { step: 'done' } } : state;
  }
}
