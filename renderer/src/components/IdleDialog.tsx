import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../i18n/useMessages';
import './IdleDialog.css';

interface IdleDialogProps {
  secondsLeft: number;
  /** A staff member is signed in: the countdown signs them out, so it speaks to them. */
  forStaff: boolean;
  onContinue: () => void;
  onEnd: () => void;
}

/**
 * The warning before the citizen's information is wiped: one big "Tiếp tục" to stay. What is
 * behind it is covered by the caller (App), so a passer-by cannot read it meanwhile.
 */
export function IdleDialog({ secondsLeft, forStaff, onContinue, onEnd }: IdleDialogProps) {
  const t = useMessages();
  const title = forStaff ? t.idle.staffTitle : t.idle.title;
  const body = forStaff ? t.idle.staffBody(secondsLeft) : t.idle.body(secondsLeft);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    continueRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog idle-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onContinue();
      }}
    >
      <h2 id={titleId} className="idle-dialog__title">
        {title}
      </h2>
      <p className="idle-dialog__count" aria-hidden="true">
        {secondsLeft}
      </p>
      <p id={bodyId} className="confirm-dialog__question">
        {body}
      </p>
      <div className="confirm-dialog__actions idle-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onEnd}>
          {forStaff ? t.idle.staffEnd : t.idle.end}
        </button>
        <button
          data-action="primary"
          ref={continueRef}
          type="button"
          className="button button--primary button--hero idle-dialog__continue"
          onClick={onContinue}
        >
          {t.idle.continue}
        </button>
      </div>
    </dialog>
  );
}
