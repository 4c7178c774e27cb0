import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { isOfflineCode } from '../state/useAccountRead';
import type { AccountLoad } from '../state/useAccountRead';
import { ErrorNotice } from './ErrorNotice';
import { OutcomeIcon } from './OutcomeIcon';

interface AccountReadProblemProps {
  load: AccountLoad;
  onRetry: () => void;
  offlineTitle: string;
  offlineBody: string;
  /** What this person can still do offline: a staff member records changes, a citizen alone waits. */
  offlineHint: string;
  /** The one action still possible offline (assisted mode), if any. */
  offlineAction?: ReactNode;
}

/** What a screen shows when the account could not be read: "cannot check right now", or why not. */
export function AccountReadProblem(props: AccountReadProblemProps) {
  const t = useMessages();
  const { load } = props;
  if (load.kind !== 'failed') return null;
  const retry = (
    <button type="button" className="button button--secondary" onClick={props.onRetry}>
      {t.common.retry}
    </button>
  );
  if (!isOfflineCode(load.code)) {
    return (
      <div className="stack">
        <ErrorNotice text={t.errors[load.code]} />
        {load.code !== 'NO_SESSION' && retry}
      </div>
    );
  }
  return (
    <div className="offline-panel" role="status">
      <OutcomeIcon tone="waiting" />
      <div className="stack">
        <h2>{props.offlineTitle}</h2>
        <p>{props.offlineBody}</p>
        <p>{props.offlineHint}</p>
        <div className="offline-panel__actions">
          {retry}
          {props.offlineAction}
        </div>
      </div>
    </div>
  );
}
