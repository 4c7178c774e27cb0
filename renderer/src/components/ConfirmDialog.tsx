import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { ErrorNotice } from './ErrorNotice';
import './ConfirmDialog.css';

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
}

/**
 * An explicit confirmation, as in the app. A native modal dialog: the rest of the page is
 * inert while it is open, and focus starts on the safe choice.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, question, children, tone, confirmLabel, busy, error, onConfirm, onCancel } = props;
  const t = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const questionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    backRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`confirm-dialog confirm-dialog--${tone}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={questionId}
      onCancel={(event) => {
        // Escape must not close the dialog behind React's back; it is "Quay lại" unless busy.
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
      {error !== null && <ErrorNotice text={error} />}
      <div className="confirm-dialog__actions">
        <button
          data-action="back"
          ref={backRef}
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={onCancel}
        >
          {t.common.back}
        </button>
        <button
          data-action="primary"
          type="button"
          className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
          disabled={busy}
          onClick={onConfirm}
        >
          {busy ? t.common.working : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
