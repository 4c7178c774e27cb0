import type { SyncStatus } from '../../../shared/ipc/contract.js';
import { useMessages } from '../i18n/useMessages';
import { OfflineIcon } from './OfflineIcon';

/**
 * Says plainly when the national system cannot be reached (`connection: 'offline'`; nothing
 * while `unknown`). Self-service: reads cannot be done; assisted: requests are still recorded
 * and sent later. App shows it only where the screen does not say it itself (`offlineNoticeFor`).
 */
export function SyncBanner({ status, assisted }: { status: SyncStatus; assisted: boolean }) {
  const t = useMessages();
  if (status.connection !== 'offline') return null;
  const waiting = status.pending + status.sending + status.blocked;
  return (
    <div className="sync-banner" role="status">
      <span className="sync-banner__sign" aria-hidden="true">
        <OfflineIcon />
      </span>
      <p className="sync-banner__text">
        <strong>{t.sync.offlineTitle}</strong>{' '}
        <span>{assisted ? t.sync.offlineAssisted : t.sync.offlineSelf}</span>
        {assisted && waiting > 0 && <span> {t.sync.waiting(waiting)}</span>}
      </p>
    </div>
  );
}
