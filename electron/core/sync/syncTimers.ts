/** Timers the sync engine uses, injectable so tests drive time themselves. */
export interface SyncTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Real timers that never keep the process alive on their own: closing the kiosk is not a sync decision. */
export const nodeSyncTimers: SyncTimers = {
  set(callback, ms) {
    const timer = setTimeout(callback, Math.max(0, ms));
    timer.unref();
    return timer;
  },
  clear(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
