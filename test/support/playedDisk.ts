import { openAppendFile } from '../../electron/core/store/appendWhole.js';
import type { AppendableFile, AppendFileOpener } from '../../electron/core/store/appendWhole.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: played by the test disk`), { code });
}

/**
 * A disk a test can fill up, under the real files: writes go through to them until `bytesLeft`
 * runs out, then come back short (Node's answer to a disk that fills mid-write, with no error)
 * and then fail with ENOSPC. Truncating gives the space back. It can also fail the next writes
 * or syncs with any error, or answer a write with 0 bytes and no error.
 */
export class PlayedDisk {
  /** Bytes the disk still takes, across every file opened through it. */
  bytesLeft = Number.POSITIVE_INFINITY;
  /** Thrown by the next writes, one each, before the space is looked at. */
  readonly writeErrors: string[] = [];
  /** Thrown by the next datasyncs, one each. */
  readonly syncErrors: string[] = [];
  /** Thrown by the next truncates, one each. */
  readonly truncateErrors: string[] = [];
  /** The next writes take at most these many bytes each and report a short count, with no error. */
  readonly shortWrites: number[] = [];
  /** The next this many writes report 0 bytes written and no error. */
  stalledWrites = 0;
  /** Every write asked for, with how many bytes it took. */
  readonly writes: { asked: number; written: number }[] = [];

  full(): void {
    this.bytesLeft = 0;
  }

  free(): void {
    this.bytesLeft = Number.POSITIVE_INFINITY;
  }

  readonly open: AppendFileOpener = async (path, flags, mode) =>
    this.#wrap(await openAppendFile(path, flags, mode));

  #wrap(file: AppendableFile): AppendableFile {
    return {
      write: async (buffer, offset, length, position) => {
        const error = this.writeErrors.shift();
        if (error !== undefined) throw errno(error);
        if (this.stalledWrites > 0) {
          this.stalledWrites -= 1;
          this.writes.push({ asked: length, written: 0 });
          return { bytesWritten: 0 };
        }
        if (this.bytesLeft <= 0) throw errno('ENOSPC');
        const most = Math.min(length, this.bytesLeft, this.shortWrites.shift() ?? length);
        const { bytesWritten } = await file.write(buffer, offset, most, position);
        this.bytesLeft -= bytesWritten;
        this.writes.push({ asked: length, written: bytesWritten });
        return { bytesWritten };
      },
      stat: () => file.stat(),
      truncate: async (length) => {
        const error = this.truncateErrors.shift();
        if (error !== undefined) throw errno(error);
        const { size } = await file.stat();
        await file.truncate(length);
        this.bytesLeft += Math.max(0, size - length);
      },
      datasync: async () => {
        const error = this.syncErrors.shift();
        if (error !== undefined) throw errno(error);
        await file.datasync();
      },
      sync: () => file.sync(),
      close: () => file.close(),
    };
  }
}
