import { useEffect, useState } from 'react';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { OutcomeIcon } from '../components/OutcomeIcon';
import { PrintReceipt } from '../components/PrintReceipt';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import { describeReceipt } from '../outcomes/describeChange';
import './ReceiptScreen.css';

interface ReceiptScreenProps {
  receipt: ChangeReceipt;
  /** The unlinked device's name, for an unlink of one device. */
  deviceName: string;
  onReviewDevices: (() => void) | undefined;
  onSeeAccount: (() => void) | undefined;
  onEnd: () => void;
}

/** After every change: what really happened, the lookup code in large print, and the slip. */
export function ReceiptScreen({
  receipt: accepted,
  deviceName,
  onReviewDevices,
  onSeeAccount,
  onEnd,
}: ReceiptScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [receipt, setReceipt] = useState(accepted);

  // A change recorded offline is sent later; show its real state when that happens meanwhile.
  useEffect(
    () =>
      kiosk.on('change.updated', (update) => {
        if (update.changeId === accepted.changeId) setReceipt(update);
      }),
    [kiosk, accepted.changeId],
  );

  const outcome = describeReceipt(t, receipt, deviceName);

  return (
    <section className={`screen done done--${outcome.tone}`} aria-labelledby="done-title">
      <div className="done__body">
        <div className="done__outcome" aria-live="polite">
          <OutcomeIcon tone={outcome.tone} />
          <p className="done__kind">{t.receipt.kinds[receipt.kind]}</p>
          <h1 id="done-title" ref={headingRef} tabIndex={-1}>
            {outcome.title}
          </h1>
          <p className="done__text">{outcome.body}</p>
          {outcome.reason !== undefined && (
            <p className="done__text">
              <strong>{t.receipt.reasonLabel}:</strong> {outcome.reason}
            </p>
          )}
        </div>
        <div className="done__reference">
          <p className="done__reference-label">{t.receipt.referenceLabel}</p>
          <p className="done__reference-code">{receipt.reference}</p>
          <p className="done__reference-meaning">{t.receipt.referenceMeaning}</p>
          <p className="done__reference-hint">{t.receipt.referenceHint}</p>
          <PrintReceipt changeId={receipt.changeId} />
        </div>
        {outcome.next.length > 0 && (
          <div className="done__next">
            <h2>{t.receipt.nextTitle}</h2>
            <ol>
              {outcome.next.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
        )}
      </div>
      <div className="screen__footer">
        {onSeeAccount !== undefined && (
          <button type="button" className="button button--secondary" onClick={onSeeAccount}>
            {t.receipt.seeAccount}
          </button>
        )}
        {onReviewDevices !== undefined && (
          <button type="button" className="button button--secondary" onClick={onReviewDevices}>
            {t.receipt.reviewDevices}
          </button>
        )}
        <button data-action="primary" type="button" className="button button--primary" onClick={onEnd}>
          {t.common.end}
        </button>
      </div>
    </section>
  );
}
