import { open } from 'node:fs/promises';
import { KioskError } from '../../../shared/ipc/errors.js';

/** The calls an append-only writer makes on its open file: a subset of Node's FileHandle. */
export interface AppendableFile {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  stat(): Promise<{ size: number }>;
  truncate(length: number): Promise<void>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a file for appending ('a', or 'a+' to read it too). Injectable so that tests can play a
 * disk that fills up (short counts, ENOSPC) under the journal, the audit log and the archive.
 */
export type AppendFileOpener = (path: string, flags: 'a' | 'a+', mode: number) => Promise<AppendableFile>;

export const openAppendFile: AppendFileOpener = (path, flags, mode) => open(path, flags, mode);

export type StoreWriteCode = 'STORE_FULL' | 'STORE_FAILED';

const fullDiskErrors = new Set(['ENOSPC', 'EDQUOT']);

/** A write that did not happen: `STORE_FULL` when the disk or quota is full, `STORE_FAILED` otherwise. */
export function storeWriteError(error: unknown, what: string): KioskError<StoreWriteCode> {
  if (error instanceof KioskError && (error.code === 'STORE_FULL' || error.code === 'STORE_FAILED')) {
    return error as KioskError<StoreWriteCode>;
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  return errno !== undefined && fullDiskErrors.has(errno)
    ? new KioskError('STORE_FULL', `The disk is full: could not write ${what} (${reason}).`)
    : new KioskError('STORE_FAILED', `Could not write ${what}: ${reason}`);
}

class NoProgress extends Error {
  readonly code = 'ENOSPC';
}

/**
 * Writes every byte of `bytes` after the first `knownLength` bytes of the file and fdatasyncs
 * them, or throws with the file put back to `knownLength`. Node's write may return a short count
 * with no error when the disk fills (seen: 1,096 of 1,500 bytes); a writer that took that as
 * saved acknowledged half a record. A write that makes no progress counts as a full disk.
 */
export async function appendWhole(
  file: AppendableFile,
  bytes: Uint8Array,
  knownLength: number,
  what: string,
): Promise<void> {
  let written = 0;
  try {
    while (written < bytes.length) {
      const { bytesWritten } = await file.write(
        bytes,
        written,
        bytes.length - written,
        knownLength + written,
      );
      if (bytesWritten <= 0) throw new NoProgress(`wrote 0 of ${bytes.length - written} bytes`);
      written += bytesWritten;
    }
    await file.datasync();
  } catch (error) {
    const failure = storeWriteError(error, what);
    try {
      await cutBackTo(file, knownLength);
    } catch (repair) {
      // The tail is unknown now; the writer repairs it before its next append (see cutBackTo).
      throw new KioskError(
        failure.code,
        `${failure.message} The file could not be put back: ${(repair as Error).message}`,
      );
    }
    throw failure;
  }
}

/**
 * Puts the file back to `length`, its last good length, if it is longer: the true size is
 * measured first, because truncating to a length past the real end pads the file with zeros.
 * Never extends a file.
 */
export async function cutBackTo(file: AppendableFile, length: number): Promise<void> {
  const { size } = await file.stat();
  if (size > length) await file.truncate(length);
  await file.datasync();
}
