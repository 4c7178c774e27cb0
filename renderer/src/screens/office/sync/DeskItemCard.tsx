import type { DeskItem } from '../../../../../shared/ipc/deskContract.js';
import { formatDateTime } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';
import { reasonFor } from '../../../outcomes/describeChange';

interface DeskItemCardProps {
  item: DeskItem;
  busy: boolean;
  onResend: () => void;
  onClose: () => void;
}

/** One change that needs staff: its facts, the national system's reason in words, and what helps. */
export function DeskItemCard({ item, busy, onResend, onClose }: DeskItemCardProps) {
  const t = useMessages();
  const d = t.desk;
  const decided = item.state === 'conflict' || item.state === 'rejected';
  const titleId = `desk-item-${item.changeId}`;
  return (
    <li className={`desk-item desk-item--${item.why}`} aria-labelledby={titleId}>
      <div className="desk-item__head">
        <p className="desk-item__why" id={titleId}>
          <span className="desk-item__reference">{item.reference}</span> {d.why[item.why]}
        </p>
      </div>
      <dl className="desk-item__facts">
        <div>
          <dt>{d.idNumber}</dt>
          <dd>{item.idNumberMasked}</dd>
        </div>
        <div>
          <dt>{d.kind}</dt>
          <dd>{t.receipt.kinds[item.kind]}</dd>
        </div>
        <div>
          <dt>{d.madeAt}</dt>
          <dd>{formatDateTime(item.createdAt)}</dd>
        </div>
        <div>
          <dt>{d.madeBy}</dt>
          <dd>{item.madeBy.actor === 'staff' ? d.byStaff(item.madeBy.staffId) : d.byCitizen}</dd>
        </div>
        <div>
          <dt>{d.waited}</dt>
          <dd>{d.duration(item.waitedMs)}</dd>
        </div>
      </dl>
      {decided && <p className="desk-item__reason">{reasonFor(t, item.state, item.outcomeCode)}</p>}
      {item.refusal !== undefined && (
        <p className="desk-item__reason">{d.refusal(item.refusal.status, item.refusal.upstreamCode)}</p>
      )}
      {item.blockedBehind !== undefined && (
        <p className="desk-item__reason">{d.blockedBehind(item.blockedBehind)}</p>
      )}
      {decided && <p className="desk-item__advice">{d.resendCannotHelp}</p>}
      {(item.resendable || item.closable) && (
        <div className="desk-item__actions">
          {item.resendable && (
            <button
              type="button"
              className="button button--primary"
              aria-label={d.resendLabel(item.reference)}
              disabled={busy}
              onClick={onResend}
            >
              {d.resend}
            </button>
          )}
          {item.closable && (
            <button
              type="button"
              className="button button--secondary-danger"
              aria-label={d.closeLabel(item.reference)}
              disabled={busy}
              onClick={onClose}
            >
              {d.close}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
