import { normaliseReference } from '../domain/reference.js';
import type { Now } from '../rules/time.js';
import { parseCardQr } from './cardQr.js';
import type { CardQrProblem, CardQrRecord } from './cardQr.js';
import { unwrapScannerText } from './scannerText.js';

/** What a scanned code is to the kiosk: a citizen's card, a receipt's reference, or neither. */
export type ScannedCode =
  | { kind: 'card'; card: CardQrRecord }
  /** A receipt's reference, normalised (shared/domain/reference.ts). */
  | { kind: 'reference'; reference: string }
  | { kind: 'refused'; problem: CardQrProblem };

/** One reading of any scan, so every screen that listens for a scanner tells codes apart alike. */
export function classifyScannedCode(text: string, options: { now: Now }): ScannedCode {
  const reference = normaliseReference(unwrapScannerText(text));
  if (reference !== undefined) return { kind: 'reference', reference };
  const parsed = parseCardQr(text, options);
  return parsed.ok ? { kind: 'card', card: parsed.card } : { kind: 'refused', problem: parsed.problem };
}
