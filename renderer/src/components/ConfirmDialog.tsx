import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { ErrorNotice } from './ErrorNotice';
import './ConfirmDialog.css';

/**
 * For a "yes" that is easy to regret (unlinking the phone in hand): the way back becomes the main
 * action under `keepLabel`, and "yes" stays disabled until the citizen ticks `acknowledgement`.
 * A tick box rather than hold-to-confirm: a button that must be held would be misread next to
 * the main one.
 */
export interface ConfirmGuard {
  keepLabel: string;
  acknowledgement: string;
}

interface ConfirmDialogProps {
  title: string;
  /** The question, read out as the dialog's description. */
  question: string;
  /** What follows from saying yes. */
  children?: ReactNode;
  tone: 'danger' | 'primary';
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  guard?: ConfirmGuard;
}

/**
 * An explicit confirmation, as in the app. A native modal dialog: the rest of the page is
 * inert while it is open, and focus starts on the safe choice.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, question, children, tone, confirmLabel, busy, error, onConfirm, onCancel, guard } = props;
  const t = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const questionId = useId();
  const [acknowledged, setAcknowledged] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    backRef.current?.focus();
    return () => dialog.close();
  }, []);

  const back = (
    <button
      ref={backRef}
      type="button"
      className={guard === undefined ? 'button button--secondary' : 'button button--primary'}
      data-action={guard === undefined ? 'back' : 'primary'}
      disabled={busy}
      onClick={onCancel}
    >
      {guard === undefined ? t.common.back : guard.keepLabel}
    </button>
  );
  const confirm = (
    <button
      type="button"
      className={
        guard !== undefined
          ? 'button button--secondary-danger'
          : tone === 'danger'
            ? 'button button--danger'
            : 'button button--primary'
      }
      {...(guard === undefined ? { 'data-action': 'primary' } : {})}
      disabled={busy || (guard !== undefined && !acknowledged)}
      onClick={onConfirm}
    >
      {busy ? t.common.working : confirmLabel}
    </button>
  );

  return (
    <dialog
      ref={dialogRef}
      className={`confirm-dialog confirm-dialog--${tone}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={questionId}
      onCancel={(event) => {
        // Escape must not close the dialog behind React's back; it is the way back unless busy.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <p id={questionId} className="confirm-dialog__question">
        {question}
      </p>
      {children}
      {guard !== undefined && (
        <label className="confirm-dialog__acknowledge">
          <input
            type="checkbox"
            checked={acknowledged}
            disabled={busy}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          <span>{guard.acknowledgement}</span>
        </label>
      )}
      {error !== null && <ErrorNotice text={error} />}
      {/* The main action sits on the right in both forms: with a guard, that is keeping the phone. */}
      <div className="confirm-dialog__actions">
        {guard === undefined ? (
          <>
            {back}
            {confirm}
          </>
        ) : (
          <>
            {confirm}
            {back}
          </>
        )}
      </div>
    </dialog>
  );
}
