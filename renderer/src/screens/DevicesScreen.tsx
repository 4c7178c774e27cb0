import { useState } from 'react';
import type { Device } from '../../../shared/domain/account.js';
import type { ChangeReceipt, SessionSummary } from '../../../shared/ipc/contract.js';
import { explainSuspicion } from '../../../shared/i18n/ruleWords.js';
import { suspiciousDevices } from '../../../shared/rules/devices.js';
import { holderIsDeceased, lockFreezesAccount } from '../../../shared/rules/lockRules.js';
import { useKiosk } from '../bridge/KioskProvider';
import { AccountReadProblem } from '../components/AccountReadProblem';
import { AccountSummary } from '../components/AccountSummary';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DeviceCard } from '../components/DeviceCard';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import { useAccountRead } from '../state/useAccountRead';
import './DevicesScreen.css';

type Pending = { kind: 'one'; device: Device } | { kind: 'all' };

interface DevicesScreenProps {
  citizen: SessionSummary;
  assisted: boolean;
  onAccount: () => void;
  onEnd: () => void;
  onChanged: (receipt: ChangeReceipt, deviceName: string) => void;
}

/** The phone in use first, then the others from the most recently used. */
function inDisplayOrder(devices: readonly Device[]): Device[] {
  return [...devices].sort(
    (a, b) => Number(b.active) - Number(a.active) || Date.parse(b.lastSeen) - Date.parse(a.lastSeen),
  );
}

/**
 * Every linked device, the one in use marked and the ones worth a look flagged with the
 * reason. Offline, the list cannot be read; a staff member may then record "unlink all".
 */
export function DevicesScreen({ citizen, assisted, onAccount, onEnd, onChanged }: DevicesScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { load, reload } = useAccountRead();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());

  async function confirm(target: Pending) {
    setBusy(true);
    setError(null);
    const result =
      target.kind === 'one'
        ? await kiosk.invoke('device.unlink', { deviceId: target.device.deviceId })
        : await kiosk.invoke('device.unlinkAll', {});
    if (result.ok) {
      onChanged(result.value, target.kind === 'one' ? target.device.name : '');
      return;
    }
    setBusy(false);
    setError(t.errors[result.error.code]);
  }

  function cancel() {
    setPending(null);
    // A refused unlink means the list may be out of date.
    if (error !== null) reload();
    setError(null);
  }

  const account = load.kind === 'ready' ? load.account : undefined;
  const frozen = account !== undefined && lockFreezesAccount(account);
  const deceased = account !== undefined && holderIsDeceased(account);
  const findings = account === undefined ? [] : suspiciousDevices(account.devices, openedAt);

  return (
    <section className="screen devices" aria-labelledby="devices-title">
      <h1 id="devices-title" ref={headingRef} tabIndex={-1}>
        {t.devices.title}
      </h1>

      <AccountSummary account={account ?? citizen} />

      {load.kind === 'loading' && (
        <p className="status-line" role="status">
          {t.devices.loading}
        </p>
      )}

      <AccountReadProblem
        load={load}
        onRetry={reload}
        offlineTitle={t.devices.offlineTitle}
        offlineBody={t.devices.offlineBody}
        offlineHint={assisted ? t.devices.unlinkAllHint : t.account.offlineSelf}
        offlineAction={
          assisted && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setPending({ kind: 'all' })}
            >
              {t.devices.unlinkAll}
            </button>
          )
        }
      />

      {account !== undefined && (
        <>
          <p className="devices__intro">
            {account.devices.length === 0
              ? t.devices.none
              : `${deceased ? t.devices.introDeceased : t.devices.intro} ${t.devices.count(account.devices.length)}.`}
          </p>
          {frozen && <p className="notice notice--info">{t.devices.frozen}</p>}
          <ul className="device-list">
            {inDisplayOrder(account.devices).map((device) => {
              const finding = findings.find((item) => item.deviceId === device.deviceId);
              return (
                <DeviceCard
                  key={device.deviceId}
                  device={device}
                  suspicion={finding === undefined ? [] : explainSuspicion(finding, {}, t.devices.rules)}
                  onUnlink={frozen ? undefined : (chosen) => setPending({ kind: 'one', device: chosen })}
                />
              );
            })}
          </ul>
        </>
      )}

      <div className="screen__footer">
        <p className="screen__footer-hint">{deceased ? t.devices.endHintDeceased : t.devices.endHint}</p>
        {account?.status === 'locked' && (
          <button type="button" className="button button--secondary" onClick={onAccount}>
            {t.account.seeAccount}
          </button>
        )}
        <button data-action="primary" type="button" className="button button--primary" onClick={onEnd}>
          {t.common.end}
        </button>
      </div>

      {pending?.kind === 'one' && !pending.device.active && (
        <ConfirmDialog
          title={t.confirm.title}
          question={t.confirm.question(pending.device.name)}
          tone="danger"
          confirmLabel={t.confirm.confirm}
          busy={busy}
          error={error}
          // confirm() shows its own outcome in the dialog; the bridge never rejects.
          onConfirm={() => void confirm(pending)}
          onCancel={cancel}
        >
          <p className="confirm-dialog__consequence">{t.confirm.consequence}</p>
        </ConfirmDialog>
      )}

      {/* The phone in hand: keeping it is the main action; unlinking takes a tick first. */}
      {pending?.kind === 'one' && pending.device.active && (
        <ConfirmDialog
          title={t.confirm.activeTitle}
          question={t.confirm.activeQuestion(pending.device.name)}
          tone="danger"
          confirmLabel={t.confirm.unlinkActive}
          busy={busy}
          error={error}
          onConfirm={() => void confirm(pending)}
          onCancel={cancel}
          guard={{ keepLabel: t.confirm.keep, acknowledgement: t.confirm.activeAcknowledge }}
        >
          <p className="confirm-dialog__consequence">{t.confirm.activeConsequence}</p>
        </ConfirmDialog>
      )}

      {pending?.kind === 'all' && (
        <ConfirmDialog
          title={t.confirm.unlinkAllTitle}
          question={t.confirm.unlinkAllQuestion}
          tone="danger"
          confirmLabel={t.confirm.confirm}
          busy={busy}
          error={error}
          // confirm() shows its own outcome in the dialog; the bridge never rejects.
          onConfirm={() => void confirm(pending)}
          onCancel={cancel}
        >
          <p className="confirm-dialog__consequence">{t.confirm.unlinkAllConsequence}</p>
          <p className="confirm-dialog__consequence">{t.confirm.unlockOffline}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
