import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'kiosk.lock';

export interface DataDirLockTiming {
  /** How often the holder touches the lock file. */
  heartbeatMs: number;
  /** A lock untouched for this long is stale even if its pid is alive (the pid was reused). */
  staleAfterMs: number;
}

const defaultTiming: DataDirLockTiming = { heartbeatMs: 2_000, staleAfterMs: 10_000 };

/** Folders this process holds: our own pid in a lock file may also be a leftover from before a reboot. */
const heldHere = new Set<string>();

export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ageMs(path: string): Promise<number> {
  return Date.now() - (await stat(path)).mtimeMs;
}

/**
 * One writer per data folder: an Electron kiosk and a web host pointed at the same folder would
 * otherwise interleave journals. The holder touches the lock as a heartbeat. A lock whose pid is
 * gone is taken over at once; one whose pid is alive but whose heartbeat stopped belongs to a
 * crashed kiosk whose pid the system gave to another process, and is taken over once stale, so
 * a kiosk always comes back after a crash.
 */
export async function lockDataDir(
  dir: string,
  timing: DataDirLockTiming = defaultTiming,
): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + timing.staleAfterMs + timing.heartbeatMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(path);
      const heartbeat = setInterval(() => {
        const now = new Date();
        utimes(path, now, now).catch(() => undefined);
      }, timing.heartbeatMs);
      heartbeat.unref();
      return async () => {
        clearInterval(heartbeat);
        heldHere.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (holder === process.pid && heldHere.has(path)) {
      throw new DataDirBusyError(`This kiosk process already uses ${dir}.`);
    }
    const live = Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder);
    const age = await ageMs(path).catch(() => Number.POSITIVE_INFINITY);
    if (live && age < timing.staleAfterMs) {
      if (Date.now() > deadline)
        throw new DataDirBusyError(`Another kiosk process (pid ${holder}) is using ${dir}.`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(timing.heartbeatMs, 500)));
      continue;
    }
    await unlink(path).catch(() => undefined);
  }
}
