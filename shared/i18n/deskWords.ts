import type { CloseReason } from '../domain/closeReason.js';
import type { ConnectionState } from '../domain/connection.js';
import type { AgeingLevel } from '../domain/syncAgeing.js';
import type { DeskItemWhy } from '../ipc/deskContract.js';
import type { SyncErrorCode } from '../ipc/syncError.js';

/** The sync desk ("Đồng bộ", issue 11) and the words a closed change is told with elsewhere. */
export interface DeskWords {
  intro: string;
  counts: Readonly<Record<'pending' | 'sending' | 'blocked' | 'needsStaff', string>>;
  /** The connection line: checking (just started), connected, no connection. */
  connection: Readonly<Record<ConnectionState, string>>;
  /** `when` already formatted dd/mm/yyyy HH:mm. */
  lastSuccess: (when: string) => string;
  neverSucceeded: string;
  lastError: (words: string) => string;
  syncErrors: Readonly<Record<SyncErrorCode, string>>;
  sendNow: string;
  sendNowAsked: string;
  ageing: Readonly<Record<AgeingLevel, string>>;
  ageingTitle: string;
  /** `age` already worded by `duration`. */
  oldest: (age: string) => string;
  nothingUnsent: string;
  thresholds: (warn: string, escalate: string) => string;
  /** The staff bar's badge when unsent changes are escalated. */
  badge: string;
  duration: (ms: number) => string;
  listTitle: string;
  empty: string;
  more: (shown: number, total: number) => string;
  reference: string;
  idNumber: string;
  kind: string;
  madeAt: string;
  madeBy: string;
  byStaff: (staffId: string) => string;
  byCitizen: string;
  waited: string;
  why: Readonly<Record<DeskItemWhy, string>>;
  refusal: (status: number, code: string | undefined) => string;
  blockedBehind: (reference: string) => string;
  resend: string;
  resendLabel: (reference: string) => string;
  /** Why a resend cannot help a change the national system decided. */
  resendCannotHelp: string;
  close: string;
  closeLabel: (reference: string) => string;
  closeDialog: {
    title: (reference: string) => string;
    reasonLegend: string;
    noteLabel: string;
    noteHint: string;
    confirm: string;
    cancel: string;
  };
  closeReasons: Readonly<Record<CloseReason, string>>;
  /** The lookup's status line for a change staff closed: "Đã đóng: <reason>". */
  closedStatus: (reason: string) => string;
  closedNote: (note: string) => string;
  /** The lookup's source line for a closed change (the kiosk's record wins over the national system's). */
  closedSource: string;
  /** A change closed while its receipt is on screen. */
  closedReceipt: string;
  resent: (reference: string) => string;
  closed: (reference: string) => string;
  noticesTitle: string;
  noNotices: string;
  loadFailed: string;
  retry: string;
}
