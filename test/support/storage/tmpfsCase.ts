import { execFileSync } from 'node:child_process';
import { mkdir, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AckLedger } from './ackLedger.js';
import { classifyRecovery } from './classifyRecovery.js';
import type { FaultCase, FaultCaseRow } from './faultCases.js';
import { copyFolder } from './matrixTemplates.js';
import { acceptChanges, fold, goOn, openScenarioKiosk, sendOldest, workDay } from './scenarioKiosk.js';

const NAME = 'a real full disk (tmpfs of 600 KB)';

function mountTmpfs(at: string): string | undefined {
  if (process.getuid?.() !== 0) return 'not running as root (CI runs as root)';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', at], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0] ?? ''}`;
  }
}

function unmount(at: string): void {
  try {
    execFileSync('umount', [at], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', at], { stdio: 'pipe' });
  }
}

/**
 * The kiosk on a small tmpfs, as root: a filler file leaves it a few tens of KB, the counter
 * goes on until the store refuses writes, then the filler is deleted and the kiosk goes on with
 * no restart. Two starts are classified: a crash right after the first refusal, and the end.
 */
export function realFullDiskCase(workDir: string): FaultCase {
  const fullDisk: FaultCase = {
    name: NAME,
    async run(): Promise<FaultCaseRow[]> {
      const mountPoint = join(workDir, 'mnt');
      await mkdir(mountPoint, { recursive: true });
      const skipped = mountTmpfs(mountPoint);
      if (skipped !== undefined) {
        fullDisk.skipped = skipped;
        return [];
      }
      try {
        const dir = join(mountPoint, 'data');
        const crash = join(workDir, 'crash');
        const ledger = new AckLedger();
        const kiosk = await openScenarioKiosk(dir, ledger);
        await workDay(kiosk, 4, 8);
        const { bavail, bsize } = await statfs(mountPoint);
        const filler = join(mountPoint, 'filler');
        await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 48 * 1024)));
        let refused = 0;
        let atCrash: AckLedger | undefined;
        for (let round = 0; round < 400 && refused < 6; round++) {
          const asked = 1 + (round % 3);
          const taken = await acceptChanges(kiosk, asked);
          if (taken < asked && atCrash === undefined) {
            await copyFolder(dir, crash);
            atCrash = ledger.clone();
          }
          refused += asked - taken;
          await sendOldest(kiosk, 2);
          if (round % 5 === 4) await fold(kiosk);
        }
        if (atCrash === undefined) throw new Error(`${NAME}: the disk never filled up`);
        await rm(filler);
        await goOn(kiosk);
        await kiosk.close();
        return [
          { case: `${NAME} / crash after the first refusal`, ...(await classifyRecovery(crash, atCrash)) },
          { case: `${NAME} / space freed, went on`, ...(await classifyRecovery(dir, ledger)) },
        ];
      } finally {
        unmount(mountPoint);
      }
    },
  };
  return fullDisk;
}
