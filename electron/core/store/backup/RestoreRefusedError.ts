/** Why a restore was refused; in every case nothing in the data folder was changed. */
export type RestoreRefusal =
  /** No manifest (not a backup, or one that never finished), or one that does not parse. */
  | 'NOT_A_BACKUP'
  /** Written by a newer version of the kiosk: this one cannot read it without risk. */
  | 'NEWER_VERSION'
  /** Made on another kiosk: a commune's data never moves between kiosks this way. */
  | 'OTHER_KIOSK'
  /** The manifest's HMAC fails: changed since, or made with another secret. */
  | 'NOT_SIGNED'
  /** The recovery kit is this kiosk's, but holds another data key than the backup (an older kit). */
  | 'OTHER_KEY'
  /** A file is missing, or its size or SHA-256 is not the manifest's. */
  | 'FILE_MISMATCH'
  /** The data folder holds data, and `--replace` was not given. */
  | 'DATA_FOLDER_NOT_EMPTY'
  /** A kiosk is using the data folder. */
  | 'KIOSK_RUNNING'
  /** A key file already exists where the restore would write its key, and it is another key. */
  | 'KEY_FILE_EXISTS'
  /** The restored folder did not open as a store; nothing was put in place. */
  | 'DOES_NOT_OPEN';

export interface RestoreRefusalDetails {
  backupKioskId?: string;
  kioskId?: string;
  file?: string;
  version?: number;
  path?: string;
}

/** A restore that was refused, with a code and facts (printed by the command; never parsed). */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
  readonly reason: RestoreRefusal;
  readonly details: RestoreRefusalDetails;

  constructor(reason: RestoreRefusal, message: string, details: RestoreRefusalDetails = {}) {
    super(message);
    this.reason = reason;
    this.details = details;
  }
}
