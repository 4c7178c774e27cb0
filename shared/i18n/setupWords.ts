import type { KioskErrorDetails } from '../ipc/errors.js';

/** Why the recovery kit was not written (RECOVERY_KIT_FAILED's details). */
export type RecoveryKitFailureReason = KioskErrorDetails<'RECOVERY_KIT_FAILED'>['reason'];

/** What says which kind of kiosk this is (issue 10). */
export interface ModeWords {
  /** The band on every screen of a demo kiosk; never shown on a provisioned one. */
  demoBand: string;
}

/** The first-run screens of a provisioned kiosk: the first supervisor's PIN, then the recovery kit. */
export interface SetupWords {
  title: string;
  step: (step: number, of: number) => string;
  loading: string;
  kioskId: string;
  commune: string;
  supervisor: string;

  pinTitle: string;
  pinHint: string;
  pinAgainTitle: string;
  pinAgainHint: string;
  pinLabel: string;
  pinAgainLabel: string;
  pinProgress: (typed: number) => string;
  pinWrongLength: string;
  /** The second PIN differs from the first: both are typed again. */
  pinMismatch: string;
  pinSaving: string;

  kitTitle: string;
  kitHint: string;
  folderLabel: string;
  folderExample: string;
  folderInvalid: string;
  keyboardLabel: string;
  /** The key that switches the letters between small and capital. */
  capitals: string;
  space: string;
  write: string;
  writing: string;
  /** RECOVERY_KIT_FAILED, by reason. */
  kitFailed: Readonly<Record<RecoveryKitFailureReason, string>>;

  passphraseTitle: string;
  passphraseHint: string;
  passphraseLabel: string;
  /** Read aloud: each character on its own, so a screen reader does not try to pronounce a group. */
  passphraseSpoken: (characters: string) => string;
  writtenTo: (file: string) => string;
  /** The one way on: the staff member says they wrote the passphrase down. */
  copied: string;
}
