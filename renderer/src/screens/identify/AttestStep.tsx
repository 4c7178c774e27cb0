import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCalendarDate } from '../../format/date';
import { useMessages } from '../../i18n/useMessages';
import { StepPage } from './StepPage';

interface AttestStepProps {
  context: ReactNode;
  staffId: string | undefined;
  /** The number and the date were read from the card's QR code (issued on this day), unchanged. */
  cardIssuedOn: string | undefined;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onBack: () => void;
}

/** Step 4 with staff: their own statement that they compared the physical card with the person. */
export function AttestStep({
  context,
  staffId,
  cardIssuedOn,
  checked,
  onCheck,
  busy,
  error,
  onConfirm,
  onBack,
}: AttestStepProps) {
  const t = useMessages();
  return (
    <StepPage
      name="attest"
      titleId="attest-title"
      step={4}
      title={t.identify.attestTitle}
      hint={t.identify.attestHint}
      context={context}
      onBack={onBack}
      backDisabled={busy}
      primary={
        <button
          data-action="primary"
          type="button"
          className="button button--primary attest__confirm"
          onClick={onConfirm}
          disabled={busy || !checked}
        >
          {t.common.confirm}
        </button>
      }
    >
      {cardIssuedOn !== undefined && (
        <p className="notice notice--info">{t.cardScan.readFromCard(formatCalendarDate(cardIssuedOn))}</p>
      )}
      <label className={checked ? 'check-row check-row--checked' : 'check-row'}>
        <input
          type="checkbox"
          className="check-row__box"
          checked={checked}
          disabled={busy}
          onChange={(event) => onCheck(event.target.checked)}
          aria-describedby="attest-check-hint"
        />
        <span className="check-row__text">
          <strong>{t.identify.attestCheck}</strong>
          <span id="attest-check-hint" className="check-row__hint">
            {t.identify.attestCheckHint}
          </span>
        </span>
      </label>
      {staffId !== undefined && <p className="hint">{t.identify.attestBy(staffId)}</p>}
      {busy && (
        <p className="status-line" role="status">
          {t.identify.checking}
        </p>
      )}
      {error !== null && <ErrorNotice text={error} />}
    </StepPage>
  );
}
