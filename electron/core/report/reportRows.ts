import type { DayReportWords } from '../../../shared/i18n/dayReportWords.js';
import type { DayReport } from '../../../shared/ipc/reportContract.js';
import { reportOutcomes } from '../../../shared/ipc/reportContract.js';
import { changeKinds, VerificationMethod } from '../../../shared/domain/change.js';
import { vietnamDateTime } from '../receipts/vietnamTime.js';

/** A table of the report as text, the same for the PDF, the CSV and the tests that read them. */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty?: string;
}

/** dd/mm/yyyy, as the office writes a day. */
export function dayShown(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date ?? ''}/${month ?? ''}/${year ?? ''}`;
}

export function reportFileName(day: string, format: 'pdf' | 'csv'): string {
  return `bao-cao-ngay-${day}.${format}`;
}

/** The figures of the report, as the tables the PDF prints (and the screen shows). */
export function figureTables(report: DayReport, words: DayReportWords): ReportTable[] {
  const count = String;
  const changes: ReportTable = {
    title: words.changesTitle,
    headers: [words.kindHeader, ...reportOutcomes.map((outcome) => words.outcomes[outcome]), words.total],
    rows: [
      ...changeKinds.map((kind) => {
        const counts = report.changes.byKind[kind];
        const sum = reportOutcomes.reduce((total, outcome) => total + counts[outcome], 0);
        return [words.kinds[kind], ...reportOutcomes.map((outcome) => count(counts[outcome])), count(sum)];
      }),
      [
        words.total,
        ...reportOutcomes.map((outcome) => count(report.changes.total[outcome])),
        count(reportOutcomes.reduce((total, outcome) => total + report.changes.total[outcome], 0)),
      ],
    ],
  };
  const identifications: ReportTable = {
    title: words.identificationsTitle,
    headers: [words.methodHeader, words.succeeded, words.failed],
    rows: VerificationMethod.options.map((method) => [
      words.methods[method],
      count(report.identifications[method].succeeded),
      count(report.identifications[method].failed),
    ]),
  };
  const unlocks: ReportTable = {
    title: words.unlocksTitle,
    headers: [words.lockReasonHeader, words.requested, words.refusedAtKiosk],
    rows: report.unlocks.map((row) => [
      words.lockReasons[row.lockReason],
      count(row.requested),
      count(row.refusedAtKiosk),
    ]),
    empty: words.noUnlocks,
  };
  const staff: ReportTable = {
    title: words.staffTitle,
    headers: [words.staffIdHeader, words.signIns, words.attested, words.changes, words.receiptsPrinted],
    rows: report.staff.map((work) => [
      work.staffId,
      count(work.signIns),
      count(work.attested),
      count(work.changes),
      count(work.receiptsPrinted),
    ]),
    empty: words.noStaff,
  };
  return [changes, identifications, unlocks, staff];
}

/** The day's requests, one row each: the CSV's rows and the PDF's list. */
export function requestTable(report: DayReport, words: DayReportWords): ReportTable {
  return {
    title: words.requestsTitle,
    headers: [words.time, words.reference, words.idNumber, words.kind, words.state],
    rows: report.requests.map((request) => [
      vietnamDateTime(request.at),
      request.reference,
      request.idNumberMasked,
      words.kinds[request.kind],
      words.states[request.state],
    ]),
    empty: words.noRequests,
  };
}
