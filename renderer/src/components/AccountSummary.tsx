import type { AccountView } from '../../../shared/ipc/contract.js';
import { formatDate } from '../format/date';
import { useMessages } from '../i18n/useMessages';

/** Who is being served: the name, the masked number (never the full one), level and status. */
export function AccountSummary({ account }: { account: AccountView }) {
  const t = useMessages();
  const locked = account.status === 'locked';
  return (
    <div className="account-summary">
      <p className="account-summary__name">{account.fullName}</p>
      <dl className="facts facts--inline">
        <div>
          <dt>{t.account.idNumber}</dt>
          <dd className="id-masked">{account.idNumberMasked}</dd>
        </div>
        <div>
          <dt>{t.account.level}</dt>
          <dd>{t.account.levelValue(account.level)}</dd>
        </div>
        <div>
          <dt>{t.account.status}</dt>
          <dd className={locked ? 'status status--locked' : 'status status--active'}>
            {t.account.statusValue[account.status]}
          </dd>
        </div>
        {account.lock !== undefined && (
          <div>
            <dt>{t.account.lockReason}</dt>
            <dd>
              {t.account.lockReasonValue[account.lock.reason]},{' '}
              {t.account.lockSince(formatDate(account.lock.since))}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
