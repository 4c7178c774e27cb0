import { formatCalendarDate } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';
import { addDays } from '../../../../../shared/rules/time.js';
import { recentDays } from './reportDays';

interface DayPickerProps {
  day: string;
  earliestDay: string;
  latestDay: string;
  onChoose: (day: string) => void;
}

const QUICK_DAYS = 7;

/**
 * Large ‹ › buttons and the last week's days as buttons: a finger can reach any day kept
 * without a tiny date input, and a day outside what the kiosk keeps cannot be chosen.
 */
export function DayPicker({ day, earliestDay, latestDay, onChoose }: DayPickerProps) {
  const t = useMessages();
  const words = t.dayReport;
  const previous = addDays(day, -1);
  const next = addDays(day, 1);
  return (
    <nav className="day-picker" aria-label={words.chooseDay}>
      <div className="day-picker__step">
        <button
          type="button"
          className="button button--secondary day-picker__arrow"
          disabled={previous < earliestDay}
          onClick={() => onChoose(previous)}
        >
          <span aria-hidden="true">‹</span> {words.previousDay}
        </button>
        <p className="day-picker__current" aria-live="polite">
          {words.dayHeading(formatCalendarDate(day))}
          {day === latestDay && <span className="day-picker__today"> ({words.today})</span>}
        </p>
        <button
          type="button"
          className="button button--secondary day-picker__arrow"
          disabled={next > latestDay}
          onClick={() => onChoose(next)}
        >
          {words.nextDay} <span aria-hidden="true">›</span>
        </button>
      </div>
      <ul className="day-picker__quick">
        {recentDays(earliestDay, latestDay, QUICK_DAYS).map((quick) => (
          <li key={quick}>
            <button
              type="button"
              className="day-picker__chip"
              aria-pressed={quick === day}
              onClick={() => onChoose(quick)}
            >
              {quick === latestDay ? words.today : formatCalendarDate(quick).slice(0, 5)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
