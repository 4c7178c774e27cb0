import type { AccountView, SessionSummary } from '../../../shared/ipc/contract.js';
import { useMessages } from '../i18n/useMessages';

type Shown = Pick<AccountView, 'idNumberMasked'> &
  Partial<Pick<AccountView, 'fullName' | 'level' | 'status'>>;

/**
 * Who is being served: the name, the masked number (never the full one), level and status.
 * Offline after a staff attestation, only the masked number is known; the rest says so.
 */
export function AccountSummary({ account }: { account: Shown | SessionSummary }) {
  const t = useMessages();
  const { fullName, level, status } = account;
  return (
    <div className="account-summary">
      {fullName !== undefined && <p className="account-summary__name">{fullName}</p>}
      <dl className="facts facts--inline">
        <div>
          <dt>{t.account.idNumber}</dt>
          <dd className="id-masked">{account.idNumberMasked}</dd>
        </div>
        <div>
          <dt>{t.account.level}</dt>
          <dd>{level === undefined ? t.account.unknown : t.account.levelValue(level)}</dd>
        </div>
        <div>
          <dt>{t.account.status}</dt>
          <dd
            className={
              status === 'locked'
                ? 'status status--locked'
                : status === 'active'
                  ? 'status status--active'
                  : ''
            }
          >
            {status === undefined ? t.account.unknown : t.account.statusValue[status]}
          </dd>
        </div>
      </dl>
    </div>
  );
}
