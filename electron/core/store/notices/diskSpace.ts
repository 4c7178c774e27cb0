import { statfs } from 'node:fs/promises';
import type { Timers } from '../../timers.js';

export interface DiskSpace {
  /** Bytes this process may still write (blocks available to unprivileged users). */
  freeBytes: number;
  totalBytes: number;
}

/** How much room the disk holding `dir` has; injectable so a test can play a disk running low. */
export type ReadDiskSpace = (dir: string) => Promise<DiskSpace>;

export const readDiskSpace: ReadDiskSpace = async (dir) => {
  const found = await statfs(dir);
  return { freeBytes: found.bavail * found.bsize, totalBytes: found.blocks * found.bsize };
};

/** 200 MB, counted in MiB (the larger reading): a day of a busy commune's journal fits many times. */
export const LOW_DISK_FREE_BYTES = 200 * 1024 * 1024;
export const LOW_DISK_FREE_SHARE = 0.05;

/** Low when either holds: less than 200 MB free, or less than 5 % of the disk free (issue 9). */
export function isDiskLow(space: DiskSpace): boolean {
  return space.freeBytes < LOW_DISK_FREE_BYTES || space.freeBytes < space.totalBytes * LOW_DISK_FREE_SHARE;
}

export interface DiskWatchOptions {
  dir: string;
  read: ReadDiskSpace;
  timers: Timers;
  /** Between two looks at the disk; 60 s by default. */
  intervalMs?: number;
  /** Once per episode: the disk became low (again) since it was last seen with room. */
  onLow: (space: DiskSpace) => void;
}

/**
 * Watches the free space of the data folder's disk: looked at when asked (at start, after each
 * fold) and every minute. One episode of a low disk is reported once, however long it lasts;
 * the disk seen with room again ends the episode.
 */
export class DiskWatch {
  readonly #options: DiskWatchOptions;
  #low = false;
  #unreadable = false;
  #timer: unknown;
  #stopped = false;

  constructor(options: DiskWatchOptions) {
    this.#options = options;
  }

  /** Looks at the disk now. Never throws: a disk whose space cannot be read is logged once. */
  async check(): Promise<void> {
    let space: DiskSpace;
    try {
      space = await this.#options.read(this.#options.dir);
    } catch (error) {
      if (!this.#unreadable) console.warn('kiosk store: cannot read the free disk space', error);
      this.#unreadable = true;
      return;
    }
    this.#unreadable = false;
    if (this.#stopped) return;
    if (!isDiskLow(space)) {
      this.#low = false;
      return;
    }
    if (this.#low) return;
    this.#low = true;
    this.#options.onLow(space);
  }

  /** Looks every `intervalMs` until `stop`; the timer never keeps the process alive. */
  start(): void {
    this.#stopped = false;
    const every = this.#options.intervalMs ?? 60_000;
    const arm = () => {
      this.#timer = this.#options.timers.set(() => {
        // check() never rejects; the next look is armed once this one is done.
        void this.check().then(() => {
          if (!this.#stopped) arm();
        });
      }, every);
    };
    arm();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#options.timers.clear(this.#timer);
    this.#timer = undefined;
  }
}
