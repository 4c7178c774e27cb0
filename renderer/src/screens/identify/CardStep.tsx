import { ErrorNotice } from '../../components/ErrorNotice';
import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { formatCalendarDate } from '../../format/date';
import { groupIdNumberDigits } from '../../format/idNumber';
import { useMessages } from '../../i18n/useMessages';
import type { CardFacts } from '../../state/identifyFlow';
import { StepPage } from './StepPage';

interface CardStepProps {
  card: CardFacts;
  /** A staff member is signed in: the whole number and the name, and their attestation. */
  assisted: boolean;
  /** A later scan that was not a usable card; the facts shown stay. */
  error: string | null;
  onPasscode: () => void;
  onOtp: () => void;
  onStaff: () => void;
  /** "Không phải, nhập lại": to an empty ID-number step. */
  onNotMine: () => void;
}

/**
 * The one check after a scan: the card's facts, masked as on every citizen screen, and the
 * passcode one tap away. The code is not signed, so the proof that follows is the same as
 * after typing. The address never reaches this screen; the name only for staff.
 */
export function CardStep({ card, assisted, error, onPasscode, onOtp, onStaff, onNotMine }: CardStepProps) {
  const t = useMessages();
  return (
    <StepPage
      name="card-check"
      titleId="card-check-title"
      step={3}
      title={t.cardScan.confirmTitle}
      hint={assisted ? t.cardScan.confirmHintForStaff : t.cardScan.confirmHint}
      context={null}
      onBack={onNotMine}
      backLabel={t.cardScan.notMine}
      primary={
        <button data-action="primary" type="button" className="button button--primary" onClick={onPasscode}>
          {t.cardScan.usePasscode}
        </button>
      }
    >
      <CardFactsList card={card} forStaff={assisted} />
      <div className="card-check__others">
        <button type="button" className="button button--secondary" onClick={onOtp}>
          {t.cardScan.useOtp}
        </button>
        {assisted && (
          <button type="button" className="button button--secondary" onClick={onStaff}>
            {t.cardScan.useStaff}
          </button>
        )}
      </div>
      {error !== null && <ErrorNotice text={error} />}
    </StepPage>
  );
}

/**
 * A scanned card's facts: masked for the citizen; for staff, the whole number, the name and the
 * issue date, to compare with the card in hand. Never the address.
 */
export function CardFactsList({ card, forStaff }: { card: CardFacts; forStaff: boolean }) {
  const t = useMessages();
  return (
    <dl className="facts card-check__facts">
      <div>
        <dt>{t.identify.forIdNumber}</dt>
        {forStaff ? (
          <dd className="id-whole">{groupIdNumberDigits(card.idNumber)}</dd>
        ) : (
          <dd className="id-masked">{maskIdNumber(card.idNumber)}</dd>
        )}
      </div>
      <div>
        <dt>{t.identify.dobShown}</dt>
        <dd>{formatCalendarDate(card.dateOfBirth)}</dd>
      </div>
      {forStaff && card.holderName !== undefined && (
        <div>
          <dt>{t.cardScan.holderName}</dt>
          <dd>{card.holderName}</dd>
        </div>
      )}
      {forStaff && (
        <div>
          <dt>{t.cardScan.issuedOn}</dt>
          <dd>{formatCalendarDate(card.issuedOn)}</dd>
        </div>
      )}
    </dl>
  );
}
