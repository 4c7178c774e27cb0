/** Why a recovery kit could not be written or opened; in every case no file was left behind. */
export type RecoveryKitFailure =
  /** Writing: the destination is not an absolute path to an existing folder outside the data folder. */
  | 'DESTINATION_INVALID'
  /** Writing: the destination (a USB stick) is full. */
  | 'DESTINATION_FULL'
  /** Writing: the destination refused the write otherwise (removed, read-only, an I/O error). */
  | 'WRITE_FAILED'
  /** Opening: the file is missing, or is not a recovery kit at all. */
  | 'NOT_A_KIT'
  /** Opening: a kit written by a newer kiosk version, which this one cannot read without risk. */
  | 'NEWER_FORMAT'
  /** Opening: the kit is whole, but the passphrase does not open it. */
  | 'WRONG_PASSPHRASE'
  /** Opening: the kit was cut short or changed since it was written. */
  | 'DAMAGED';

export interface RecoveryKitFailureDetails {
  file?: string;
  destination?: string;
  /** The kit's format version, with NEWER_FORMAT. */
  version?: number;
}

/**
 * A recovery kit that was not written or not opened, with a reason and facts. Core code maps it
 * to a contract error (setup) or prints it (the restore command); neither parses the message.
 */
export class RecoveryKitError extends Error {
  override readonly name = 'RecoveryKitError';
  readonly reason: RecoveryKitFailure;
  readonly details: RecoveryKitFailureDetails;

  constructor(reason: RecoveryKitFailure, message: string, details: RecoveryKitFailureDetails = {}) {
    super(message);
    this.reason = reason;
    this.details = details;
  }
}
