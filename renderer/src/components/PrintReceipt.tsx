import { useEffect, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { receiptUrl } from '../../../shared/ipc/receiptContract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { useLanguage } from '../i18n/LanguageProvider';
import { ErrorNotice } from './ErrorNotice';
import { PrinterIcon } from './Icons';
import './PrintReceipt.css';

const FRAME_LOAD_LIMIT_MS = 20_000;

type PrintState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** The host's own printer took the job (Electron). */
  | { kind: 'printed' }
  /** The browser took the job (the web host); whether paper came out, it cannot know. */
  | { kind: 'sent' }
  | { kind: 'failed'; text: string };

/** The web host's page has no preload, so no `window.kiosk`; Electron's has, and a printer. */
function hostHasPrinter(): boolean {
  return window.kiosk !== undefined;
}

/**
 * "In phiếu": the host prints the slip when it has a printer (Electron). The web host has none:
 * the page loads the slip's PDF (same origin, the session cookie, the receipt's access rule) in
 * a hidden frame and prints that frame, so the citizen never leaves the kiosk page and no second
 * window opens. `npm start` runs Chromium with `--kiosk-printing`, which skips the print dialog.
 */
export function PrintReceipt({ changeId, reprint = false }: { changeId: string; reprint?: boolean }) {
  const { messages: t, language } = useLanguage();
  const kiosk = useKiosk();
  const [state, setState] = useState<PrintState>({ kind: 'idle' });
  // A fresh frame for each tap: the same URL in the same frame would not load, so not print, again.
  const [frame, setFrame] = useState<{ src: string; key: number } | null>(null);
  const frames = useRef(0);

  useEffect(() => {
    if (frame === null) return;
    // A frame that never loads (the kiosk's service gone mid-tap) must not leave the button busy.
    const timer = window.setTimeout(() => {
      setState((now) => (now.kind === 'busy' ? { kind: 'failed', text: t.receipt.printFailed } : now));
    }, FRAME_LOAD_LIMIT_MS);
    return () => window.clearTimeout(timer);
  }, [frame, t]);

  async function print() {
    setState({ kind: 'busy' });
    const printed = await kiosk.invoke('receipt.print', { changeId, language });
    if (!printed.ok) {
      setState({ kind: 'failed', text: t.errors[printed.error.code] });
    } else if (printed.value.printed) {
      setState({ kind: 'printed' });
    } else if (hostHasPrinter()) {
      setState({ kind: 'failed', text: t.receipt.printFailed });
    } else {
      frames.current += 1;
      setFrame({ src: receiptUrl(changeId, language), key: frames.current });
    }
  }

  function printFrame(event: SyntheticEvent<HTMLIFrameElement>) {
    const slip = event.currentTarget.contentWindow;
    try {
      // A refusal (the session ended since the tap) comes back as JSON: never print that.
      if (slip === null || slip.document.contentType !== 'application/pdf') {
        throw new Error('The frame holds no slip.');
      }
      slip.print();
      setState({ kind: 'sent' });
    } catch {
      setState({ kind: 'failed', text: t.receipt.printFailed });
    }
  }

  return (
    <div className="print-receipt">
      <button
        type="button"
        className="button button--secondary print-receipt__button"
        disabled={state.kind === 'busy'}
        // print() shows its own outcome; the bridge never rejects.
        onClick={() => void print()}
      >
        <PrinterIcon />
        {state.kind === 'busy' ? t.receipt.printing : reprint ? t.receipt.reprint : t.receipt.print}
      </button>
      <div aria-live="polite">
        {state.kind === 'printed' && <p className="print-receipt__note">{t.receipt.printed}</p>}
        {state.kind === 'sent' && <p className="print-receipt__note">{t.receipt.printSent}</p>}
      </div>
      {state.kind === 'failed' && <ErrorNotice text={state.text} />}
      {frame !== null && (
        <iframe
          key={frame.key}
          className="print-receipt__frame"
          src={frame.src}
          title={t.receipt.print}
          aria-hidden="true"
          tabIndex={-1}
          onLoad={printFrame}
        />
      )}
    </div>
  );
}
