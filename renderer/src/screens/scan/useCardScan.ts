import type { CardQrProblem, CardQrRecord } from '../../../../shared/card/cardQr.js';
import { classifyScannedCode } from '../../../../shared/card/scannedCode.js';
import { useScanInput } from '../../input/useScanInput';

export interface CardScanHandlers {
  onCard: (card: CardQrRecord) => void;
  /** A receipt's reference, scanned where a card was expected. */
  onReference: (reference: string) => void;
  /** Not a usable card: the screen says why and changes nothing else. */
  onRefused: (problem: CardQrProblem) => void;
}

/**
 * A screen that takes a citizen ID card by its QR code: the handheld scanner's bursts, heard
 * wherever the focus is, and the text the camera reads (the returned function). Either way the
 * text is classified once, here, and the address goes no further than the handler's card.
 */
export function useCardScan(handlers: CardScanHandlers, options: { enabled?: boolean } = {}) {
  const handle = (text: string) => {
    const code = classifyScannedCode(text, { now: Date.now() });
    if (code.kind === 'card') handlers.onCard(code.card);
    else if (code.kind === 'reference') handlers.onReference(code.reference);
    else handlers.onRefused(code.problem);
  };
  useScanInput(handle, options);
  return handle;
}
