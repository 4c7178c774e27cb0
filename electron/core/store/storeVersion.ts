/**
 * A stored file or record written by a newer version of the kiosk than this one. It is refused
 * with this error, never misread and never taken for damage (which could start a recovery).
 */
export class StoreVersionError extends Error {
  override readonly name = 'StoreVersionError';

  constructor(what: string, found: number, known: number) {
    super(
      `${what} was written by a newer version of the kiosk software (format ${found}; this version reads up to ${known}). Install the newer version; nothing was changed.`,
    );
  }
}
