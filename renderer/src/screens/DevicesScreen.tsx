import { useEffect, useState } from 'react';
import type { Device } from '../../../shared/domain/account.js';
import type { AccountView, ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { ClientErrorCode } from '../bridge/kioskClient';
import { useKiosk } from '../bridge/KioskProvider';
import { AccountSummary } from '../components/AccountSummary';
import { ConfirmUnlink } from '../components/ConfirmUnlink';
import { DeviceCard } from '../components/DeviceCard';
import { ErrorNotice } from '../components/ErrorNotice';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import './DevicesScreen.css';

type AccountLoad =
  { kind: 'loading' } | { kind: 'ready'; account: AccountView } | { kind: 'failed'; code: ClientErrorCode };

interface DevicesScreenProps {
  onEnd: () => void;
  onUnlinked: (receipt: ChangeReceipt, deviceName: string) => void;
}

/** The phone in use first, then the others from the most recently used. */
function inDisplayOrder(devices: readonly Device[]): Device[] {
  return [...devices].sort(
    (a, b) => Number(b.active) - Number(a.active) || Date.parse(b.lastSeen) - Date.parse(a.lastSeen),
  );
}

/** Reads the account afresh each time it appears, so an unlinked device is gone on return. */
export function DevicesScreen({ onEnd, onUnlinked }: DevicesScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [load, setLoad] = useState<AccountLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState<Device | null>(null);

  useEffect(() => {
    let current = true;
    void kiosk.invoke('account.read', {}).then((result) => {
      if (!current) return;
      setLoad(
        result.ok ? { kind: 'ready', account: result.value } : { kind: 'failed', code: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, [kiosk, attempt]);

  function reload() {
    setLoad({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }

  return (
    <section className="screen devices" aria-labelledby="devices-title">
      <h1 id="devices-title" ref={headingRef} tabIndex={-1}>
        {t.devices.title}
      </h1>

      {load.kind === 'loading' && (
        <p className="status-line" role="status">
          {t.devices.loading}
        </p>
      )}

      {load.kind === 'failed' && (
        <div className="stack">
          <ErrorNotice text={t.errors[load.code]} />
          {load.code !== 'NO_SESSION' && (
            <button type="button" className="button button--secondary" onClick={reload}>
              {t.common.retry}
            </button>
          )}
        </div>
      )}

      {load.kind === 'ready' && (
        <>
          <AccountSummary account={load.account} />
          <p className="devices__intro">
            {load.account.devices.length === 0
              ? t.devices.none
              : `${t.devices.intro} ${t.devices.count(load.account.devices.length)}.`}
          </p>
          <ul className="device-list">
            {inDisplayOrder(load.account.devices).map((device) => (
              <DeviceCard key={device.deviceId} device={device} onUnlink={setConfirming} />
            ))}
          </ul>
        </>
      )}

      <div className="screen__footer">
        <p className="screen__footer-hint">{t.devices.endHint}</p>
        <button type="button" className="button button--primary" onClick={onEnd}>
          {t.common.end}
        </button>
      </div>

      {confirming !== null && (
        <ConfirmUnlink
          device={confirming}
          onCancel={(failed) => {
            setConfirming(null);
            if (failed) reload();
          }}
          onUnlinked={(receipt) => onUnlinked(receipt, confirming.name)}
        />
      )}
    </section>
  );
}
