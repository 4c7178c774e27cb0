import { acceptableOutcomes } from './classifyRecovery.js';
import type { FaultCaseRow } from './faultCases.js';

const columns = ['case', 'outcome', 'acknowledged', 'present', 'lost', 'doubled'] as const;

/** The matrix as a table: case, outcome, changes acknowledged, present, lost, doubled (and a note). */
export function matrixTable(rows: readonly FaultCaseRow[]): string {
  const cells = rows.map((row) => [...columns.map((column) => String(row[column])), row.note]);
  const header = [...columns, 'note'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => (i === header.length - 1 ? 0 : (line[i] ?? '').length))),
  );
  const format = (line: readonly string[]) =>
    line
      .map((cell, i) =>
        i === 0 || i === line.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [format(header), ...cells.map(format)].join('\n');
}

/** The bench's figure: cases run, and the changes lost or gone back with nothing to say so, and doubled. */
export function matrixFigures(rows: readonly FaultCaseRow[]) {
  const sum = (pick: (row: FaultCaseRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    cases: rows.length,
    lost: sum((row) => row.unreportedLost),
    doubled: sum((row) => row.doubled),
    silentRollbacks: sum((row) => row.unreportedRollbacks),
    refusedWithoutReport: rows.filter(
      (row) => row.outcome === 'REFUSED-WITHOUT-REPORT' || row.outcome === 'ACCEPT-LOSS-FAILED',
    ).length,
    failing: rows.filter((row) => !acceptableOutcomes.has(row.outcome)).map((row) => row.case),
  };
}
