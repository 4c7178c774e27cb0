import { useState } from 'react';
import type { StaffRole } from '../../../shared/domain/staffRole.js';
import type { OfficePage } from '../../../shared/i18n/officeWords.js';
import { useMessages } from '../i18n/useMessages';
import { useStoreNotices } from '../state/useStoreNotices';
import { useSyncStatus } from '../state/useSyncStatus';
import { OfficeMenu } from './OfficeMenu';
import { StoreNoticesPanel } from './StoreNoticesPanel';

interface AssistedBarProps {
  staffId: string;
  displayName: string | undefined;
  role: StaffRole;
  /** The office page on screen, if any. */
  officePage: OfficePage | undefined;
  onOffice: (page: OfficePage) => void;
  onSignOut: () => void;
}

const PANEL_ID = 'store-notices';

/**
 * Always in view while a staff member is signed in: who is responsible, the way out, and the
 * kiosk's data notices (a count on the bar; the list opens below it).
 */
export function AssistedBar({
  staffId,
  displayName,
  role,
  officePage,
  onOffice,
  onSignOut,
}: AssistedBarProps) {
  const t = useMessages();
  const { notices, problem, busyId, acknowledge } = useStoreNotices();
  const [panelOpen, setPanelOpen] = useState(false);
  // Issue 11: an escalation is seen on the bar without opening the sync desk.
  const escalated = useSyncStatus()?.ageing === 'escalation';
  const showPanel = panelOpen && notices.length > 0;
  return (
    <div className="assisted-bar" role="region" aria-label={t.staff.bar(staffId)}>
      <div className="assisted-bar__row">
        <p className="assisted-bar__text">
          <strong>{t.staff.bar(staffId)}</strong>
          {displayName !== undefined && displayName !== '' && (
            <span className="assisted-bar__name">{displayName}</span>
          )}
        </p>
        <div className="assisted-bar__actions">
          {escalated && (
            <button type="button" className="button assisted-bar__ageing" onClick={() => onOffice('sync')}>
              <span aria-hidden="true">⚠</span> {t.desk.badge}
            </button>
          )}
          <OfficeMenu role={role} current={officePage} onOpen={onOffice} />
          {notices.length > 0 && (
            <button
              type="button"
              className="button assisted-bar__notices"
              aria-expanded={showPanel}
              aria-controls={showPanel ? PANEL_ID : undefined}
              onClick={() => setPanelOpen((open) => !open)}
            >
              <span>{t.storeNotices.open}</span> <span className="assisted-bar__badge">{notices.length}</span>
            </button>
          )}
          <button
            type="button"
            className="button button--secondary assisted-bar__sign-out"
            onClick={onSignOut}
          >
            {t.staff.signOut}
          </button>
        </div>
      </div>
      {showPanel && (
        <StoreNoticesPanel
          id={PANEL_ID}
          notices={notices}
          problem={problem}
          busyId={busyId}
          onAcknowledge={acknowledge}
          onHide={() => setPanelOpen(false)}
        />
      )}
    </div>
  );
}
