import { useState } from 'react';
import type { ChangeReceipt, SessionSummary } from '../../../shared/ipc/contract.js';
import { holderIsDeceased } from '../../../shared/rules/lockRules.js';
import { unlockEligibility } from '../../../shared/rules/unlockEligibility.js';
import { useKiosk } from '../bridge/KioskProvider';
import { AccountReadProblem } from '../components/AccountReadProblem';
import { AccountSummary } from '../components/AccountSummary';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { LockIcon } from '../components/Icons';
import { LockExplanation } from '../components/LockExplanation';
import { OutcomeIcon } from '../components/OutcomeIcon';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import { isOfflineCode, useAccountRead } from '../state/useAccountRead';
import './AccountScreen.css';

interface AccountScreenProps {
  citizen: SessionSummary;
  assisted: boolean;
  onDevices: () => void;
  onReceipt: (receipt: ChangeReceipt) => void;
  onEnd: () => void;
}

/**
 * The account's level and status; for a locked account why, who can unlock it and what
 * happens next. An unlock request is offered only where it can help: when the rules say it
 * can succeed or be reviewed, or, offline, to a staff member who records it for later.
 */
export function AccountScreen({ citizen, assisted, onDevices, onReceipt, onEnd }: AccountScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { load, reload } = useAccountRead();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());

  const eligibility = load.kind === 'ready' ? unlockEligibility(load.account, openedAt) : undefined;
  const offline = load.kind === 'failed' && isOfflineCode(load.code);
  const canRequestOnline =
    eligibility?.outcome === 'can-unlock-now' || eligibility?.outcome === 'needs-review';
  const canRecordOffline = offline && assisted;
  const deceased = load.kind === 'ready' && holderIsDeceased(load.account);

  async function requestUnlock() {
    setBusy(true);
    setError(null);
    const result = await kiosk.invoke('unlock.request', {});
    if (result.ok) {
      onReceipt(result.value);
      return;
    }
    setBusy(false);
    setError(t.errors[result.error.code]);
  }

  return (
    <section className="screen account" aria-labelledby="account-title">
      <h1 id="account-title" ref={headingRef} tabIndex={-1}>
        {deceased ? t.account.titleDeceased : t.account.title}
      </h1>

      <AccountSummary account={load.kind === 'ready' ? load.account : citizen} />

      {load.kind === 'loading' && (
        <p className="status-line" role="status">
          {t.account.loading}
        </p>
      )}

      <AccountReadProblem
        load={load}
        onRetry={reload}
        offlineTitle={t.account.offlineTitle}
        offlineBody={t.account.offlineBody}
        offlineHint={assisted ? t.account.offlineAssisted : t.account.offlineSelf}
        offlineAction={
          canRecordOffline && (
            <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
              {t.account.requestUnlockOffline}
            </button>
          )
        }
      />

      {load.kind === 'ready' && eligibility !== undefined && (
        <>
          <p className="account__level">{t.account.levelExplained[load.account.level]}</p>
          {eligibility.outcome === 'not-locked' ? (
            <p className="account__active">
              <OutcomeIcon tone="success" />
              <span>{t.account.activeNote}</span>
            </p>
          ) : (
            <LockExplanation
              account={load.account}
              eligibility={eligibility}
              action={
                canRequestOnline ? (
                  <button
                    type="button"
                    className="button button--primary button--large"
                    onClick={() => setConfirming(true)}
                  >
                    <LockIcon />
                    {t.account.requestUnlock}
                  </button>
                ) : undefined
              }
            />
          )}
        </>
      )}

      {error !== null && !confirming && <ErrorNotice text={error} />}

      <div className="screen__footer">
        <p className="screen__footer-hint">{deceased ? t.devices.endHintDeceased : t.devices.endHint}</p>
        {load.kind !== 'loading' && (
          <button type="button" className="button button--secondary" onClick={onDevices}>
            {t.account.manageDevices}
          </button>
        )}
        <button data-action="primary" type="button" className="button button--primary" onClick={onEnd}>
          {t.common.end}
        </button>
      </div>

      {confirming && (
        <ConfirmDialog
          title={t.confirm.unlockTitle}
          question={t.confirm.unlockQuestion}
          tone="primary"
          confirmLabel={t.confirm.confirm}
          busy={busy}
          error={error}
          // requestUnlock() shows its own outcome in the dialog; the bridge never rejects.
          onConfirm={() => void requestUnlock()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          {offline && <p className="confirm-dialog__consequence">{t.confirm.unlockOffline}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
