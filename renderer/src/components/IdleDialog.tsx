import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../i18n/useMessages';

interface IdleDialogProps {
  secondsLeft: number;
  onContinue: () => void;
  onEnd: () => void;
}

/** The warning before the citizen's information is wiped: one big "Tiếp tục" to stay. */
export function IdleDialog({ secondsLeft, onContinue, onEnd }: IdleDialogProps) {
  const t = useMessages();
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
        {t.idle.title}
      </h2>
      <p className="idle-dialog__count" aria-hidden="true">
        {secondsLeft}
      </p>
      <p id={bodyId} className="confirm-dialog__question">
        {t.idle.body(secondsLeft)}
      </p>
      <div className="confirm-dialog__actions idle-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onEnd}>
          {t.idle.end}
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
