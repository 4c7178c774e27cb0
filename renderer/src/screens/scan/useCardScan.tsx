import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CardQrProblem } from '../../../../shared/card/cardQr.js';
import { classifyScannedCode } from '../../../../shared/card/scannedCode.js';
import { useScanInput } from '../../input/useScanInput';
import { keptCardFacts } from '../../state/identifyFlow';
import type { CardFacts } from '../../state/identifyFlow';
import { ReferenceOffer } from './ReferenceOffer';

export interface CardScanHandlers {
  /** Only the facts kept of the card (`keptCardFacts`): the address never leaves this hook. */
  onCard: (card: CardFacts) => void;
  /** Not a usable card: the screen says why and changes nothing else. */
  onRefused: (problem: CardQrProblem) => void;
  /** A receipt's reference was scanned, and the citizen chose to look it up. */
  onLookup: (reference: string) => void;
}

export interface CardScanOptions {
  /** A staff member is signed in: the holder's name is kept for them to compare. */
  assisted: boolean;
  enabled?: boolean;
  /**
   * A verification is with the core. A scan now is swallowed without a word, on purpose: its
   * facts must not replace those being verified, a lookup must not throw the verification
   * away, and the outcome the screen is about to say would replace any sentence at once.
   */
  busy?: boolean;
}

export interface CardScan {
  /** The text the camera read: classified exactly as a scanner's burst. */
  onScanned: (text: string) => void;
  /** The lookup offered over the screen for a reference scanned here; null when none is. */
  offer: ReactNode;
}

/**
 * A screen that takes a citizen ID card by its QR code: the handheld scanner's bursts, heard
 * wherever the focus is, and the text the camera reads. Either way the text is classified
 * once, here; a receipt's reference opens the offer to look it up, the screen staying as it was.
 */
export function useCardScan(handlers: CardScanHandlers, options: CardScanOptions): CardScan {
  const { assisted, busy = false } = options;
  const [reference, setReference] = useState<string | null>(null);
  const onScanned = (text: string) => {
    if (busy) return;
    const code = classifyScannedCode(text, { now: Date.now() });
    if (code.kind === 'card') handlers.onCard(keptCardFacts(code.card, { assisted }));
    else if (code.kind === 'reference') setReference(code.reference);
    else handlers.onRefused(code.problem);
  };
  useScanInput(onScanned, { enabled: (options.enabled ?? true) && reference === null });
  const offer =
    reference === null ? null : (
      <ReferenceOffer
        reference={reference}
        onLookup={() => handlers.onLookup(reference)}
        onClose={() => setReference(null)}
      />
    );
  return { onScanned, offer };
}
