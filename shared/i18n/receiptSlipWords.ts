import type { ChangeKind } from '../domain/change.js';
import type { ReceiptStatus } from '../rules/receiptStatus.js';
import type { ChangeResultCode } from '../upstream/api.js';

/** The words of the printed slip (DESIGN §7), in the app's own terms. */
export interface ReceiptSlipWords {
  title: string;
  subtitle: string;
  kiosk: string;
  time: string;
  request: string;
  idNumber: string;
  reference: string;
  status: string;
  staff: string;
  printedAt: string;
  kinds: Readonly<Record<ChangeKind, string>>;
  statuses: Readonly<Record<ReceiptStatus, string>>;
  waitingNote: string;
  blockedNote: string;
  /** Keyed by the national system's result code. */
  outcomes: Readonly<Record<ChangeResultCode, string>>;
  /** A code this kiosk does not know yet (a newer national system): shown as it is. */
  unknownOutcome: (code: string) => string;
  footer: string;
}

/** The words for a result code, which comes from the national system and may be one this kiosk does not know. */
export function outcomeText(words: ReceiptSlipWords, code: string): string {
  return isKnownCode(words.outcomes, code) ? words.outcomes[code] : words.unknownOutcome(code);
}

function isKnownCode(outcomes: ReceiptSlipWords['outcomes'], code: string): code is ChangeResultCode {
  return Object.hasOwn(outcomes, code);
}
