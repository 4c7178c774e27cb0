import { useEffect, useState } from 'react';
import type { ChangeState } from '../../../shared/domain/change.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { OutcomeIcon } from '../components/OutcomeIcon';
import type { OutcomeTone } from '../components/OutcomeIcon';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import type { Messages } from '../i18n/vi';
import './DoneScreen.css';

interface DoneScreenProps {
  receipt: ChangeReceipt;
  deviceName: string;
  onReviewDevices: () => void;
  onEnd: () => void;
}

interface OutcomeText {
  tone: OutcomeTone;
  title: string;
  body: string;
  reason?: string;
  next: readonly string[];
}

/** Says what really happened: success only once the national system has applied it. */
function describeOutcome(t: Messages, receipt: ChangeReceipt, deviceName: string): OutcomeText {
  const done = t.done;
  const state: ChangeState = receipt.state;
  switch (state) {
    case 'applied':
      return {
        tone: 'success',
        title: done.unlinked.title,
        body: done.unlinked.body(deviceName),
        next: done.unlinked.next,
      };
    case 'duplicate':
      return {
        tone: 'success',
        title: done.alreadyUnlinked.title,
        body: done.alreadyUnlinked.body(deviceName),
        next: done.unlinked.next.slice(1),
      };
    case 'pending':
    case 'sending':
    case 'blocked':
      return {
        tone: 'waiting',
        title: done.waiting.title,
        body: state === 'blocked' ? done.waiting.blockedBody(deviceName) : done.waiting.body(deviceName),
        next: done.waiting.next,
      };
    case 'rejected':
    case 'conflict': {
      const known = receipt.outcomeCode === undefined ? undefined : done.notDone.reasons[receipt.outcomeCode];
      return {
        tone: 'failure',
        title: done.notDone.title,
        body: done.notDone.body(deviceName),
        reason: known ?? (state === 'conflict' ? done.notDone.conflictReason : done.notDone.rejectedReason),
        next: done.notDone.next,
      };
    }
  }
}

export function DoneScreen({ receipt: accepted, deviceName, onReviewDevices, onEnd }: DoneScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [receipt, setReceipt] = useState(accepted);

  // A change recorded offline is sent later; show its real state if that happens meanwhile.
  useEffect(
    () =>
      kiosk.on('change.updated', (update) => {
        if (update.changeId === accepted.changeId) setReceipt(update);
      }),
    [kiosk, accepted.changeId],
  );

  const outcome = describeOutcome(t, receipt, deviceName);

  return (
    <section className={`screen done done--${outcome.tone}`} aria-labelledby="done-title">
      <div className="done__body">
        <div className="done__outcome" aria-live="polite">
          <OutcomeIcon tone={outcome.tone} />
          <h1 id="done-title" ref={headingRef} tabIndex={-1}>
            {outcome.title}
          </h1>
          <p className="done__text">{outcome.body}</p>
          {outcome.reason !== undefined && (
            <p className="done__text">
              <strong>{t.done.notDone.reasonLabel}:</strong> {outcome.reason}
            </p>
          )}
        </div>
        <div className="done__reference">
          <p className="done__reference-label">{t.done.referenceLabel}</p>
          <p className="done__reference-code">{receipt.reference}</p>
          <p className="done__reference-hint">{t.done.referenceHint}</p>
        </div>
        <div className="done__next">
          <h2>{t.done.nextTitle}</h2>
          <ol>
            {outcome.next.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      </div>
      <div className="screen__footer">
        <button type="button" className="button button--secondary" onClick={onReviewDevices}>
          {t.done.reviewDevices}
        </button>
        <button type="button" className="button button--primary" onClick={onEnd}>
          {t.common.end}
        </button>
      </div>
    </section>
  );
}
