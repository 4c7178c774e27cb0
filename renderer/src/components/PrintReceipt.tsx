import { useState } from 'react';
import { useKiosk } from '../bridge/KioskProvider';
import { useLanguage } from '../i18n/LanguageProvider';
import { ErrorNotice } from './ErrorNotice';
import { PrinterIcon } from './Icons';

type PrintState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'printed' }
  | { kind: 'opened' }
  | { kind: 'failed'; text: string };

const REVOKE_AFTER_MS = 5 * 60_000;

function pdfBlobUrl(pdfBase64: string): string {
  const binary = atob(pdfBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/**
 * "In phiếu": the host prints the slip when it has a printer (Electron); otherwise (the web
 * host) the PDF opens in a window of its own, where the browser's print button prints it.
 */
export function PrintReceipt({ changeId }: { changeId: string }) {
  const { messages: t, language } = useLanguage();
  const kiosk = useKiosk();
  const [state, setState] = useState<PrintState>({ kind: 'idle' });

  async function print() {
    setState({ kind: 'busy' });
    const printed = await kiosk.invoke('receipt.print', { changeId, language });
    if (printed.ok && printed.value.printed) {
      setState({ kind: 'printed' });
      return;
    }
    const slip = await kiosk.invoke('receipt.get', { changeId, language });
    if (!slip.ok) {
      setState({ kind: 'failed', text: t.errors[slip.error.code] });
      return;
    }
    const url = pdfBlobUrl(slip.value.pdfBase64);
    // Still within the tap's user activation: both calls are answered on this machine.
    const opened = window.open(url, '_blank');
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    setState(opened === null ? { kind: 'failed', text: t.receipt.printBlocked } : { kind: 'opened' });
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
        {state.kind === 'busy' ? t.receipt.printing : t.receipt.print}
      </button>
      <div aria-live="polite">
        {state.kind === 'printed' && <p className="print-receipt__note">{t.receipt.printed}</p>}
        {state.kind === 'opened' && <p className="print-receipt__note">{t.receipt.printOpened}</p>}
      </div>
      {state.kind === 'failed' && <ErrorNotice text={state.text} />}
    </div>
  );
}
