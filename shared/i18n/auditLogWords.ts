import type { AuditAction } from '../domain/auditAction.js';
import type { AuditBreakReason } from '../ipc/auditContract.js';

/** The columns of the exported CSV, in order. */
export const auditCsvColumns = [
  'seq',
  'at',
  'action',
  'actionCode',
  'actor',
  'staffId',
  'idNumberMasked',
  'reference',
  'outcome',
  'detail',
] as const;
export type AuditCsvColumn = (typeof auditCsvColumns)[number];

/** The audit log page ("Nhật ký", issue 11 part A) and its CSV export, for staff. */
export interface AuditLogWords {
  loading: string;
  chain: {
    intactTitle: string;
    /** How many entries were checked, and when. */
    intactBody: (entries: number, checkedAt: string) => string;
    brokenTitle: string;
    /** Where the first failing entry is: its seq when it could be read, its file and line. */
    brokenWhere: (where: { seq?: number | undefined; file: string; line: number }) => string;
    /** Why that entry fails, in words. */
    reasons: Readonly<Record<AuditBreakReason, string>>;
    /** What it means for the entries before and after it. */
    brokenMeaning: (entriesBefore: number, untrustedFromSeq: number) => string;
    /** What staff should do. */
    brokenAction: string;
  };
  filters: {
    title: string;
    day: string;
    allDays: string;
    previousDay: string;
    nextDay: string;
    /** The day chip's accessible name, e.g. "Chỉ ngày 02/12/2026". */
    onlyDay: (day: string) => string;
    staff: string;
    allStaff: string;
    action: string;
    allActions: string;
  };
  /** Above the list: which page, and how many entries it shows. */
  pageSummary: (page: number, shown: number) => string;
  empty: string;
  /** An entry from the first broken one on. */
  untrusted: string;
  actors: {
    citizen: string;
    staff: (staffId: string) => string;
    kiosk: string;
  };
  fields: {
    actor: string;
    seq: (seq: number) => string;
    idNumber: string;
    reference: string;
    outcome: string;
    detail: string;
  };
  nextPage: string;
  previousPage: string;
  exportCsv: string;
  exporting: string;
  /** The export was handed over (downloaded or saved) under this name. */
  exported: (fileName: string) => string;
  actions: Readonly<Record<AuditAction, string>>;
  /** Outcomes the log writes as codes, in words; any other code is shown as it is. */
  outcomes: Readonly<Partial<Record<string, string>>>;
  csv: {
    headers: Readonly<Record<AuditCsvColumn, string>>;
    actors: { citizen: string; staff: string; kiosk: string };
  };
}

/** An outcome in words when the catalogue knows it, else the code itself. */
export function auditOutcomeText(words: AuditLogWords, outcome: string): string {
  return Object.hasOwn(words.outcomes, outcome) ? (words.outcomes[outcome] ?? outcome) : outcome;
}
