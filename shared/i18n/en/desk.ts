import type { DeskWords } from '../deskWords.js';

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under 1 minute';
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export const deskWordsEn: DeskWords = {
  intro: 'The queue to the national identity system, and the requests staff must deal with.',
  counts: { pending: 'Waiting to send', sending: 'Sending', blocked: 'Held back', needsStaff: 'Needs staff' },
  connection: {
    unknown: 'Checking the connection to the national identity system',
    online: 'Connected to the national identity system',
    offline: 'No connection to the national identity system',
  },
  lastSuccess: (when) => `Last sent successfully: ${when}`,
  neverSucceeded: 'Nothing sent successfully since the kiosk started',
  lastError: (words) => `Last error: ${words}`,
  syncErrors: {
    UPSTREAM_UNREACHABLE: 'the national system could not be reached',
    UPSTREAM_TIMEOUT: 'the national system did not answer in time',
    UPSTREAM_MALFORMED: 'the answer received was not in the expected form',
    UPSTREAM_UNAVAILABLE: 'the national system is having trouble',
    UPSTREAM_RATE_LIMITED: 'the national system asked the kiosk to wait',
    UPSTREAM_REFUSED: 'the national system refused a whole batch',
    KIOSK_FAILURE: 'the kiosk could not save its data',
  },
  sendNow: 'Send now',
  sendNowAsked: 'Asked to send now.',
  ageingTitle: 'Time waiting to send',
  ageing: {
    ok: 'Normal',
    warning: 'Warning: a request has waited too long to send',
    escalation: 'Escalate: a request is close to the 24-hour limit',
  },
  oldest: (age) => `Oldest waiting request: ${age}`,
  nothingUnsent: 'Nothing is waiting to send.',
  thresholds: (warn, escalate) => `Warning after ${warn}, escalation after ${escalate}.`,
  badge: 'Waiting too long',
  duration,
  listTitle: 'Requests that need staff',
  empty: 'No request needs staff.',
  more: (shown, total) => `Showing ${shown} of ${total} requests, oldest first.`,
  reference: 'Reference',
  idNumber: 'ID number',
  kind: 'Kind',
  madeAt: 'Made at',
  madeBy: 'Made by',
  byStaff: (staffId) => `Staff ${staffId}`,
  byCitizen: 'The citizen alone',
  waited: 'Waited',
  why: {
    conflict: 'Conflict: the account changed after verification',
    rejected: 'Rejected',
    'batch-refused': 'Its whole batch was refused, not decided',
    blocked: 'Held back',
    'transient-error': 'Not sent yet; the kiosk will retry',
  },
  refusal: (status, code) =>
    `The national system answered ${status}${code === undefined ? '' : ` (${code})`}.`,
  blockedBehind: (reference) => `Waits behind request ${reference} on the same account.`,
  resend: 'Resend',
  resendLabel: (reference) => `Resend request ${reference}`,
  resendCannotHelp:
    'The national system has decided this request; resending only brings back the same answer. Close it with a reason.',
  close: 'Close',
  closeLabel: (reference) => `Close request ${reference}`,
  closeDialog: {
    title: (reference) => `Close request ${reference}`,
    reasonLegend: 'Reason for closing',
    noteLabel: 'Note (optional)',
    noteHint: 'At most 200 characters. No names or ID numbers.',
    confirm: 'Close the request',
    cancel: 'Back',
  },
  closeReasons: {
    'citizen-self-served': 'The citizen dealt with it on their phone',
    'referred-to-police': 'Referred to the commune police',
    'entered-wrongly': 'Entered wrongly, done again',
    other: 'Other',
  },
  closedStatus: (reason) => `Closed: ${reason}`,
  closedNote: (note) => `Staff note: ${note}`,
  closedSource: 'According to this kiosk: staff closed the request here.',
  closedReceipt: 'Staff closed this request.',
  resent: (reference) => `Request ${reference} was sent again.`,
  closed: (reference) => `Request ${reference} was closed.`,
  noticesTitle: "Notices about the kiosk's data",
  noNotices: 'No notices.',
  loadFailed: 'The queue could not be read.',
  retry: 'Try again',
};
