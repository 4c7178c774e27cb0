import type { SyncStatus } from '../../../shared/ipc/contract.js';
import { useMessages } from '../i18n/useMessages';

/**
 * Says plainly when the national system cannot be reached. Self-service: reads cannot be done;
 * assisted: requests are still recorded and sent later.
 */
export function SyncBanner({ status, assisted }: { status: SyncStatus; assisted: boolean }) {
  const t = useMessages();
  if (status.online) return null;
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

function OfflineIcon() {
  return (
    <svg viewBox="0 0 24 24" width="44" height="44" focusable="false">
      <path
        d="M2 9a15 15 0 0 1 20 0M5.5 12.5a10 10 0 0 1 13 0M9 16a5 5 0 0 1 6 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <circle cx="12" cy="19.5" r="1.6" fill="currentColor" />
      <path d="M3 3l18 18" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}
