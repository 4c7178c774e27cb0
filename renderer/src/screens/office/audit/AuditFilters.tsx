import { addDays } from '../../../../../shared/rules/time.js';
import type { AuditAction } from '../../../../../shared/domain/auditAction.js';
import type { AuditFilter } from '../../../../../shared/ipc/auditContract.js';
import { formatCalendarDate } from '../../../format/date';
import { useLanguage } from '../../../i18n/LanguageProvider';

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  /** Today in Vietnam, YYYY-MM-DD: no day after it is offered. */
  today: string;
  actions: readonly AuditAction[];
  staffIds: readonly string[];
  disabled: boolean;
}

/** Without one key, so "every day" / "every staff member" is the absence of the filter. */
function without(filter: AuditFilter, key: keyof AuditFilter): AuditFilter {
  return Object.fromEntries(Object.entries(filter).filter(([name]) => name !== key)) as AuditFilter;
}

/**
 * The filters as touch controls: the day as chips with ‹ › to step through days, the staff as
 * chips, the action as a large native list (it is long; the system's own picker scrolls it).
 * Each chip says whether it is chosen (aria-pressed), with a mark as well as a colour.
 */
export function AuditFilters({ filter, onChange, today, actions, staffIds, disabled }: AuditFiltersProps) {
  const { messages: t, language } = useLanguage();
  const words = t.auditLog.filters;
  const day = filter.day ?? today;
  const actionWords = t.auditLog.actions;
  const sortedActions = [...actions].sort((a, b) => actionWords[a].localeCompare(actionWords[b], language));
  return (
    <section className="audit-filters" aria-labelledby="audit-filters-title">
      <h2 className="visually-hidden" id="audit-filters-title">
        {words.title}
      </h2>
      <div className="audit-filters__row" role="group" aria-labelledby="audit-filter-day">
        <span className="audit-filters__label" id="audit-filter-day">
          {words.day}
        </span>
        <Chip
          pressed={filter.day === undefined}
          disabled={disabled}
          onPress={() => onChange(without(filter, 'day'))}
        >
          {words.allDays}
        </Chip>
        <button
          type="button"
          className="button button--secondary audit-chip audit-chip--step"
          aria-label={words.previousDay}
          disabled={disabled}
          onClick={() => onChange({ ...filter, day: addDays(day, -1) })}
        >
          ‹
        </button>
        <Chip
          pressed={filter.day !== undefined}
          label={words.onlyDay(formatCalendarDate(day))}
          disabled={disabled}
          onPress={() => onChange({ ...filter, day })}
        >
          {formatCalendarDate(day)}
        </Chip>
        <button
          type="button"
          className="button button--secondary audit-chip audit-chip--step"
          aria-label={words.nextDay}
          disabled={disabled || day >= today}
          onClick={() => onChange({ ...filter, day: addDays(day, 1) })}
        >
          ›
        </button>
      </div>
      <div className="audit-filters__row" role="group" aria-labelledby="audit-filter-staff">
        <span className="audit-filters__label" id="audit-filter-staff">
          {words.staff}
        </span>
        <Chip
          pressed={filter.staffId === undefined}
          disabled={disabled}
          onPress={() => onChange(without(filter, 'staffId'))}
        >
          {words.allStaff}
        </Chip>
        {staffIds.map((staffId) => (
          <Chip
            key={staffId}
            pressed={filter.staffId === staffId}
            disabled={disabled}
            onPress={() => onChange({ ...filter, staffId })}
          >
            {staffId}
          </Chip>
        ))}
      </div>
      <div className="audit-filters__row">
        <label className="audit-filters__label" htmlFor="audit-filter-action">
          {words.action}
        </label>
        <select
          id="audit-filter-action"
          className="audit-select"
          value={filter.action ?? ''}
          disabled={disabled}
          onChange={(event) => {
            const chosen = actions.find((action) => action === event.target.value);
            onChange(chosen === undefined ? without(filter, 'action') : { ...filter, action: chosen });
          }}
        >
          <option value="">{words.allActions}</option>
          {sortedActions.map((action) => (
            <option key={action} value={action}>
              {actionWords[action]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

interface ChipProps {
  pressed: boolean;
  disabled: boolean;
  onPress: () => void;
  /** The accessible name, when the visible text alone would not say what the chip does. */
  label?: string;
  children: string;
}

function Chip({ pressed, disabled, onPress, label, children }: ChipProps) {
  return (
    <button
      type="button"
      className={`button audit-chip ${pressed ? 'audit-chip--on' : 'button--secondary'}`}
      aria-pressed={pressed}
      aria-label={label}
      disabled={disabled}
      onClick={onPress}
    >
      {pressed && (
        <span className="audit-chip__mark" aria-hidden="true">
          ✓
        </span>
      )}
      {children}
    </button>
  );
}
