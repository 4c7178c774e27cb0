import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { formatCalendarDate } from '../../format/date';
import { useMessages } from '../../i18n/useMessages';

interface EnteredFactsProps {
  idDigits: string;
  /** Shown once it is a whole date, on the steps after the date was typed. */
  dobIso?: string | undefined;
}

/** What was typed before, masked, so the citizen sees whose account this is about. */
export function EnteredFacts({ idDigits, dobIso }: EnteredFactsProps) {
  const t = useMessages();
  return (
    <dl className="entry__context facts facts--inline">
      <div>
        <dt>{t.identify.forIdNumber}</dt>
        <dd className="id-masked">{maskIdNumber(idDigits)}</dd>
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
