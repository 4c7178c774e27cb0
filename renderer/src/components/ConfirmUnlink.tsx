import { useEffect, useId, useRef, useState } from 'react';
import type { Device } from '../../../shared/domain/account.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { useMessages } from '../i18n/useMessages';
import { ErrorNotice } from './ErrorNotice';
import './ConfirmUnlink.css';

interface ConfirmUnlinkProps {
  device: Device;
  /** `failed` says the list may be out of date (the unlink was tried and refused). */
  onCancel: (failed: boolean) => void;
  onUnlinked: (receipt: ChangeReceipt) => void;
}

/**
 * The explicit confirmation before an unlink, as in the app. A native modal dialog: the rest
 * of the page is inert while it is open, and focus starts on the safe choice.
 */
export function ConfirmUnlink({ device, onCancel, onUnlinked }: ConfirmUnlinkProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const questionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    backRef.current?.focus();
    return () => dialog.close();
  }, []);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await kiosk.invoke('device.unlink', { deviceId: device.deviceId });
    if (result.ok) {
      onUnlinked(result.value);
      return;
    }
    setBusy(false);
    setError(t.errors[result.error.code]);
  }

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={questionId}
      onCancel={(event) => {
        // Escape must not close the dialog behind React's back; it is "Quay lại" unless busy.
        event.preventDefault();
        if (!busy) onCancel(error !== null);
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {t.confirm.title}
      </h2>
      <p id={questionId} className="confirm-dialog__question">
        {t.confirm.question(device.name)}
      </p>
      <p className="confirm-dialog__consequence">{t.confirm.consequence}</p>
      {error !== null && <ErrorNotice text={error} />}
      <div className="confirm-dialog__actions">
        <button
          ref={backRef}
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => onCancel(error !== null)}
        >
          {t.common.back}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? t.confirm.working : t.confirm.confirm}
        </button>
      </div>
    </dialog>
  );
}
