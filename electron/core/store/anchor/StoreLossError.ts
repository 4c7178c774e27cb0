import type { LossReport } from './lossReport.js';
import { describeLossReport } from './lossWords.js';

/**
 * The start was refused because acknowledged data is missing. Not a contract error: the host
 * prints `message` (Vietnamese and English lines, the report's path and the ways to recover)
 * and exits non-zero.
 */
export class StoreLossError extends Error {
  override readonly name = 'StoreLossError';
  readonly report: LossReport;
  readonly reportPath: string;

  constructor(report: LossReport, reportPath: string, refusal?: string) {
    super(
      [...(refusal === undefined ? [] : [refusal, '']), ...describeLossReport(report, reportPath)].join('\n'),
    );
    this.report = report;
    this.reportPath = reportPath;
  }
}
