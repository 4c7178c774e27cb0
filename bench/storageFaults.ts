import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultCaseRow } from '../test/support/storage/faultCases.js';
import { faultMatrixCases } from '../test/support/storage/faultCases.js';
import { matrixFigures } from '../test/support/storage/matrixReport.js';

/**
 * Issue 9's `storageFaults` figure: the storage fault matrix's cases (the same list as
 * `test/integration/store/faultMatrix.test.ts`), with the changes lost or gone back in silence
 * and the changes doubled. All must be 0 except `cases`.
 */
export async function measureStorageFaults(): Promise<{
  cases: number;
  lost: number;
  doubled: number;
  silentRollbacks: number;
  refusedWithoutReport: number;
  skipped: string[];
}> {
  const workDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-faults-'));
  const { warn, error } = console;
  // The store says what it recovered from on stderr; here only the figures count.
  console.warn = () => undefined;
  console.error = () => undefined;
  try {
    const rows: FaultCaseRow[] = [];
    const skipped: string[] = [];
    for (const faultCase of await faultMatrixCases(workDir)) {
      rows.push(...(await faultCase.run()));
      if (faultCase.skipped !== undefined) skipped.push(`${faultCase.name}: ${faultCase.skipped}`);
    }
    const { cases, lost, doubled, silentRollbacks, refusedWithoutReport } = matrixFigures(rows);
    return { cases, lost, doubled, silentRollbacks, refusedWithoutReport, skipped };
  } finally {
    console.warn = warn;
    console.error = error;
    await rm(workDir, { recursive: true, force: true });
  }
}

// `node out/bench/storageFaults.js` runs this module alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  // Run alone: an unhandled rejection ends the process with its stack, which is what a bench should do.
  void measureStorageFaults().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
