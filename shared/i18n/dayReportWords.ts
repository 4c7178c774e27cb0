import type { LockReason } from '../domain/account.js';
import type { ChangeKind, ChangeState, VerificationMethod } from '../domain/change.js';
import type { ReportLockReason, ReportOutcome } from '../ipc/reportContract.js';

/** The day report ("Báo cáo ngày", issue 11): its screen, its PDF and its CSV speak these words. */
export interface DayReportWords {
  title: string;
  /** "Ngày 02/12/2026" above the figures. */
  dayHeading: (dayShown: string) => string;
  today: string;
  previousDay: string;
  nextDay: string;
  /** The list of recent days to jump to. */
  chooseDay: string;
  loading: string;
  commune: string;
  kiosk: string;
  generatedAt: string;
  changesTitle: string;
  kindHeader: string;
  total: string;
  kinds: Readonly<Record<ChangeKind, string>>;
  outcomes: Readonly<Record<ReportOutcome, string>>;
  identificationsTitle: string;
  methodHeader: string;
  succeeded: string;
  failed: string;
  methods: Readonly<Record<VerificationMethod, string>>;
  unlocksTitle: string;
  lockReasonHeader: string;
  requested: string;
  refusedAtKiosk: string;
  lockReasons: Readonly<Record<ReportLockReason, string>> & Readonly<Record<LockReason, string>>;
  noUnlocks: string;
  staffTitle: string;
  staffIdHeader: string;
  signIns: string;
  attested: string;
  changes: string;
  receiptsPrinted: string;
  noStaff: string;
  requestsTitle: string;
  time: string;
  reference: string;
  idNumber: string;
  kind: string;
  state: string;
  states: Readonly<Record<ChangeState, string>>;
  noRequests: string;
  downloadPdf: string;
  downloadCsv: string;
  print: string;
  saved: (file: string) => string;
  downloaded: string;
  printed: string;
  notPrinted: string;
  /** The signature lines at the foot of the printed report. */
  signedByStaff: string;
  signedByHead: string;
  signHint: string;
  page: (page: number, of: number) => string;
  /** REPORT_DAY_NOT_AVAILABLE, with the days that can be chosen. */
  dayNotAvailable: (earliest: string, latest: string) => string;
}
