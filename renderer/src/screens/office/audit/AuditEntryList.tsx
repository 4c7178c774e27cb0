import { auditOutcomeText } from '../../../../../shared/i18n/auditLogWords.js';
import type { AuditLogEntry } from '../../../../../shared/ipc/auditContract.js';
import { useMessages } from '../../../i18n/useMessages';
import { formatDateTimeSeconds } from '../../../format/date';

interface AuditEntryListProps {
  entries: readonly AuditLogEntry[];
  /** Entries from this seq on cannot be trusted (the chain breaks there); absent when intact. */
  untrustedFromSeq: number | undefined;
}

/** The entries, newest first: when, the action in words, who, and the facts it names. */
export function AuditEntryList({ entries, untrustedFromSeq }: AuditEntryListProps) {
  const words = useMessages().auditLog;
  if (entries.length === 0) return <p className="audit-empty">{words.empty}</p>;
  return (
    <ol className="audit-entries">
      {entries.map((entry) => {
        const untrusted = untrustedFromSeq !== undefined && entry.seq >= untrustedFromSeq;
        const actor =
          entry.actor === 'staff' && entry.staffId !== undefined
            ? words.actors.staff(entry.staffId)
            : entry.actor === 'staff'
              ? words.csv.actors.staff
              : words.actors[entry.actor];
        return (
          <li key={entry.seq} className={`audit-entry${untrusted ? ' audit-entry--untrusted' : ''}`}>
            <div className="audit-entry__head">
              <span className="audit-entry__time">{formatDateTimeSeconds(entry.at)}</span>
              <span className="audit-entry__action">{words.actions[entry.action]}</span>
              <span className="audit-entry__seq">{words.fields.seq(entry.seq)}</span>
            </div>
            <dl className="facts facts--inline audit-entry__facts">
              <div>
                <dt>{words.fields.actor}</dt>
                <dd>{actor}</dd>
              </div>
              {entry.idNumberMasked !== undefined && (
                <div>
                  <dt>{words.fields.idNumber}</dt>
                  <dd className="id-masked">{entry.idNumberMasked}</dd>
                </div>
              )}
              {entry.reference !== undefined && (
                <div>
                  <dt>{words.fields.reference}</dt>
                  <dd>{entry.reference}</dd>
                </div>
              )}
              {entry.outcome !== undefined && (
                <div>
                  <dt>{words.fields.outcome}</dt>
                  <dd>{auditOutcomeText(words, entry.outcome)}</dd>
                </div>
              )}
              {entry.detail !== undefined && (
                <div>
                  <dt>{words.fields.detail}</dt>
                  <dd>{entry.detail}</dd>
                </div>
              )}
            </dl>
            {untrusted && (
              <p className="audit-entry__untrusted">
                <span aria-hidden="true">! </span>
                {words.untrusted}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
