import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CardQrProblem } from '../../../shared/card/cardQr.js';
import type { KioskInfoState } from '../App';
import { CardCameraButton } from '../camera/CardCameraButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { BookIcon, LockIcon, PhoneIcon, SearchIcon, StaffIcon, UnlinkIcon } from '../components/Icons';
import { OfflineIcon } from '../components/OfflineIcon';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import { tasksNeedingConnection } from '../state/connectionNotice';
import type { CardFacts } from '../state/identifyFlow';
import { scanProblemText } from './scan/scanProblemText';
import { useCardScan } from './scan/useCardScan';
import './WelcomeScreen.css';

export type WelcomeAction = 'devices' | 'unlink' | 'unlock' | 'lookup' | 'guide';

interface WelcomeScreenProps {
  infoState: KioskInfoState;
  assisted: boolean;
  /**
   * A citizen alone, and the national system known to be unreachable: Welcome says so at once,
   * and the tasks that need it are shown but cannot be started (`connectionNotice.ts`).
   */
  offline: boolean;
  onAction: (action: WelcomeAction) => void;
  /** A card scanned (or read by the camera): identification opens at its check. */
  onCard: (card: CardFacts) => void;
  /** A receipt's reference scanned, and the citizen chose to look it up. */
  onLookup: (reference: string) => void;
  onStaff: () => void;
  onRetry: () => void;
}

const icons: Record<WelcomeAction, ReactNode> = {
  devices: <PhoneIcon />,
  unlink: <UnlinkIcon />,
  unlock: <LockIcon />,
  lookup: <SearchIcon />,
  guide: <BookIcon />,
};

const actions: readonly WelcomeAction[] = ['devices', 'unlink', 'unlock', 'lookup', 'guide'];

export function WelcomeScreen(props: WelcomeScreenProps) {
  const { infoState, assisted, offline, onAction, onStaff, onRetry } = props;
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [scanProblem, setScanProblem] = useState<CardQrProblem | 'offline' | null>(null);
  const scan = useCardScan(
    {
      // Offline, a citizen alone hears why the card cannot be used now, as for the tasks.
      onCard: (card) => (offline ? setScanProblem('offline') : props.onCard(card)),
      onRefused: setScanProblem,
      onLookup: props.onLookup,
    },
    { assisted, enabled: infoState.kind === 'ready' },
  );
  const unavailable = (action: WelcomeAction) =>
    offline && (tasksNeedingConnection as readonly WelcomeAction[]).includes(action);

  return (
    <section
      className={offline ? 'screen welcome welcome--offline' : 'screen welcome'}
      aria-labelledby="welcome-title"
    >
      <div className="welcome__intro">
        <h1 id="welcome-title" ref={headingRef} tabIndex={-1}>
          {t.welcome.title}
        </h1>
        {offline ? (
          <OfflineNotice />
        ) : (
          <p className="lead">{assisted ? t.welcome.assistedLead : t.welcome.lead}</p>
        )}
        {scanProblem !== null && (
          <ErrorNotice
            text={scanProblem === 'offline' ? t.cardScan.offline : scanProblemText(t, scanProblem)}
          />
        )}
      </div>

      {infoState.kind === 'loading' && <p className="status-line">{t.welcome.connecting}</p>}

      {infoState.kind === 'failed' && (
        <div className="stack">
          <ErrorNotice text={t.errors[infoState.code]} />
          <button data-action="primary" type="button" className="button button--primary" onClick={onRetry}>
            {t.common.retry}
          </button>
        </div>
      )}

      {infoState.kind === 'ready' && (
        <>
          <ul className="welcome__actions">
            {actions.map((action) => (
              <li
                key={action}
                className={`welcome__action welcome__action--${action}${unavailable(action) ? ' welcome__action--unavailable' : ''}`}
              >
                <button
                  type="button"
                  className="action-tile"
                  // Managing one's phones is what most citizens come for.
                  data-action={action === 'devices' ? 'primary' : undefined}
                  disabled={unavailable(action)}
                  onClick={() => onAction(action)}
                  aria-labelledby={`welcome-title-${action}`}
                  aria-describedby={`welcome-hint-${action}`}
                >
                  <span className="action-tile__icon">{icons[action]}</span>
                  <span id={`welcome-title-${action}`} className="action-tile__title">
                    {t.welcome.actions[action].title}
                  </span>
                  <span id={`welcome-hint-${action}`} className="action-tile__hint">
                    {unavailable(action) ? t.welcome.needsConnection : t.welcome.actions[action].hint}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {/* On its own row: the foot keeps the kiosk id and "Cán bộ" on one line in portrait. */}
          <div>
            <CardCameraButton onScanned={scan.onScanned} disabled={offline} />
          </div>
          <div className="welcome__foot">
            <p className="kiosk-id">{t.welcome.kioskId(infoState.value.kioskId)}</p>
            {!assisted && (
              <button
                type="button"
                className="staff-entry"
                onClick={onStaff}
                aria-label={t.welcome.staffEntryLabel}
              >
                <StaffIcon />
                <span>{t.welcome.staffEntry}</span>
              </button>
            )}
          </div>
        </>
      )}
      {scan.offer}
    </section>
  );
}

/** The one offline message of Welcome: what cannot be done, what still can, and who can help. */
function OfflineNotice() {
  const t = useMessages();
  return (
    <div className="welcome__offline" role="status">
      <span className="welcome__offline-sign">
        <OfflineIcon size={56} />
      </span>
      <div className="welcome__offline-text">
        <p className="welcome__offline-title">{t.welcome.offlineTitle}</p>
        <p>{t.welcome.offlineBody}</p>
        <p>{t.welcome.offlineAskStaff}</p>
      </div>
    </div>
  );
}
