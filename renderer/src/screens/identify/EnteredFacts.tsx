import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { formatCalendarDate } from '../../format/date';
import { groupIdNumberDigits } from '../../format/idNumber';
import { useMessages } from '../../i18n/useMessages';

interface EnteredFactsProps {
  idDigits: string;
  /** Shown once it is a whole date, on the steps after the date was typed. */
  dobIso?: string | undefined;
  /**
   * Staff attesting a card compare the card's number with the one typed, digit by digit: only
   * that step shows the whole number. Everywhere else it stays masked.
   */
  wholeForStaff?: boolean;
}

/** What was typed before, masked, so the citizen sees whose account this is about. */
export function EnteredFacts({ idDigits, dobIso, wholeForStaff = false }: EnteredFactsProps) {
  const t = useMessages();
  return (
    <dl className="entry__context facts facts--inline">
      <div>
        {wholeForStaff ? (
          <>
            <dt>{t.identify.attestTypedNumber}</dt>
            <dd className="id-whole">{groupIdNumberDigits(idDigits)}</dd>
          </>
        ) : (
          <>
            <dt>{t.identify.forIdNumber}</dt>
            <dd className="id-masked">{maskIdNumber(idDigits)}</dd>
          </>
        )}
      </div>
      {dobIso !== undefined && (
        <div>
          <dt>{t.identify.dobShown}</dt>
          <dd>{formatCalendarDate(dobIso)}</dd>
        </div>
      )}
    </dl>
  );
}
