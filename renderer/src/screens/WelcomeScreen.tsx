import type { KioskInfoState } from '../App';
import { ErrorNotice } from '../components/ErrorNotice';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';

interface WelcomeScreenProps {
  infoState: KioskInfoState;
  onStart: () => void;
  onRetry: () => void;
}

export function WelcomeScreen({ infoState, onStart, onRetry }: WelcomeScreenProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  return (
    <section className="screen screen--welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" ref={headingRef} tabIndex={-1}>
        {t.welcome.title}
      </h1>
      <p className="lead">{t.welcome.lead}</p>

      {infoState.kind === 'loading' && <p className="status-line">{t.welcome.connecting}</p>}

      {infoState.kind === 'failed' && (
        <div className="stack">
          <ErrorNotice text={t.errors[infoState.code]} />
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t.common.retry}
          </button>
        </div>
      )}

      {infoState.kind === 'ready' && (
        <>
          <button
            type="button"
            className="button button--primary button--hero"
            onClick={onStart}
            aria-describedby="manage-devices-hint"
          >
            <span className="button__icon" aria-hidden="true">
              <PhoneIcon />
            </span>
            {t.welcome.manageDevices}
          </button>
          <p id="manage-devices-hint" className="hero-hint">
            {t.welcome.manageDevicesHint}
          </p>
          <p className="kiosk-id">{t.welcome.kioskId(infoState.info.kioskId)}</p>
        </>
      )}
    </section>
  );
}

function PhoneIcon() {
  return (
    <svg viewBox="0 0 24 24" width="56" height="56" focusable="false">
      <rect x="6" y="2" width="12" height="20" rx="2.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="12" cy="18" r="1.3" fill="currentColor" />
    </svg>
  );
}
