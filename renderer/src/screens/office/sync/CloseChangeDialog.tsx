import { useId, useState } from 'react';
import { closeReasons } from '../../../../../shared/domain/closeReason.js';
import type { CloseReason } from '../../../../../shared/domain/closeReason.js';
import type { DeskItem } from '../../../../../shared/ipc/deskContract.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useMessages } from '../../../i18n/useMessages';

interface CloseChangeDialogProps {
  item: DeskItem;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: CloseReason, note: string) => void;
  onCancel: () => void;
}

const NOTE_MAX = 200;

/** "Đóng": a reason from the short list, as large radio buttons, and an optional note. */
export function CloseChangeDialog({ item, busy, error, onConfirm, onCancel }: CloseChangeDialogProps) {
  const t = useMessages();
  const d = t.desk;
  const [reason, setReason] = useState<CloseReason>('citizen-self-served');
  const [note, setNote] = useState('');
  const noteId = useId();
  const hintId = useId();
  return (
    <ConfirmDialog
      title={d.closeDialog.title(item.reference)}
      question={`${t.receipt.kinds[item.kind]} · ${item.idNumberMasked} · ${d.why[item.why]}`}
      tone="primary"
      confirmLabel={d.closeDialog.confirm}
      busy={busy}
      error={error}
      onConfirm={() => onConfirm(reason, note)}
      onCancel={onCancel}
    >
      <fieldset className="close-reasons">
        <legend className="close-reasons__legend">{d.closeDialog.reasonLegend}</legend>
        {closeReasons.map((candidate) => (
          <label key={candidate} className="close-reasons__choice">
            <input
              type="radio"
              name="close-reason"
              value={candidate}
              checked={reason === candidate}
              disabled={busy}
              onChange={() => setReason(candidate)}
            />
            <span>{d.closeReasons[candidate]}</span>
          </label>
        ))}
      </fieldset>
      <div className="close-note">
        <label htmlFor={noteId} className="close-note__label">
          {d.closeDialog.noteLabel}
        </label>
        <textarea
          id={noteId}
          className="close-note__text"
          aria-describedby={hintId}
          maxLength={NOTE_MAX}
          rows={2}
          value={note}
          disabled={busy}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={hintId} className="close-note__hint">
          {d.closeDialog.noteHint} ({note.length}/{NOTE_MAX})
        </p>
      </div>
    </ConfirmDialog>
  );
}
