import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'kiosk.lock';

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

/**
 * One writer per data folder: an Electron kiosk and a web host pointed at the same folder would
 * otherwise interleave journals. A lock left by a crashed process (its pid is gone) is taken over.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(path);
      return async () => {
        heldHere.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      const busy =
        holder === process.pid
          ? heldHere.has(path)
          : Number.isInteger(holder) && holder > 0 && isAlive(holder);
      if (busy) {
        throw new DataDirBusyError(`Another kiosk process (pid ${holder}) is using ${dir}.`);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new DataDirBusyError(`Could not lock ${dir}.`);
}
