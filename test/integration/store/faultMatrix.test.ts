import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { acceptableOutcomes } from '../../support/storage/classifyRecovery.js';
import type { FaultCaseRow } from '../../support/storage/faultCases.js';
import { faultMatrixCases } from '../../support/storage/faultCases.js';
import { matrixFigures, matrixTable } from '../../support/storage/matrixReport.js';

// Issue 9, point 6: each fault either recovers with every acknowledged change present exactly
// once, or refuses to start with a loss report naming what is missing. Never a silent loss.
const workDir = await mkdtemp(join(tmpdir(), 'kiosk-fault-matrix-'));
const quiet = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
quiet.forEach((spy) => spy.mockImplementation(() => undefined));
const cases = await faultMatrixCases(workDir);
quiet.forEach((spy) => spy.mockRestore());
const rows: FaultCaseRow[] = [];

afterAll(async () => {
  console.log(`storage fault matrix\n${matrixTable(rows)}\n${JSON.stringify(matrixFigures(rows))}`);
  await rm(workDir, { recursive: true, force: true });
});

describe('the storage fault matrix', () => {
  it.each(cases.map((faultCase) => [faultCase.name, faultCase] as const))('%s', async (_name, faultCase) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const found = await faultCase.run();
      if (faultCase.skipped !== undefined) console.log(`skipped "${faultCase.name}": ${faultCase.skipped}`);
      rows.push(...found);
      const wrong = found.filter((row) => !acceptableOutcomes.has(row.outcome));
      expect(wrong.map((row) => `${row.case}: ${row.outcome} (${row.note})`)).toEqual([]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
